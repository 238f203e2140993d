// Owning the data from Settings, in Chromium against the real core: back up, write something
// new, restore the backup (confirmed in a dialog), and find the data as it was, with the newer
// data kept as the copy saved before the restore.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { BackupsSection } from './pages/backups-section';
import { startApp, type AppHarness } from './support/app-harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

it('backs up, then restores that backup from Settings', async () => {
  const shell = new AppPage(app.page);
  const backups = new BackupsSection(app.page);
  await app.call('posts.create', { body: 'Sourdough on Fridays' });

  await shell.waitUntilLoaded();
  await shell.goTo('Settings');
  await backups.region.getByText('No backups yet.').waitFor();
  await backups.backUpNow();
  await expect.poll(() => backups.status.textContent()).toBe('Backed up 1 post.');
  expect(await backups.rows.count()).toBe(1);
  await expect.poll(() => backups.rows.first().textContent()).toMatch(/Backup · [\d.]+ kB · 1 post/);

  // Written an hour after the backup: the restore takes it away, into the copy saved before it.
  app.clock.advance(3_600_000);
  await app.call('posts.create', { body: 'Rye on Saturdays' });
  await backups.restore(0);

  // Cadence starts again on the restored data and the window loads again.
  await shell.waitUntilLoaded();
  const drafts = await shell.goTo('Drafts');
  await drafts.draft('Sourdough on Fridays').waitFor();
  expect(await drafts.titles()).toEqual(['Sourdough on Fridays']);

  await shell.goTo('Settings');
  await expect
    .poll(() => backups.status.textContent())
    .toMatch(
      /^Restored the backup of .*\. Your data from before it is listed as “Saved before a restore”\.$/,
    );
  await expect.poll(() => backups.rows.count()).toBe(2);
  expect(await backups.rows.first().textContent()).toMatch(/Saved before a restore · [\d.]+ kB · 2 posts/);
  expect(await backups.alert.count()).toBe(0);
  expect(app.browserErrors).toEqual([]);
});
