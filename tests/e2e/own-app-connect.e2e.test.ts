// Connecting X, Facebook with Instagram, Threads and LinkedIn through Settings as an owner does
// it with their own developer apps, in Chromium against the real core and each network's
// schema-checked fake: the guide with the exact redirect address, the app's id and secret, Test
// connection, Sign in (the test plays the owner's browser on each authorize page with the
// fakes' helpers), the account picker, then Publish now and the fakes receive the posts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREADS_REDIRECT_URI } from '../../src-main/shared/own-app-guides/threads';
import { startLinkedInFake } from '../fakes/linkedin/linkedin-fake';
import { approveLinkedInAuthorization } from '../fakes/linkedin/owner-browser';
import { startMetaGraphFake } from '../fakes/meta/graph-fake';
import { approveFacebookLogin } from '../fakes/meta/owner-browser';
import { approveThreadsAuthorization } from '../fakes/threads/owner-browser';
import { startThreadsFake } from '../fakes/threads/threads-fake';
import { approveXAuthorization } from '../fakes/x/owner-browser';
import { startXFake } from '../fakes/x/x-fake';
import { PNG_1X1 } from '../support/crafted-images';
import { freePort } from '../support/free-port';
import { tempDir, type TempDir } from '../support/temp-dir';
import { AppPage } from './pages/app-page';
import type { CalendarPage } from './pages/calendar-page';
import { ComposerPage } from './pages/composer-page';
import { OwnAppConnectForm } from './pages/own-app-connect';
import { SettingsPage } from './pages/settings-page';
import { startApp, type AppHarness } from './support/app-harness';

type Fakes = {
  x: Awaited<ReturnType<typeof startXFake>>;
  meta: Awaited<ReturnType<typeof startMetaGraphFake>>;
  threads: Awaited<ReturnType<typeof startThreadsFake>>;
  linkedin: Awaited<ReturnType<typeof startLinkedInFake>>;
};

let fakes: Fakes;
let ports: { x: number; meta: number; linkedin: number };
let app: AppHarness;
let shell: AppPage;
let settings: SettingsPage;
let composer: ComposerPage;
let files: TempDir;
const loopback = (port: number) => `http://127.0.0.1:${port}/oauth/callback`;

beforeAll(async () => {
  files = tempDir('cadence-own-app-files-');
  writeFileSync(join(files.dir, 'loaf.png'), Buffer.from(PNG_1X1, 'base64'));
  ports = { x: await freePort(), meta: await freePort(), linkedin: await freePort() };
  let now = () => Date.UTC(2026, 10, 25, 12);
  const clock = () => now();
  fakes = {
    x: await startXFake({
      now: clock,
      config: { app: { clientId: 'cadence-x-client', redirectUris: [loopback(ports.x)] } },
    }),
    meta: await startMetaGraphFake({
      now: clock,
      app: { redirectUris: [loopback(ports.meta)] },
      page: { name: 'Rosa Bakery' },
    }),
    threads: await startThreadsFake({ now: clock, app: { redirectUris: [THREADS_REDIRECT_URI] } }),
    linkedin: await startLinkedInFake({
      now: clock,
      app: { redirectUris: [loopback(ports.linkedin)] },
      organizations: [{ id: '5515715', name: 'Rosa Bakery Ltd', followers: 389, role: 'ADMINISTRATOR' }],
    }),
  };
  // Threads downloads photos from the Page's CDN, which the Meta fake serves.
  fakes.threads.publicOrigins.push(fakes.meta.url);
  const meta = { graph: fakes.meta.url, dialog: fakes.meta.url };
  app = await startApp({
    timeZone: 'Europe/Berlin',
    endpoints: {
      x: { api: fakes.x.url, authorize: fakes.x.authorizeUrl, redirectPort: String(ports.x) },
      facebook: { ...meta, redirectPort: String(ports.meta) },
      instagram: meta,
      threads: { api: fakes.threads.url, authorize: fakes.threads.authorizeUrl },
      linkedin: {
        api: fakes.linkedin.apiUrl,
        authorize: fakes.linkedin.authorizeUrl,
        token: fakes.linkedin.tokenUrl,
        redirectPort: String(ports.linkedin),
      },
    },
  });
  now = () => app.clock.now();
  app.page.setDefaultTimeout(15_000);
  shell = new AppPage(app.page);
  composer = new ComposerPage(app.page);
  await shell.waitUntilLoaded();
  settings = await shell.goTo('Settings');
}, 180_000);

afterAll(async () => {
  await app?.close();
  await Promise.all(Object.values(fakes ?? {}).map((fake) => fake.close()));
  files?.cleanup();
});

