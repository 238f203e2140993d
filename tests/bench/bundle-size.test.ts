import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../support/temp-dir';
import { firstScreenScripts, measureBundleSize } from './bundle-size';

const INDEX_HTML = `<!doctype html>
<html>
  <head>
    <script type="module" crossorigin src="./assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c3.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

let out: TempDir | undefined;
afterEach(() => out?.cleanup());

/** A build in a temp folder: index.html, its two scripts, a lazy screen's chunk and the preload. */
function fakeBuild(): { dir: string; firstScreen: number } {
  out = tempDir('cadence-bundle-');
  mkdirSync(join(out.dir, 'renderer/assets'), { recursive: true });
  mkdirSync(join(out.dir, 'preload'));
  const scripts = {
    'index-a1.js': 'console.log("entry");'.repeat(400),
    'vendor-b2.js': 'var v=1;'.repeat(900),
  };
  writeFileSync(join(out.dir, 'renderer/index.html'), INDEX_HTML);
  for (const [name, code] of Object.entries(scripts))
    writeFileSync(join(out.dir, 'renderer/assets', name), code);
  writeFileSync(join(out.dir, 'renderer/assets/insights-page-d4.js'), 'x'.repeat(500_000));
  writeFileSync(join(out.dir, 'preload/index.cjs'), 'p'.repeat(3 * 1024));
  const firstScreen = Object.values(scripts).reduce(
    (sum, code) => sum + gzipSync(code, { level: 9 }).length,
    0,
  );
  return { dir: out.dir, firstScreen };
}

describe('bundle size figures', () => {
  it('count the scripts index.html loads and preloads, not stylesheets', () => {
    expect(firstScreenScripts(INDEX_HTML)).toEqual(['assets/index-a1.js', 'assets/vendor-b2.js']);
  });

  it('measure the first screen gzipped, leaving out the chunks screens load later, and the preload', async () => {
    const { dir, firstScreen } = fakeBuild();
    const [js, preload] = await measureBundleSize(dir);
    expect(js).toMatchObject({ metric: 'first_screen_js_gzip', unit: 'KB', goal: 'value <= 200 KB' });
    expect(js!.value).toBeCloseTo(firstScreen / 1024, 1);
    expect(js!.detail).toContain('assets/vendor-b2.js');
    expect(js!.detail).not.toContain('insights-page');
    expect(preload).toMatchObject({ metric: 'preload_size', value: 3, goal: 'value <= 30 KB' });
  });

  it('refuses an index.html that names no script, as when the renderer was not built', async () => {
    const { dir } = fakeBuild();
    writeFileSync(join(dir, 'renderer/index.html'), '<html></html>');
    await expect(measureBundleSize(dir)).rejects.toThrow(/names no script/);
  });
});
