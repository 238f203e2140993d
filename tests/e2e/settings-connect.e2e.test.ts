// Connecting accounts as a new owner does it, in Chromium against the real core: a Bluesky
// account on a real local PDS (a wrong app password first), test, disconnect and reconnect; a
// signed webhook checked by a receiver; the publishing preferences; and web mode's warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';
import { startMastodonFake } from '../fakes/mastodon-fake';
import { startWebhookReceiverFake, type WebhookReceiverFake } from '../fakes/webhook-receiver-fake';
import { AppPage } from './pages/app-page';
import type { SettingsPage } from './pages/settings-page';
import { startApp, type AppHarness } from './support/app-harness';

const ALICE = 'Alice on Bluesky';
const NOT_CONNECTED = "Not connected (can't publish)";

let network: BlueskyNetwork;
let alice: BlueskyAccount;
let app: AppHarness;
let shell: AppPage;
let settings: SettingsPage;
const receivers: WebhookReceiverFake[] = [];
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  [network, app] = await Promise.all([startBlueskyNetwork(), startApp({ timeZone: 'Europe/Berlin' })]);
  alice = await network.createAccount('alice');
  // This file is about Settings, not the first-run questions.
  if ((await app.call('profile.get')).onboardedAt === null) {
    await app.call('onboarding.skip', { weekStartsOn: 1 });
    await app.open();
  }
  // Fail on the step that waits, well inside the test's own timeout.
  app.page.setDefaultTimeout(10_000);
  shell = new AppPage(app.page);
  await shell.waitUntilLoaded();
  settings = await shell.goTo('Settings');
}, 180_000);

afterAll(async () => {
  await app?.close();
  await Promise.all([...receivers.map((receiver) => receiver.close()), ...closers.map((close) => close())]);
  await network?.stop();
});

async function channelNamed(name: string) {
  const channel = (await app.call('channels.list')).find((candidate) => candidate.displayName === name);
  expect(channel, `a channel named ${name}`).toBeDefined();
  return channel!;
}

describe('web mode', () => {
  it('warns that sign-ins are kept in memory only', async () => {
    await expect.poll(() => app.call('app.info')).toEqual({ secretsEncrypted: false });
    await settings.webModeNotice.waitFor();
    await expect
      .poll(() => settings.webModeNotice.textContent())
      .toBe(
        'This window is running in web mode: sign-ins are kept in memory only and are forgotten when Cadence stops.',
      );
    await expect.poll(() => shell.errorMessages()).toEqual([]);
  });
});

