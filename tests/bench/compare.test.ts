import { describe, expect, it } from 'vitest';
import { compared, readPreviousRun } from './compare';
import type { Figure } from './figures';

const figure = (metric: string, value: number | null): Figure => ({
  metric,
  value,
  unit: 'ms',
  baseline: null,
  ratio: null,
  goal: 'value <= 16 ms',
});

describe('bench --compare', () => {
  const previous = readPreviousRun(
    [
      '> cadence@0.1.0 bench',
      JSON.stringify(figure('month_view', 36.9)),
      JSON.stringify(figure('preload_size', null)),
      '{ not json',
      JSON.stringify(figure('first_screen_js_gzip', 200)),
    ].join('\n'),
  );

  it('reads the figures of a saved run and skips the build output around them', () => {
    expect([...previous]).toEqual([
      ['month_view', 36.9],
      ['first_screen_js_gzip', 200],
    ]);
  });

  it('prints the previous value and the change beside each figure it had', () => {
    expect(compared(figure('month_view', 18.45), previous)).toMatchObject({
      previous: 36.9,
      change: '-50.0%',
    });
    expect(compared(figure('first_screen_js_gzip', 210), previous)).toMatchObject({ change: '+5.0%' });
    expect(compared(figure('week_view', 12), previous)).not.toHaveProperty('previous');
    expect(compared(figure('month_view', null), previous)).not.toHaveProperty('change');
  });
});
