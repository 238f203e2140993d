// The library as an owner uses it, in Chromium against the real core: save a hashtag group on the
// Library screen, then insert it in a post with "/" and the keyboard; the per-network counter and
// the brand-kit linter see the inserted hashtags, and the autosave stores them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { AppPage } from './pages/app-page';
import { ComposerKit } from './pages/composer-kit';
import { ComposerPage } from './pages/composer-page';
import type { LibraryPage } from './pages/library-page';
import { startApp, type AppHarness } from './support/app-harness';

let app: AppHarness;
let shell: AppPage;
let library: LibraryPage;
let composer: ComposerPage;
let kit: ComposerKit;

beforeAll(async () => {
  app = await startApp({ clock: new ManualClock(Date.UTC(2026, 10, 28, 17)) });
  shell = new AppPage(app.page);
  composer = new ComposerPage(app.page);
  kit = new ComposerKit(app.page);
  await app.call('channels.add', { network: 'bluesky', displayName: 'Bakery', handle: 'bakery.bsky.social' });
  await app.call('brandKit.update', {
    voice: '',
    avoidWords: [],
    preferWords: [],
    requiredByKind: { campaign: [], organic: [] },
    maxEmoji: null,
    maxHashtags: 2,
    links: { requireHttps: false, forbidShorteners: false, requireUtmOnCampaign: false },
  });
  await shell.waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

describe('the library', () => {
  it('saves, edits and deletes pieces on the Library screen', async () => {
    library = await shell.goTo('Library');
    await library.main.getByText('Your library is empty.', { exact: false }).waitFor();

    await library.add('Hashtag group', 'Bakery tags', '#bread #bakery #sourdough');
    await library.add('Snippet', 'Signature', '— Anna');
    await library.section('Hashtag groups').getByText('#bread #bakery #sourdough').waitFor();
    await library.edit('Signature', { kind: 'Snippet', name: 'Sign-off', text: '— Anna from the bakery' });
    await library.section('Snippets').getByText('— Anna from the bakery').waitFor();
    await library.remove('Sign-off');
    await library.section('Snippets').waitFor({ state: 'detached' });
    expect(await app.call('library.list')).toEqual([
      expect.objectContaining({ kind: 'hashtags', name: 'Bakery tags', body: '#bread #bakery #sourdough' }),
    ]);
    expect(app.browserErrors).toEqual([]);
  });

  it('inserts a hashtag group with "/" and the keyboard, and the counter and the kit see it', async () => {
    await shell.newPost();
    await composer.waitUntilLoaded();
    await composer.pickChannel('Bakery');
    await composer.write('Fresh bread today ');
    await expect.poll(() => composer.counter('Bakery').textContent()).toContain('18/300');

    await composer.text.press('End');
    await composer.text.pressSequentially('/bak');
    const list = composer.main.getByRole('listbox', { name: 'Pieces' });
    await list.getByRole('option', { name: /Bakery tags/ }).waitFor();
    const activeId = await composer.text.getAttribute('aria-activedescendant');
    expect(await list.getByRole('option', { selected: true }).getAttribute('id')).toBe(activeId);
    await composer.text.press('Enter');
    await list.waitFor({ state: 'detached' });

    const inserted = 'Fresh bread today #bread #bakery #sourdough';
    await expect.poll(() => composer.text.inputValue()).toBe(inserted);
    await expect.poll(() => composer.counter('Bakery').textContent()).toContain(`${inserted.length}/300`);
    await expect.poll(() => kit.problemMessages()).toEqual([expect.stringContaining('hashtag')]);
    await composer.waitUntilSaved();
    expect(app.core.database.sqlite.prepare('select body from posts').pluck().all()).toEqual([inserted]);
    expect(app.browserErrors).toEqual([]);
  });
});