const channelsOn = async (network: string) =>
  (await app.call('channels.list')).filter((channel) => channel.network === network);

describe('connecting with the owner’s own apps', () => {
  it('X: guide, a wrong then right client id, Test connection, Sign in', async () => {
    const x = await new OwnAppConnectForm(settings, 'X').open();
    // The guide names the exact address X must list, with a Copy button.
    expect(await x.redirectAddress()).toBe('http://127.0.0.1:8734/oauth/callback');
    await x.copyButton().waitFor();
    expect((await x.guideSteps()).length).toBeGreaterThan(5);

    await x.fillApp({ id: 'no' });
    expect(await x.testApp()).toMatch(/^That does not look like an X Client ID\./);
    await x.fillApp({ id: 'cadence-x-client' });
    expect(await x.testApp()).toBe('Your X app is ready. Choose Sign in with X.');
    await x.setName('Bakery on X');

    const { popup, authorizeUrl } = await x.signIn(app.context, `${fakes.x.authorizeUrl}**`);
    await x.waiting.waitFor();
    const back = await approveXAuthorization(authorizeUrl, {
      clientId: 'cadence-x-client',
      redirectUri: loopback(ports.x),
    });
    await popup.goto(back.redirect.toString());
    await popup.getByText('Cadence is connected to X. You can close this tab.').waitFor();
    await popup.close();

    await settings.channelStatus.getByText('Connected Bakery on X as @cadencebakery.').waitFor();
    await expect.poll(() => settings.channelBadge('Bakery on X')).toBe('Connected');
    await settings.connectPanel.waitFor({ state: 'detached' });
    const [channel] = await channelsOn('x');
    expect(channel!.accessExpiresAt).toBe(app.clock.now() + 7200 * 1000);
    expect(fakes.x.violations).toEqual([]);
  });

  it('Facebook and Instagram: one Meta app, and the owner picks the Page and the Instagram account', async () => {
    const meta = await new OwnAppConnectForm(settings, 'Instagram').open();
    expect(await meta.redirectAddress()).toBe('http://127.0.0.1:8735/oauth/callback');
    await meta.fillApp({ id: fakes.meta.app.appId, secret: 'not-the-secret' });
    expect(await meta.testApp()).toMatch(/did not accept/);
    await meta.fillApp({ id: fakes.meta.app.appId, secret: fakes.meta.app.appSecret });
    expect(await meta.testApp()).toBe('Your Meta app is ready. Choose Sign in with Facebook.');
    // The secret left the page once saved; only "saved" is said.
    await expect.poll(() => meta.form.getByLabel('App Secret').inputValue()).toBe('');
    await expect.poll(() => app.page.content()).not.toContain(fakes.meta.app.appSecret);

    const { popup, authorizeUrl } = await meta.signIn(app.context, `${fakes.meta.url}/*/dialog/oauth**`);
    const back = await approveFacebookLogin(authorizeUrl, {
      appId: fakes.meta.app.appId,
      redirectUri: loopback(ports.meta),
    });
    await popup.goto(back.redirect.toString());
    await popup.getByText('Go back to Cadence to choose which accounts to connect.').waitFor();
    await popup.close();

    expect(await meta.candidates()).toEqual([
      'Facebook Page: Rosa Bakery @rosabakery',
      'Instagram account: Rosa Bakery @rosabakery',
    ]);
    await meta.choose(/^Facebook Page/, /^Instagram account/);
    await settings.channelStatus.getByText('Connected Rosa Bakery as @rosabakery.').waitFor();
    await settings.connectPanel.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await app.call('channels.list')).map((c) => c.network).sort())
      .toEqual(['facebook', 'instagram', 'x']);
    expect(fakes.meta.violations).toEqual([]);
  });

  it('Threads: the browser stops on an address the owner pastes back', async () => {
    const threads = await new OwnAppConnectForm(settings, 'Threads').open();
    expect(await threads.redirectAddress()).toBe(THREADS_REDIRECT_URI);
    await threads.fillApp({ id: fakes.threads.app.appId, secret: fakes.threads.app.appSecret });
    expect(await threads.testApp()).toBe('Your Meta app for Threads is ready. Choose Sign in with Threads.');
    await threads.setName('Bakery on Threads');
    const { popup, authorizeUrl } = await threads.signIn(app.context, `${fakes.threads.authorizeUrl}**`);
    const back = await approveThreadsAuthorization(authorizeUrl, {
      appId: fakes.threads.app.appId,
      redirectUri: THREADS_REDIRECT_URI,
    });
    await popup.close();

    await threads.pasteAddress('https://example.com/somewhere-else');
    await threads.failure.getByText(/^That is not the address Threads sends you back to/).waitFor();
    await threads.pasteAddress(back.redirect.toString());
    await settings.channelStatus.getByText(/^Connected Bakery on Threads as @/).waitFor();
    await settings.connectPanel.waitFor({ state: 'detached' });
    expect((await channelsOn('threads'))[0]!.connection).toBe('connected');
    expect(fakes.threads.violations).toEqual([]);
  });

  it('LinkedIn: the owner’s profile and the company Page they run', async () => {
    const linkedin = await new OwnAppConnectForm(settings, 'LinkedIn').open();
    await linkedin.fillApp({ id: fakes.linkedin.app.clientId, secret: fakes.linkedin.app.clientSecret });
    expect(await linkedin.testApp()).toBe('Your LinkedIn app is ready. Choose Sign in with LinkedIn.');
    const { popup, authorizeUrl } = await linkedin.signIn(app.context, `${fakes.linkedin.authorizeUrl}**`);
    const back = await approveLinkedInAuthorization(authorizeUrl, {
      clientId: fakes.linkedin.app.clientId,
      redirectUri: loopback(ports.linkedin),
    });
    await popup.goto(back.redirect.toString());
    await popup.close();
    const offered = await linkedin.candidates();
    expect(offered).toHaveLength(2);
    expect(offered[0]).toMatch(/^LinkedIn profile: /);
    expect(offered[1]).toMatch(/^LinkedIn company Page: Rosa Bakery Ltd/);
    await linkedin.choose(/^LinkedIn profile/);
    await settings.connectPanel.waitFor({ state: 'detached' });
    await expect.poll(async () => (await channelsOn('linkedin')).length).toBe(1);
    expect(fakes.linkedin.violations).toEqual([]);
  });
});