describe('connecting Bluesky at a local PDS', () => {
  it('explains a wrong app password in plain words and keeps what was typed', async () => {
    await settings.connectBluesky({
      server: network.pdsUrl,
      identifier: alice.handle,
      appPassword: 'wrong-wrong-wrong-wrong',
      name: ALICE,
    });
    const message = await shell.waitForError('did not accept');
    expect(message).toContain('app password');
    const form = settings.connectForm('Bluesky');
    await expect.poll(() => form.getByLabel('Handle or email').inputValue()).toBe(alice.handle);
    await expect.poll(() => form.getByLabel('Server').inputValue()).toBe(network.pdsUrl);
    await expect.poll(() => form.getByLabel('App password').inputValue()).toBe('wrong-wrong-wrong-wrong');
    await expect.poll(() => form.getByLabel('Name in Cadence').inputValue()).toBe(ALICE);
    await expect.poll(() => app.call('channels.list')).toEqual([]);
  });

  it('connects with the right app password, and the password leaves the page', async () => {
    const form = settings.connectForm('Bluesky');
    await form.getByLabel('App password').fill(alice.password);
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await settings.channel(ALICE).waitFor();
    await settings.connectPanel.waitFor({ state: 'detached' });
    await expect.poll(() => settings.channelBadge(ALICE)).toBe('Connected');
    await expect.poll(() => settings.channel(ALICE).textContent()).toContain(`@${alice.handle}`);
    await expect
      .poll(() => settings.channelStatus.textContent())
      .toBe(`Connected ${ALICE} as @${alice.handle}.`);
    await expect.poll(() => app.page.content()).not.toContain(alice.password);
    await expect.poll(() => shell.errorMessages()).toEqual([]);

    const channel = await channelNamed(ALICE);
    expect(channel).toMatchObject({ network: 'bluesky', handle: alice.handle, connection: 'connected' });
    expect(channel.serverUrl).toBe(network.pdsUrl.replace(/\/+$/, ''));
  });

  it('tests the connection and shows the account', async () => {
    await expect.poll(() => settings.testConnection(ALICE)).toBe(`Connected as @${alice.handle}`);
  });

  it('disconnects after asking, keeping the channel and its posts', async () => {
    const channel = await channelNamed(ALICE);
    const draft = await app.call('posts.create', { body: 'Spring menu is here', channelIds: [channel.id] });

    await settings.disconnect(ALICE);
    await settings.waitForBadge(ALICE, NOT_CONNECTED);
    await expect.poll(() => settings.channelBadge(ALICE)).toBe(NOT_CONNECTED);
    await expect.poll(async () => (await channelNamed(ALICE)).connection).toBe('manual');
    const kept = await app.call('posts.get', { id: draft.id });
    expect(kept.targets.map((target) => target.channelId)).toEqual([channel.id]);
    // Nothing to test or disconnect any more; reconnecting is offered instead.
    await expect
      .poll(() =>
        settings
          .channel(ALICE)
          .getByRole('button', { name: /^Test connection/ })
          .count(),
      )
      .toBe(0);
    await app.call('posts.delete', { id: draft.id });
  });

  it('reconnects the same channel from a form that remembers the server and handle', async () => {
    const before = await channelNamed(ALICE);
    await settings.reconnect(ALICE);
    await settings.connectPanel.getByRole('heading', { name: `Reconnect ${ALICE}` }).waitFor();
    const form = settings.connectForm('Bluesky');
    await expect.poll(() => form.getByLabel('Server').inputValue()).toBe(before.serverUrl);
    await expect.poll(() => form.getByLabel('Handle or email').inputValue()).toBe(alice.handle);

    await settings.connectBluesky({ appPassword: alice.password });
    await settings.channelStatus.getByText(`Reconnected ${ALICE} as @${alice.handle}.`).waitFor();
    await expect.poll(() => settings.channelBadge(ALICE)).toBe('Connected');
    const channels = await app.call('channels.list');
    expect(channels).toHaveLength(1);
    expect(channels[0]).toMatchObject({ id: before.id, displayName: ALICE, connection: 'connected' });
    await expect.poll(() => settings.testConnection(ALICE)).toBe(`Connected as @${alice.handle}`);
  });
});

describe('connecting a webhook', () => {
  it('names each field that is wrong before anything is sent', async () => {
    const form = await settings.openConnect('Webhook');
    await form.getByLabel('Webhook URL').fill('hooks.example.com/cadence');
    await form.getByLabel('Signing secret').fill('too-short');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await form.getByText('Enter a full web address, starting with https://.').waitFor();
    await form.getByText('Use a signing secret of at least 16 characters.').waitFor();
    await expect.poll(() => form.getByLabel('Webhook URL').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => form.getByLabel('Webhook URL').inputValue()).toBe('hooks.example.com/cadence');
  });

  it('generates a signing secret, and connects once the receiver checks the signature', async () => {
    const form = settings.connectForm('Webhook');
    const secret = await settings.generateSigningSecret();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => settings.generateSigningSecret()).not.toBe(secret);

    // A receiver that knows another secret refuses the test delivery; the form keeps its fields.
    const stranger = await startWebhookReceiverFake({
      secret: 'a-different-secret-entirely',
      now: () => app.clock.now(),
    });
    receivers.push(stranger);
    await form.getByLabel('Webhook URL').fill(stranger.url);
    await form.getByLabel('Name in Cadence').fill('Shop site');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await form.getByRole('alert').first().waitFor();
    await expect.poll(() => form.getByLabel('Webhook URL').inputValue()).toBe(stranger.url);
    expect(stranger.deliveries).toHaveLength(0);

    const secretNow = await form.getByLabel('Signing secret').inputValue();
    const receiver = await startWebhookReceiverFake({ secret: secretNow, now: () => app.clock.now() });
    receivers.push(receiver);
    await form.getByLabel('Webhook URL').fill(receiver.url);
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await settings.channel('Shop site').waitFor();
    await expect.poll(() => settings.channelBadge('Shop site')).toBe('Connected');
    expect(receiver.violations).toEqual([]);
    await expect.poll(() => app.page.content()).not.toContain(secretNow);

    const host = new URL(receiver.url).host;
    await expect.poll(() => settings.testConnection('Shop site')).toBe(`Connected as ${host}`);
    expect(receiver.violations).toEqual([]);
  });
});

