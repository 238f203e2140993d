// A LinkedIn app without the Community Management API may not ask for the Page scopes: LinkedIn
// sends the browser back with unauthorized_scope_error before the owner sees anything. Cadence
// then asks again for posting as the member only, says why in the browser tab, and connects the
// owner's own profile.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { linkedInEndpoints } from '../../src-main/core/connectors/linkedin/linkedin-endpoints';
import { linkedInSignIn } from '../../src-main/core/connectors/linkedin/linkedin-sign-in';
import { LINKEDIN_MEMBER_SCOPES } from '../../src-main/shared/own-app-guides/linkedin';
import { startLinkedInFake } from '../fakes/linkedin/linkedin-fake';
import { approveLinkedInAuthorization } from '../fakes/linkedin/owner-browser';
import { openInBrowser } from '../fakes/oauth-kit';
import { freePort } from '../support/free-port';
import { tempDir } from '../support/temp-dir';
import { startTestCore } from '../support/test-core';

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const NOTE =
  'Your LinkedIn app may not post for company Pages (that needs its Community Management API product), so Cadence connects you as yourself only.';

describe('a LinkedIn app without the Community Management API', () => {
  it.each(['unauthorized_scope_error', 'invalid_scope'] as const)(
    'refused with %s, is asked again for posting as the member, and connects the owner’s profile',
    async (pageScopeRefusal) => {
      const port = await freePort();
      const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
      let now = () => Date.UTC(2026, 10, 25, 12);
      const fake = await startLinkedInFake({
        now: () => now(),
        app: { redirectUris: [redirectUri], communityManagement: false, pageScopeRefusal },
      });
      closers.push(() => fake.close());
      const data = tempDir();
      const t = startTestCore({
        dataDir: data.dir,
        publishing: false,
        endpoints: {
          linkedin: {
            api: fake.apiUrl,
            authorize: fake.authorizeUrl,
            token: fake.tokenUrl,
            redirectPort: String(port),
          },
        },
      });
      closers.push(data.cleanup, () => t.core.close());
      now = () => t.clock.now();
      await t.call('apps.save', {
        network: 'linkedin',
        clientId: fake.app.clientId,
        clientSecret: fake.app.clientSecret,
      });
      const flow = await t.call('channels.ownAppStart', { network: 'linkedin' });

      // LinkedIn refuses the Page scopes on the redirect; the tab explains and goes on by itself.
      const refused = await approveLinkedInAuthorization(flow.authorizeUrl, {
        clientId: fake.app.clientId,
        redirectUri,
      });
      expect(refused.error).toBe(pageScopeRefusal);
      const explained = await openInBrowser(refused.redirect.toString());
      expect(explained.status).toBe(200);
      expect(explained.body).toContain(NOTE);
      const onward = /<meta http-equiv="refresh" content="4;url=([^"]+)">/.exec(explained.body)?.[1];
      expect(onward).toBeDefined();
      const again = new URL(onward!.replaceAll('&#38;', '&'));
      expect(again.searchParams.get('scope')).toBe(LINKEDIN_MEMBER_SCOPES.join(' '));
      expect(again.searchParams.get('state')).toBe(new URL(flow.authorizeUrl).searchParams.get('state'));
      expect(await t.call('channels.ownAppStatus', { flowId: flow.flowId })).toMatchObject({
        state: 'waiting',
      });

      const back = await approveLinkedInAuthorization(again.toString(), {
        clientId: fake.app.clientId,
        redirectUri,
        scopes: [...LINKEDIN_MEMBER_SCOPES],
      });
      const page = await openInBrowser(back.redirect.toString());
      expect(page.body).toContain(`Cadence is connected to LinkedIn. You can close this tab. ${NOTE}`);
      const channels = await t.call('channels.list');
      expect(channels.map((c) => [c.network, c.handle])).toEqual([['linkedin', 'Ada Baker']]);
      // Settings says it too: company Pages need the Community Management API.
      expect(await t.call('channels.ownAppStatus', { flowId: flow.flowId })).toEqual({
        state: 'done',
        channelIds: [channels[0]!.id],
        note: 'member-only',
      });
      expect(fake.violations).toEqual([]);
    },
  );

  it('is not asked again when LinkedIn refuses a member scope, which asking as the member cannot avoid', () => {
    const ctx = { clock: new ManualClock(0), fetch: globalThis.fetch, requestTimeoutMs: 1_000 };
    const signIn = linkedInSignIn(ctx, linkedInEndpoints(ctx));
    const redirect = (error: string, description: string) =>
      new URLSearchParams({ error, error_description: description, state: 's' });
    expect(
      signIn.narrowerAfter!(
        redirect(
          'unauthorized_scope_error',
          'Scope "w_member_social" is not authorized for your application',
        ),
      ),
    ).toBeNull();
    expect(signIn.narrowerAfter!(redirect('access_denied', 'The user refused'))).toBeNull();
    expect(signIn.narrowerAfter!(redirect('invalid_scope', 'The requested scope is invalid'))?.message).toBe(
      NOTE,
    );
  });
});
