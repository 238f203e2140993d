// Whether a figure meets its goal, read from the goal as the bench prints it: 'value <= 16 ms',
// 'ratio <= 1.3', 'value = 0'. Goals that only report ('report: …', 'informational …') have no
// verdict, so a reader sees at a glance which rows of the table pass.
import type { Figure } from './figures';

const GOAL = /^(value|ratio) (<=|=) (\d+(?:\.\d+)?)/;

/** true or false for a goal with a bound, null for a figure that only reports or was not measured. */
export function meetsGoal(figure: Pick<Figure, 'goal' | 'value' | 'ratio'>): boolean | null {
  const match = GOAL.exec(figure.goal);
  if (!match) return null;
  const measured = match[1] === 'value' ? figure.value : figure.ratio;
  if (measured === null) return null;
  const bound = Number(match[3]);
  return match[2] === '=' ? measured === bound : measured <= bound;
}
