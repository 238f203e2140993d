// A grid's chips and slots are named from one translation per key: the same words as a
// translation of each, with any value put in as it is.
import { describe, expect, it, vi } from 'vitest';
import { sayNow, templatedSay } from '../../src-renderer/src/features/calendar/templated-words';

describe('templated words', () => {
  it('writes what a translation of each would, translating each key once', () => {
    const translate = vi.fn(sayNow);
    const say = templatedSay(translate);
    const values = [
      { day: 'Wednesday, December 2, 2026', time: '09:00' },
      { day: 'Thursday, December 3, 2026', time: '23:00' },
      // Values that look like replacement patterns or interpolation stay as they are.
      { day: '$& $1 {{time}}', time: '$$' },
    ];
    for (const given of values) expect(say('calendar:slot', given)).toBe(sayNow('calendar:slot', given));
    expect(say('calendar:status.failed', {})).toBe('Needs attention');
    expect(say('calendar:status.failed', {})).toBe('Needs attention');
    expect(translate).toHaveBeenCalledTimes(2);
  });

  it('names a chip as before', () => {
    const say = templatedSay(sayNow);
    const values = { time: '09:00', excerpt: 'Fresh bread', channels: 'Bluesky: Shop', status: 'Scheduled' };
    expect(say('calendar:chip.name', values)).toBe('09:00, Fresh bread, Bluesky: Shop, Scheduled');
    expect(say('calendar:chip.withRisk', { name: 'x' })).toBe(
      sayNow('calendar:chip.withRisk', { name: 'x' }),
    );
  });
});
