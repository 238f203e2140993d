// What the owner's laptop loads before the calendar paints: the scripts index.html names (the
// entry and the chunks it preloads), gzipped; and the preload, which runs before every page.
// Read from the build `npm run bench` makes first.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { round, type Figure } from './figures';

const OUT = fileURLToPath(new URL('../../out', import.meta.url));
const KB = 1024;

/** The scripts the first screen needs: index.html's <script src> and <link rel="modulepreload">. */
export function firstScreenScripts(indexHtml: string): string[] {
  const named = [
    ...indexHtml.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
  ];
  return [...new Set(named.map((match) => match[1]!.replace(/^\.\//, '')))];
}

export async function measureBundleSize(outDir = OUT): Promise<Figure[]> {
  const rendererDir = join(outDir, 'renderer');
  const scripts = firstScreenScripts(readFileSync(join(rendererDir, 'index.html'), 'utf8'));
  if (scripts.length === 0) throw new Error('index.html names no script: is the renderer built?');
  const gzipped = scripts.map(
    (script) => gzipSync(readFileSync(join(rendererDir, script)), { level: 9 }).length,
  );
  const preload = statSync(join(outDir, 'preload', 'index.cjs')).size;
  return [
    {
      metric: 'first_screen_js_gzip',
      value: round(gzipped.reduce((sum, size) => sum + size, 0) / KB, 1),
      unit: 'KB',
      baseline: null,
      ratio: null,
      goal: 'value <= 200 KB',
      detail: scripts.map((script, i) => `${script} ${round(gzipped[i]! / KB, 1)} KB`).join(', '),
    },
    {
      metric: 'preload_size',
      value: round(preload / KB, 1),
      unit: 'KB',
      baseline: null,
      ratio: null,
      goal: 'value <= 30 KB',
    },
  ];
}
