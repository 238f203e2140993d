// The publishing issue's acceptance path, as a new owner tries it: connect a Bluesky account
// at a local PDS through Settings, write a post and click "Publish now", see it published
// with its link, then schedule another a minute ahead, let the clock pass and see it go out.
import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';
import { AppPage } from './pages/app-page';
import { ComposerPage } from './pages/composer-page';
import { SettingsPage } from './pages/settings-page';
import { startApp, type AppHarness } from './support/app-harness';

const NAME = 'Corner Bakery';
const LINK = /^https:\/\/bsky\.app\/profile\/bakeryowner\.test\/post\/[a-z2-7]{13}$/;

let network: BlueskyNetwork;
let owner: BlueskyAccount;
let app: AppHarness;

beforeAll(async () => {
  [network, app] = await Promise.all([startBlueskyNetwork(), startApp({ timeZone: 'America/New_York' })]);
  owner = await network.createAccount('bakeryowner');
}, 180_000);

afterAll(async () => {
  await app?.close();
  await network?.stop();
});

async function textsOnPds(): Promise<string[]> {
  const agent = new AtpAgent({ service: network.pdsUrl });
  const { data } = await agent.com.atproto.repo.listRecords({
    repo: owner.did,
    collection: 'app.bsky.feed.post',
  });
  return data.records.map((record) => (record.value as { text: string }).text);
}

it('connects Bluesky in Settings, publishes now, and publishes a post scheduled a minute ahead', async () => {
  const shell = new AppPage(app.page);
  const settings = new SettingsPage(app.page);
  const composer = new ComposerPage(app.page);
  await shell.waitUntilLoaded();

  // 1. Connect through the Settings screen.
  await shell.goTo('Settings');
  await settings.connectBluesky({
    server: network.pdsUrl,
    identifier: owner.handle,
    appPassword: owner.password,
    name: NAME,
  });
  await settings.waitForBadge(NAME, 'Connected');

  // 2. Write a post and click "Publish now".
  const first = 'Our winter menu starts today ❄️';
  await shell.newPost();
  await composer.waitUntilLoaded();
  await composer.write(first);
  await composer.pickChannel(NAME);
  await composer.waitUntilSaved();
  await composer.publishNow();

  // 3. It is marked published, with its link.
  await composer.deliveryRow(NAME).filter({ hasText: 'Published' }).waitFor();
  await expect.poll(() => composer.viewPostLink(NAME).getAttribute('href')).toMatch(LINK);
  await expect.poll(() => textsOnPds()).toEqual([first]);

  // 4. Another, scheduled a minute ahead (the core's clock reads 7:00 AM in New York).
  const second = 'Hot chocolate from 7:01 sharp';
  await shell.newPost();
  await composer.waitUntilLoaded();
  await composer.write(second);
  await composer.pickChannel(NAME);
  await composer.waitUntilSaved();
  await composer.schedule('2026-11-25', '07:01');
  await composer.scheduledSummary.waitFor();
  await expect.poll(() => textsOnPds()).toEqual([first]);

  app.clock.advance(60_000);
  await app.core.whenIdle();
  await app.syncBrowserClock();
  await composer.deliveryRow(NAME).filter({ hasText: 'Published' }).waitFor();
  await expect.poll(() => composer.viewPostLink(NAME).getAttribute('href')).toMatch(LINK);
  await expect.poll(async () => (await textsOnPds()).sort()).toEqual([first, second].sort());
  await expect.poll(() => shell.errorMessages()).toEqual([]);
}, 180_000);
