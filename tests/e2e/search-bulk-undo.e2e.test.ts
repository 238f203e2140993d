// Find, repeat, undo (issue 12 §6) in a real Chromium against the real core: search posts by a
// word, duplicate one from the composer, select two with the keyboard and a Ctrl-click, move
// them to another day in one action, and undo it from the toast; then delete and undo on Ctrl+Z.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { ComposerPage } from './pages/composer-page';
import { startApp, type AppHarness } from './support/app-harness';

const ZONE = 'America/New_York';

let app: AppHarness;
let shell: AppPage;

beforeAll(async () => {
  app = await startApp({ timeZone: ZONE });
  shell = new AppPage(app.page);
});

afterAll(async () => {
  await app?.close();
});

const localOf = async (id: string) => (await app.call('posts.get', { id })).scheduledLocal;

describe('search, duplicate, bulk-move and undo', () => {
  it('finds posts, duplicates one, moves two at once and undoes the move and a delete', async () => {
    const channel = await app.call('channels.add', {
      network: 'bluesky',
      displayName: 'Shop',
      handle: 'shop.bsky.social',
    });
    const ids: string[] = [];
    for (const [body, local] of [
      ['Rye bread on Friday', '2026-12-01T09:00'],
      ['Rye rolls on Saturday', '2026-12-02T10:30'],
      ['Cheesecake all week', '2026-12-03T08:00'],
    ] as const) {
      const post = await app.call('posts.create', { body, channelIds: [channel.id] });
      await app.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
      ids.push(post.id);
    }
    await app.open();
    await shell.waitUntilLoaded();

    const search = await shell.goTo('Search');
    await search.search('rye', 2);
    expect((await search.titles()).sort()).toEqual(['Rye bread on Friday', 'Rye rolls on Saturday']);

    // Duplicate from the composer: the copy opens, a draft with the same words.
    await search.result('Rye bread').click();
    const composer = new ComposerPage(app.page);
    await composer.waitUntilLoaded();
    await composer.duplicateButton.click();
    await expect
      .poll(async () => (await app.call('posts.search', { text: 'rye', status: 'draft' })).posts.length)
      .toBe(1);
    await expect.poll(() => composer.text.inputValue()).toBe('Rye bread on Friday');

    // Only the scheduled ones: Space selects the first, Ctrl-click the second.
    await shell.goTo('Search');
    await search.status.selectOption('scheduled');
    await search.search('rye', 2);
    await search.result('Rye bread').focus();
    await app.page.keyboard.press('Space');
    await search.result('Rye rolls').click({ modifiers: ['Control'] });
    await search.bulkBar.getByText('2 posts selected').waitFor();
    await search.moveSelectedTo('2026-12-10');
    await search.undoToast.getByText('2 posts moved.').waitFor();
    await expect.poll(() => localOf(ids[0]!)).toBe('2026-12-10T09:00');
    expect(await localOf(ids[1]!)).toBe('2026-12-10T10:30');
    expect(await localOf(ids[2]!)).toBe('2026-12-03T08:00');

    await search.undoButton.click();
    await search.undoToast.getByText('2 posts put back.').waitFor();
    expect(await localOf(ids[0]!)).toBe('2026-12-01T09:00');
    expect(await localOf(ids[1]!)).toBe('2026-12-02T10:30');

    // Delete the cheesecake post from the results, and bring it back with Ctrl+Z.
    await search.status.selectOption('');
    await search.search('cheesecake', 1);
    await search.results.getByRole('checkbox').check();
    await search.deleteSelected();
    await search.undoToast.getByText('1 post deleted.').waitFor();
    await expect
      .poll(async () => (await app.call('posts.search', { text: 'cheesecake' })).posts.length)
      .toBe(0);
    await search.heading.click();
    await app.page.keyboard.press('Control+z');
    await search.undoToast.getByText('1 post put back.').waitFor();
    expect(await localOf(ids[2]!)).toBe('2026-12-03T08:00');
    expect(app.browserErrors).toEqual([]);
  });
});