describe('publishing to them', () => {
  const box = (name: string, network: string) =>
    composer.main.getByRole('checkbox', { name: `${name} (${network})`, exact: true });
  const published = () => composer.delivery.getByRole('listitem').filter({ hasText: 'Published' });
  /**
   * How many channels show Published, letting the core's clock reach the next pause within a
   * minute (Threads and Instagram wait on the injected clock while they prepare a post).
   */
  const publishedWhileTimePasses = async () => {
    const next = app.clock.nextDueAt();
    if (next !== null && next <= app.clock.now() + 60_000) app.clock.set(next);
    return published().count();
  };

  it(
    'publishes a post now to X, the Facebook Page, Threads and LinkedIn, and a photo to Instagram and Threads',
    { timeout: 90_000 },
    async () => {
      const channels = await app.call('channels.list');
      const nameOn = (network: string) => channels.find((c) => c.network === network)!.displayName;

      const text = 'Fresh rye at 8 — first come, first served';
      await shell.newPost();
      await composer.waitUntilLoaded();
      await composer.write(text);
      for (const [network, label] of [
        ['x', 'X'],
        ['facebook', 'Facebook'],
        ['threads', 'Threads'],
        ['linkedin', 'LinkedIn'],
      ] as const) {
        await box(nameOn(network), label).check();
      }
      await composer.waitUntilSaved();
      await composer.publishNow();
      await expect.poll(publishedWhileTimePasses, { timeout: 30_000 }).toBe(4);
      // X's answer said how many posts its 24-hour window has left.
      await composer
        .counter(nameOn('x'))
        .getByText(/X: 99 of 100 posts left today \(X counts afresh at /)
        .waitFor();

      await shell.newPost();
      await composer.waitUntilLoaded();
      await composer.write('The rye, out of the oven');
      await composer.attachImages(join(files.dir, 'loaf.png'));
      await box(nameOn('instagram'), 'Instagram').check();
      // Instagram is asked how many posts it still takes when the account is picked.
      await composer
        .counter(nameOn('instagram'))
        .getByText('Instagram: 0 of 100 posts in the last 24 hours', { exact: true })
        .waitFor();
      // Threads takes the photo from the connected Facebook Page, as Instagram does.
      await box(nameOn('threads'), 'Threads').check();
      await composer.waitUntilSaved();
      await composer.publishNow();
      await expect.poll(publishedWhileTimePasses, { timeout: 30_000 }).toBe(2);

      const posted = (requests: Array<{ method: string; path: string }>, path: RegExp) =>
        requests.filter((r) => r.method === 'POST' && path.test(r.path)).length;
      expect(posted(fakes.x.requests, /^\/2\/tweets$/)).toBe(1);
      expect(posted(fakes.meta.requests, /\/feed$/)).toBe(1);
      expect(posted(fakes.meta.requests, /\/media_publish$/)).toBe(1);
      expect(posted(fakes.threads.requests, /\/threads_publish$/)).toBe(2);
      // The photos hosted on the Page for Instagram and Threads are gone again.
      expect(fakes.meta.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
      expect(posted(fakes.linkedin.requests, /^\/rest\/posts$/)).toBe(1);
      for (const fake of Object.values(fakes)) expect(fake.violations).toEqual([]);
      await expect.poll(() => shell.errorMessages()).toEqual([]);
    },
  );

  it('forgets the X app when the owner confirms, and keeps the channel', async () => {
    settings = await shell.goTo('Settings');
    const x = await new OwnAppConnectForm(settings, 'X').open();
    expect(await x.forgetQuestionThenCancel()).toMatch(
      /^Forget your X app\?.*keep posting until their sign-in ends.*Scheduled posts due after that are marked on the calendar/,
    );
    expect((await app.call('apps.get')).map((saved) => saved.network)).toContain('x');
    expect(await x.forgetApp()).toBe(
      'The X app is forgotten. Paste its ID and secret again to sign in with it.',
    );
    expect((await app.call('apps.get')).map((saved) => saved.network)).not.toContain('x');
    expect(await channelsOn('x')).toHaveLength(1);
    expect(await x.form.getByLabel(/Client ID$/).inputValue()).toBe('');
  });

  const banner = () => app.page.getByRole('status', { name: 'Sign-ins that end before scheduled posts' });
  let yearEndPost: string;

  it('warns on the calendar before LinkedIn’s sign-in ends with a post still scheduled after it', async () => {
    const [linkedin] = await channelsOn('linkedin');
    // LinkedIn's refresh token lasts a year; a post after that finds the sign-in ended.
    expect(linkedin!.refreshExpiresAt).toBeLessThan(Date.UTC(2027, 11, 30));
    const post = await app.call('posts.create', { body: 'Year-end thanks', channelIds: [linkedin!.id] });
    yearEndPost = post.id;
    await app.call('posts.schedule', { id: post.id, local: '2027-12-30T09:00', timeZone: 'Europe/Berlin' });
    await shell.goTo('Calendar');
    await expect
      .poll(async () => ((await banner().textContent()) ?? '').trim())
      .toMatch(/^Reconnect LinkedIn \(.+\) before .+: 1 post at riskReconnect in Settings$/);
    await banner()
      .getByRole('button', { name: /^Reconnect in Settings: LinkedIn \(.+\)$/ })
      .click();
    await expect.poll(() => shell.currentSection()).toBe('Settings');
    settings = new SettingsPage(app.page);
    await settings.connectPanel
      .getByRole('heading', { name: `Reconnect ${linkedin!.displayName}` })
      .waitFor();
  });

  it('marks the post at risk, and stops warning once LinkedIn is signed in again past it', async () => {
    let calendar: CalendarPage = await shell.goTo('Calendar');
    await calendar.goToMonth('2027-12');
    expect(await calendar.isMarkedAtRisk(yearEndPost)).toBe(true);
    expect(await calendar.chipName(yearEndPost)).toMatch(/, reconnect its channel before it is due$/);

    // Forty days on, a new sign-in's year reaches past the post.
    app.clock.set(app.clock.now() + 40 * 24 * 60 * 60 * 1000);
    await app.syncBrowserClock();
    const [linkedin] = await channelsOn('linkedin');
    await banner()
      .getByRole('button', { name: `Reconnect in Settings: LinkedIn (${linkedin!.handle})` })
      .click();
    settings = new SettingsPage(app.page);
    await settings.connectPanel
      .getByRole('heading', { name: `Reconnect ${linkedin!.displayName}` })
      .waitFor();
    const form = new OwnAppConnectForm(settings, 'LinkedIn');
    const { popup, authorizeUrl } = await form.signIn(app.context, `${fakes.linkedin.authorizeUrl}**`);
    const back = await approveLinkedInAuthorization(authorizeUrl, {
      clientId: fakes.linkedin.app.clientId,
      redirectUri: loopback(ports.linkedin),
    });
    await popup.goto(back.redirect.toString());
    await popup.close();
    await settings.connectPanel.waitFor({ state: 'detached' });
    const [renewed] = await channelsOn('linkedin');
    expect(renewed!.id).toBe(linkedin!.id);
    expect(renewed!.refreshExpiresAt).toBeGreaterThan(Date.UTC(2027, 11, 30, 8));

    calendar = await shell.goTo('Calendar');
    await banner().waitFor({ state: 'detached' });
    await calendar.goToMonth('2027-12');
    expect(await calendar.isMarkedAtRisk(yearEndPost)).toBe(false);
    expect(await calendar.chipName(yearEndPost)).not.toMatch(/reconnect/);
    expect(fakes.linkedin.violations).toEqual([]);
  });
});
