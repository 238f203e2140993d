import { describe, expect, it } from 'vitest';
import { outFileFromArgs } from './compare';
import { meetsGoal } from './goal';

const figure = (goal: string, value: number | null, ratio: number | null = null) => ({ goal, value, ratio });

describe('bench goals', () => {
  it('judges a value against its bound', () => {
    expect(meetsGoal(figure('value <= 16 ms', 15.9))).toBe(true);
    expect(meetsGoal(figure('value <= 16 ms', 16))).toBe(true);
    expect(meetsGoal(figure('value <= 16 ms (one 60 Hz frame)', 16.1))).toBe(false);
    expect(meetsGoal(figure('value = 0', 0))).toBe(true);
    expect(meetsGoal(figure('value = 0', 2))).toBe(false);
  });

  it('judges a ratio, not the value, when the goal names the ratio', () => {
    expect(meetsGoal(figure('ratio <= 1.5', 40, 1.2))).toBe(true);
    expect(meetsGoal(figure('ratio <= 1.5', 1, 1.7))).toBe(false);
  });

  it('gives no verdict on a report, or on a figure that was not measured', () => {
    expect(meetsGoal(figure('report: paid only by a start that migrates', 700))).toBeNull();
    expect(meetsGoal(figure('value <= 150 MB', null))).toBeNull();
  });

  it('reads the file --out names', () => {
    expect(outFileFromArgs(['--compare', 'a.jsonl', '--out', 'b.jsonl'])).toBe('b.jsonl');
    expect(outFileFromArgs([])).toBeNull();
    expect(() => outFileFromArgs(['--out'])).toThrow(/--out needs/);
  });
});
