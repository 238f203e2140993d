// Signing in to Threads with the owner's own Meta app: the Authorization Window with a state
// (Threads has no PKCE), the code exchanged for a short-lived and then a 60-day token, and the
// profile read with its follower count. Threads redirects only to https, so the code comes
// back in the address the owner pastes (see shared/own-app-guides/threads.ts).
import { z } from 'zod';
import { say, type OwnerMessage } from '../../../shared/messages/owner-message';
import type { AccountProfile, ConnectorContext, OwnApp, OwnAppSignIn } from '../connector';
import { ConnectorError } from '../connector-error';
import { ThreadsApi } from './threads-api';
import { THREADS_REDIRECT_URI, THREADS_SCOPES, type ThreadsEndpoints } from './threads-endpoints';
import { graphErrorOf, ThreadsRefusal, type During } from './threads-errors';
import { expiryOf, signInRefusal, testAppCall, tokenFromCode } from './threads-tokens';

const Profile = z.object({
  id: z.string().min(1),
  username: z.string().optional(),
  name: z.string().optional(),
  threads_profile_picture_url: z.string().optional(),
});

const Insights = z.object({
  data: z.array(z.object({ name: z.string(), total_value: z.object({ value: z.number() }).optional() })),
});

/** A Threads App ID: digits (App settings → Basic). */
const APP_ID = /^\d{5,30}$/;

export function threadsSignIn(ctx: ConnectorContext, endpoints: ThreadsEndpoints): OwnAppSignIn {
  return {
    scopes: THREADS_SCOPES,
    pkce: false,
    renewsWithApp: false,

    authorizeUrl({ app, redirectUri, state }) {
      const url = new URL(endpoints.authorize);
      url.search = new URLSearchParams({
        client_id: app.clientId.trim(),
        redirect_uri: redirectUri,
        scope: THREADS_SCOPES.join(','),
        response_type: 'code',
        state,
      }).toString();
      return url.toString();
    },

    async finish({ app, code, redirectUri }) {
      checkApp(app);
      const token = await tokenFromCode(ctx, endpoints, app, code, redirectUri);
      const api = new ThreadsApi(ctx, endpoints.api, token.accessToken);
      return [
        {
          secret: JSON.stringify(token),
          serverUrl: null,
          settings: {},
          profile: await readProfile(api, 'sign-in'),
          expiry: expiryOf(token),
        },
      ];
    },

    async testApp(app) {
      checkApp(app);
      // Threads checks the app's id and secret before the code: a made-up code is refused as
      // invalid (code 100) when they are right, and with code 1 or 101 when not.
      const answer = await testAppCall(ctx, endpoints, app, THREADS_REDIRECT_URI);
      const code = graphErrorOf(answer.json)?.code;
      if (code === 1 || code === 101) throw signInRefusal(answer);
      if (answer.status === 400 && code !== undefined) return;
      throw new ConnectorError('config', say('connectors.threads.oddTestAnswer', { status: answer.status }));
    },
  };
}

/** The signed-in profile, with its follower count where the token may read insights. */
export async function readProfile(api: ThreadsApi, during: During): Promise<AccountProfile> {
  const answer = await api.call({
    path: '/me',
    params: { fields: 'id,username,name,threads_profile_picture_url' },
    during,
  });
  const me = Profile.safeParse(answer.json);
  if (!me.success) throw new ConnectorError('server', say('connectors.threads.oddProfileAnswer'));
  const { id, username, name, threads_profile_picture_url } = me.data;
  return {
    handle: username ? `@${username}` : id,
    displayName: name || null,
    avatarUrl: threads_profile_picture_url ?? null,
    followersCount: await followersOf(api, id, during),
    remoteAccountId: id,
  };
}

/** followers_count from the profile's insights; null when the token may not read them. */
async function followersOf(api: ThreadsApi, userId: string, during: During): Promise<number | null> {
  try {
    const answer = await api.call({
      path: `/${userId}/threads_insights`,
      params: { metric: 'followers_count' },
      during,
    });
    const insights = Insights.safeParse(answer.json);
    const followers = insights.success
      ? insights.data.data.find((metric) => metric.name === 'followers_count')?.total_value?.value
      : undefined;
    return followers ?? null;
  } catch (error) {
    if (error instanceof ThreadsRefusal && error.permissionMissing) return null;
    throw error;
  }
}

/**
 * The code from the address the owner pasted after allowing Cadence (Threads appends "#_",
 * which is not part of it), once its state matches the sign-in Cadence started.
 */
export function codeFromPastedAddress(address: string, expectedState: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw pasteProblem(say('connectors.threads.notAnAddress'));
  }
  const query = url.searchParams;
  if (query.get('error')) {
    throw new ConnectorError(
      'auth',
      query.get('error_reason') === 'user_denied'
        ? say('connectors.threads.notAllowed')
        : say('connectors.threads.signInRefused', {
            said: query.get('error_description') ?? query.get('error') ?? '',
          }),
    );
  }
  if (query.get('state') !== expectedState) {
    throw pasteProblem(say('connectors.threads.otherSignIn'));
  }
  const code = query.get('code')?.replace(/#_$/, '');
  if (!code) {
    throw pasteProblem(say('connectors.threads.noCode'));
  }
  return code;
}

function pasteProblem(message: OwnerMessage): ConnectorError {
  return new ConnectorError('config', message);
}

function checkApp(app: OwnApp): void {
  if (!APP_ID.test(app.clientId.trim())) {
    throw new ConnectorError('config', say('connectors.threads.notAnAppId'));
  }
  if (!app.clientSecret) {
    throw new ConnectorError('config', say('connectors.threads.secretMissing'));
  }
}
