// The renderer's layers (the rule after CORE_DOMAINS in eslint.config.js): the shell (app/)
// composes the screens (features/), which build on state/, components/, lib/ and i18n/. Nothing
// imports a layer above it, so each screen loads lazily on its own, and no import runs in a circle.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  rendererImportGraph,
  rendererSource as src,
  type FileImports,
} from '../support/renderer-import-graph';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The import restrictions ESLint reports for `from` (under src-renderer/src) importing `source`. */
async function refusals(from: string, source: string): Promise<string[]> {
  const code = `import { thing } from '${source}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath: resolve(src, from) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The import cycles in `graph`, each as the files around it. */
function cycles(graph: Map<string, FileImports>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file]);
    if (done.has(file)) return;
    path.push(file);
    const imports = graph.get(file);
    for (const target of [...(imports?.eager ?? []), ...(imports?.lazy ?? [])]) visit(target);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe('renderer layers', () => {
  it('keep the shell out of the screens and everything below them', async () => {
    expect(await refusals('features/calendar/calendar-page.tsx', '../../app/app')).toEqual([
      expect.stringContaining('Only the shell (main.tsx) imports app/'),
    ]);
    expect(await refusals('features/inbox/thread/view.tsx', '../../../app/sidebar')).toHaveLength(1);
    expect(await refusals('state/navigation-store.ts', '../app/app')).toHaveLength(1);
    expect(await refusals('lib/api.ts', '../app/app')).toHaveLength(1);
    expect(await refusals('components/modal.tsx', '../app/app')).toHaveLength(1);
  });

  it('keep the screens out of state, components, lib and i18n', async () => {
    expect(await refusals('state/app-data-store.ts', '../features/calendar/calendar-page')).toEqual([
      expect.stringContaining('do not import features/'),
    ]);
    expect(await refusals('lib/api.ts', '../features/inbox/inbox-page')).toHaveLength(1);
    expect(await refusals('i18n/i18n.ts', '../features/settings/settings-page')).toHaveLength(1);
  });

  it('let each layer import the layers below it', async () => {
    expect(await refusals('app/app.tsx', '../features/calendar/calendar-page')).toEqual([]);
    expect(await refusals('main.tsx', './app/app')).toEqual([]);
    expect(await refusals('features/calendar/calendar-page.tsx', '../../state/navigation-store')).toEqual([]);
    expect(await refusals('features/composer/composer-page.tsx', '../calendar/week-view')).toEqual([]);
    expect(await refusals('state/app-data-store.ts', '../lib/api')).toEqual([]);
  });

  it('hold in the source: no file below the shell imports app/, and no import runs in a circle', () => {
    const graph = rendererImportGraph();
    expect(graph.get('app/app.tsx')?.eager).toContain('state/navigation-store.ts');
    const intoShell = [...graph]
      .filter(([file]) => !file.startsWith('app/') && file !== 'main.tsx')
      .flatMap(([file, { eager, lazy }]) =>
        [...eager, ...lazy].filter((t) => t.startsWith('app/')).map((t) => `${file} → ${t}`),
      );
    expect(intoShell).toEqual([]);
    expect(cycles(graph)).toEqual([]);
  });
});
