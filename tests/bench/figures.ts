// The bench's output format: one JSON line per figure, with its goal stated next to it.
import { appendFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compared, outFileFromArgs, previousRunFromArgs } from './compare';
import { meetsGoal } from './goal';

export interface Figure {
  metric: string;
  value: number | null;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  goal: string;
  detail?: string;
}

/** The committed migrations, as the app bundles them. */
export const MIGRATIONS = fileURLToPath(new URL('../../src-main/core/db/migrations', import.meta.url));

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const previousRun = previousRunFromArgs(process.argv.slice(2));
const outFile = outFileFromArgs(process.argv.slice(2));
if (outFile) writeFileSync(outFile, '');

/** One JSON line with the verdict on its goal, on stdout and in the --out file when one is named. */
export function printFigure(figure: Figure): void {
  const line = JSON.stringify({ ...compared(figure, previousRun), meets: meetsGoal(figure) });
  console.log(line);
  if (outFile) appendFileSync(outFile, `${line}\n`);
}

/** Prints the figure, or the same metric with no value and the reason, never throwing. */
export async function reportFigure(
  fallback: Pick<Figure, 'metric' | 'unit' | 'goal'>,
  measure: () => Promise<Figure[]>,
): Promise<void> {
  try {
    for (const figure of await measure()) printFigure(figure);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    printFigure({ ...fallback, value: null, baseline: null, ratio: null, detail: `not measured: ${reason}` });
  }
}