describe('signing in to Mastodon through the browser', () => {
  it('explains a server that cannot be reached, and a wrong pasted token', async () => {
    const fake = await startMastodonFake({ now: () => app.clock.now() });
    closers.push(fake.close);
    const form = await settings.openConnect('Mastodon');
    await form.getByLabel('Server address').fill('http://127.0.0.1:9');
    await form.getByRole('button', { name: 'Sign in with Mastodon' }).click();
    await form
      .getByRole('alert')
      .getByText('Cadence could not reach 127.0.0.1:9. Check the address.')
      .waitFor();

    await form.getByLabel('Server address').fill(fake.url);
    await form.getByRole('button', { name: 'Paste an access token instead' }).click();
    await form.getByLabel('Access token').fill('not-a-real-token');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: /^Mastodon did not accept that access token\./ })
      .waitFor();
    await expect.poll(() => form.getByLabel('Access token').inputValue()).toBe('not-a-real-token');
    await expect.poll(() => form.getByLabel('Server address').inputValue()).toBe(fake.url);
    await form.getByRole('button', { name: 'Sign in through the browser instead' }).click();
  });

  it('waits for the approval in the browser, and can stop waiting', async () => {
    const fake = await startMastodonFake({ now: () => app.clock.now() });
    closers.push(fake.close);
    // The owner never answers: the approval page stays open.
    await app.context.route('**/oauth/authorize**', (route) => route.fulfill({ body: 'Approve Cadence?' }));
    const form = settings.connectForm('Mastodon');
    await form.getByLabel('Server address').fill(fake.url);
    const [approval] = await Promise.all([
      app.context.waitForEvent('page'),
      form.getByRole('button', { name: 'Sign in with Mastodon' }).click(),
    ]);
    await form.getByText('Approve Cadence in the browser window that opened.', { exact: false }).waitFor();
    await expect
      .poll(() => form.getByRole('button', { name: 'Sign in with Mastodon' }).isDisabled())
      .toBe(true);
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect
      .poll(() => form.getByRole('button', { name: 'Sign in with Mastodon' }).isEnabled())
      .toBe(true);
    await approval.close();
    await app.context.unroute('**/oauth/authorize**');
    await expect.poll(() => app.call('channels.list')).toHaveLength(2);
  });

  it('connects once the owner approves in the browser', async () => {
    const fake = await startMastodonFake({
      now: () => app.clock.now(),
      owner: { displayName: 'Corner Bakery', followersCount: 120 },
    });
    closers.push(fake.close);
    const form = settings.connectForm('Mastodon');
    await form.getByLabel('Server address').fill(fake.url);
    await form.getByLabel('Name in Cadence').fill('Bakery on Mastodon');
    const [approval] = await Promise.all([
      app.context.waitForEvent('page'),
      form.getByRole('button', { name: 'Sign in with Mastodon' }).click(),
    ]);
    // The fake approves at once and sends the browser back to Cadence's loopback address.
    await approval.getByText('Cadence is connected to Mastodon').waitFor();
    await approval.close();

    const handle = `@cadence_owner@${new URL(fake.url).host}`;
    await settings.channelStatus.getByText(`Connected Bakery on Mastodon as ${handle}.`).waitFor();
    await expect.poll(() => settings.channelBadge('Bakery on Mastodon')).toBe('Connected');
    await expect.poll(() => settings.channel('Bakery on Mastodon').textContent()).toContain('120 followers');
    await expect
      .poll(() => settings.testConnection('Bakery on Mastodon'))
      .toBe(`Connected as ${handle} · 120 followers`);
    expect(fake.violations).toEqual([]);
  });
});

describe('publishing preferences', () => {
  it('start from the defaults and are saved as they change, across a reload', async () => {
    await expect.poll(() => settings.closeToTray.isChecked()).toBe(true);
    await expect.poll(() => settings.notifyOnSuccess.isChecked()).toBe(false);
    await expect.poll(() => settings.graceWindow.locator('option:checked').textContent()).toBe('2 hours');

    await settings.setGraceWindow('6 hours');
    await settings.setNotifyOnSuccess(true);
    await settings.setCloseToTray(false);
    await expect
      .poll(() => app.call('settings.get'))
      .toMatchObject({ graceWindowMinutes: 360, notifyOnSuccess: true, closeToTray: false });

    await app.page.reload();
    await shell.waitUntilLoaded();
    await shell.goTo('Settings');
    await settings.closeToTray.waitFor();
    await expect.poll(() => settings.closeToTray.isChecked()).toBe(false);
    await expect.poll(() => settings.notifyOnSuccess.isChecked()).toBe(true);
    await expect.poll(() => settings.graceWindow.locator('option:checked').textContent()).toBe('6 hours');
    await expect.poll(() => shell.errorMessages()).toEqual([]);
  });
});
