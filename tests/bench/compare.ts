// `npm run bench -- --compare FILE`: each figure is printed with the value a previous run
// (its JSON lines, saved with `npm run bench -- --out FILE` or `npm run bench > FILE`) gave for
// the same metric, and the change, so a change's effect on speed is visible in one run.
import { readFileSync } from 'node:fs';
import type { Figure } from './figures';

export type PreviousValues = ReadonlyMap<string, number>;

/** The values of a saved run, by metric; lines that are not figures (the build's output) are skipped. */
export function readPreviousRun(text: string): PreviousValues {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const figure = JSON.parse(line) as Partial<Figure>;
      if (typeof figure.metric === 'string' && typeof figure.value === 'number') {
        values.set(figure.metric, figure.value);
      }
    } catch {
      // Not a figure line.
    }
  }
  return values;
}

/** The previous run named by --compare on the command line, or none. */
export function previousRunFromArgs(args: readonly string[]): PreviousValues {
  const at = args.indexOf('--compare');
  if (at === -1) return new Map();
  const file = args[at + 1];
  if (!file) throw new Error('--compare needs the file a previous `npm run bench` was saved to');
  return readPreviousRun(readFileSync(file, 'utf8'));
}

/** The file named by --out, where the run's figure lines are saved for a later --compare. */
export function outFileFromArgs(args: readonly string[]): string | null {
  const at = args.indexOf('--out');
  if (at === -1) return null;
  const file = args[at + 1];
  if (!file) throw new Error('--out needs the file to save the figures to');
  return file;
}

/** The figure with its previous value and the change in percent, when the previous run had it. */
export function compared(
  figure: Figure,
  previous: PreviousValues,
): Figure & { previous?: number; change?: string } {
  const before = previous.get(figure.metric);
  if (before === undefined || figure.value === null) return figure;
  const change =
    before === 0 ? (figure.value === 0 ? 0 : Infinity) : ((figure.value - before) / before) * 100;
  const sign = change > 0 ? '+' : '';
  return { ...figure, previous: before, change: `${sign}${change.toFixed(1)}%` };
}
