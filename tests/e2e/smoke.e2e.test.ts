// The app opens in a real Chromium on an empty data folder, its navigation works, the web
// bridge carries calls, events and images, and a core restart on the same folder keeps it working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CadenceBridge, CoreEvent } from '../../src-main/shared/contract';
import { PNG_1X1 } from '../support/crafted-images';
import { AppPage } from './pages/app-page';
import { startApp, type AppHarness } from './support/app-harness';

// What the page sees on window; declared here so page.evaluate callbacks type-check.
type BridgeWindow = { cadence?: CadenceBridge; cadenceEvents?: CoreEvent[] };

let app: AppHarness;
let shell: AppPage;

beforeAll(async () => {
  app = await startApp({ timeZone: 'America/New_York' });
  shell = new AppPage(app.page);
  await shell.waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

const cspViolations = () => app.browserErrors.filter((text) => /Content Security Policy/i.test(text));

describe('web mode in Chromium', () => {
  it('opens on an empty data folder with the shell and the calendar', async () => {
    await expect.poll(() => shell.sidebar.isVisible()).toBe(true);
    await expect.poll(() => shell.currentSection()).toBe('Calendar');
    await expect.poll(() => shell.heading.isVisible()).toBe(true);
    await expect.poll(() => shell.errorMessages()).toEqual([]);
    // The page really got the business zone and the core's clock.
    const seen = await app.page.evaluate(() => ({
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      now: Date.now(),
    }));
    expect(seen.zone).toBe('America/New_York');
    expect(Math.abs(seen.now - app.clock.now())).toBeLessThan(60_000);
  });

  it('navigates between the sections and to a new post', async () => {
    for (const section of ['Drafts', 'Settings', 'Calendar'] as const) {
      await shell.goTo(section);
      await expect.poll(() => shell.currentSection()).toBe(section);
      await expect.poll(() => shell.heading.isVisible()).toBe(true);
    }
    await shell.newPost();
    await expect.poll(() => shell.currentSection()).toBeNull();
    await expect.poll(() => shell.heading.isVisible()).toBe(true);
    await shell.goTo('Calendar');
  });

  it('carries calls, typed errors and events over the bridge', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as BridgeWindow;
      w.cadenceEvents = [];
      w.cadence!.subscribe((event) => w.cadenceEvents!.push(event));
    });
    // The stream may still be connecting, so keep changing posts until one change arrives.
    const created: string[] = [];
    await expect
      .poll(
        async () => {
          created.push((await app.call('posts.create', { body: 'Made behind the UI' })).id);
          return app.page.evaluate(
            (ids) =>
              (window as unknown as BridgeWindow).cadenceEvents!.some(
                (e) => 'postId' in e && ids.includes(e.postId),
              ),
            created,
          );
        },
        { timeout: 10_000, interval: 250 },
      )
      .toBe(true);
    const post = { id: created[0]! };

    const results = await app.page.evaluate(async (id) => {
      const bridge = (window as unknown as BridgeWindow).cadence!;
      return {
        read: await bridge.invoke('posts.get', { id }),
        wrong: await bridge.invoke('posts.get', { id: 42 }),
      };
    }, post.id);
    expect(results.read).toMatchObject({ ok: true, value: { body: 'Made behind the UI' } });
    expect(results.wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('shows stored images under the strict CSP', async () => {
    const post = await app.call('posts.create', { body: 'With a dot' });
    const item = await app.call('media.add', {
      postId: post.id,
      fileName: 'dot.png',
      mimeType: 'image/png',
      dataBase64: PNG_1X1,
    });
    const width = await app.page.evaluate(async (sha) => {
      const image = new Image();
      image.src = (window as unknown as BridgeWindow).cadence!.mediaUrl(sha);
      await image.decode();
      return image.naturalWidth;
    }, item.sha256);
    expect(width).toBe(1);
    expect(cspViolations()).toEqual([]);
  });

  it('keeps working after the core restarts on the same data folder', async () => {
    const before = app.url;
    const draft = await app.call('posts.create', { body: 'Survives a restart' });
    await app.restartCore();
    expect(app.url).not.toBe(before);
    await shell.waitUntilLoaded();
    await expect.poll(() => shell.currentSection()).toBe('Calendar');

    const drafts = await app.page.evaluate(() =>
      (window as unknown as BridgeWindow).cadence!.invoke('posts.listDrafts', undefined),
    );
    expect(drafts).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ id: draft.id })]),
    });
    await shell.goTo('Drafts');
    await expect.poll(() => shell.currentSection()).toBe('Drafts');
    await expect.poll(() => shell.errorMessages()).toEqual([]);
    expect(app.browserErrors).toEqual([]);
  });
});
