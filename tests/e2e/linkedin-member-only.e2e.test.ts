// Connecting LinkedIn through Settings with an app that lacks the Community Management API, in
// Chromium against the real core and the schema-checked LinkedIn fake: LinkedIn refuses the
// sign-in that asks to post for company Pages, the browser tab says why and goes on to ask for
// posting as the owner only, and Settings then says that company Pages need that product.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINKEDIN_MEMBER_SCOPES } from '../../src-main/shared/own-app-guides/linkedin';
import { startLinkedInFake } from '../fakes/linkedin/linkedin-fake';
import { approveLinkedInAuthorization } from '../fakes/linkedin/owner-browser';
import { freePort } from '../support/free-port';
import { AppPage } from './pages/app-page';
import { OwnAppConnectForm } from './pages/own-app-connect';
import type { SettingsPage } from './pages/settings-page';
import { startApp, type AppHarness } from './support/app-harness';

let fake: Awaited<ReturnType<typeof startLinkedInFake>>;
let port: number;
let app: AppHarness;
let settings: SettingsPage;

beforeAll(async () => {
  port = await freePort();
  let now = () => Date.UTC(2026, 10, 25, 12);
  fake = await startLinkedInFake({
    now: () => now(),
    app: { redirectUris: [`http://127.0.0.1:${port}/oauth/callback`], communityManagement: false },
  });
  app = await startApp({
    timeZone: 'Europe/Berlin',
    endpoints: {
      linkedin: {
        api: fake.apiUrl,
        authorize: fake.authorizeUrl,
        token: fake.tokenUrl,
        redirectPort: String(port),
      },
    },
  });
  now = () => app.clock.now();
  app.page.setDefaultTimeout(15_000);
  const shell = new AppPage(app.page);
  await shell.waitUntilLoaded();
  settings = await shell.goTo('Settings');
}, 180_000);

afterAll(async () => {
  await app?.close();
  await fake?.close();
});

describe('a LinkedIn app without the Community Management API', () => {
  it('connects the owner as themselves, and Settings says Pages need that product', async () => {
    const linkedin = await new OwnAppConnectForm(settings, 'LinkedIn').open();
    await linkedin.fillApp({ id: fake.app.clientId, secret: fake.app.clientSecret });
    const authorizePattern = `${fake.authorizeUrl}**`;
    const { popup, authorizeUrl } = await linkedin.signIn(app.context, authorizePattern);
    const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
    const refused = await approveLinkedInAuthorization(authorizeUrl, {
      clientId: fake.app.clientId,
      redirectUri,
    });
    expect(refused.error).toBe('unauthorized_scope_error');

    // The tab explains, then asks LinkedIn again (held here, so the test plays the owner there).
    await app.context.route(authorizePattern, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>Allow Cadence again?</p>' }),
    );
    await popup.goto(refused.redirect.toString());
    await popup.getByText(/needs its Community Management API product/).waitFor();
    const again = await popup.getByRole('link', { name: 'Continue' }).getAttribute('href');
    expect(new URL(again!).searchParams.get('scope')).toBe(LINKEDIN_MEMBER_SCOPES.join(' '));
    const back = await approveLinkedInAuthorization(again!, {
      clientId: fake.app.clientId,
      redirectUri,
      scopes: [...LINKEDIN_MEMBER_SCOPES],
    });
    await popup.goto(back.redirect.toString());
    await popup.getByText(/^Cadence is connected to LinkedIn\./).waitFor();
    await popup.close();

    await settings.connectPanel.waitFor({ state: 'detached' });
    await settings.channelStatus
      .getByText(
        /^Connected .+\. LinkedIn let Cadence post only as you: posting for company Pages needs the Community Management API product on your LinkedIn app\./,
      )
      .waitFor();
    const channels = await app.call('channels.list');
    expect(channels.map((channel) => channel.network)).toEqual(['linkedin']);
    expect(fake.violations).toEqual([]);
  });
});
