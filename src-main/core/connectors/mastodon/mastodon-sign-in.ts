// Signing in to a Mastodon-compatible server with an access token (pasted, or from the OAuth
// flow): check the server is Mastodon, check the token, and read the server's limits.
import { z } from 'zod';
import { mastodonLimitsFromInstance, type ChannelLimits } from '../../../shared/text-rules';
import type { Account, AccountProfile, Connection, ConnectorContext } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { MastodonApi, hostOf, instanceBase } from './mastodon-api';

/** What the keychain keeps. The app's client id and secret come from the OAuth flow only. */
const StoredSecret = z.object({
  accessToken: z.string().min(1),
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
});
export type MastodonSecret = z.infer<typeof StoredSecret>;

const CredentialAccount = z.object({
  id: z.string(),
  username: z.string(),
  display_name: z.string().nullish(),
  avatar: z.string().nullish(),
  followers_count: z.number().int().nullish(),
});

const InstanceInfo = z.object({
  domain: z.string().min(1),
  configuration: z.object({}).passthrough(),
});

/** Channel settings Cadence keeps for Mastodon: the server's limits and the domain in handles. */
const StoredSettings = z.object({ domain: z.string().optional() });

export interface MastodonInstance {
  base: string;
  domain: string;
  limits: ChannelLimits;
}

/** Reads /api/v2/instance: proof that the address is a Mastodon server, and its limits. */
export async function readInstance(ctx: ConnectorContext, instanceUrl: string): Promise<MastodonInstance> {
  const base = instanceBase(instanceUrl);
  const host = hostOf(base);
  const notMastodon = new ConnectorError('config', say('connectors.mastodon.hostNotMastodon', { host }));
  const reply = await new MastodonApi(ctx, base, null).send('/api/v2/instance', { during: 'sign-in' });
  const moved = reply.status >= 300 && reply.status < 400 ? reply.headers.get('location') : null;
  if (moved) {
    // Commonly http:// to https://, or a bare domain to www.: name the address to use instead.
    const target = instanceBase(new URL(moved, `${base}/`).toString().replace(/\/api\/v2\/instance\/?$/, ''));
    throw new ConnectorError('config', say('connectors.mastodon.movedTo', { host, target }));
  }
  const info = InstanceInfo.safeParse(reply.body);
  if (reply.status !== 200 || !info.success) throw notMastodon;
  return { base, domain: info.data.domain, limits: mastodonLimitsFromInstance(reply.body) };
}

/** Checks a token against the server and builds what the channel keeps. */
export async function signInWithToken(
  ctx: ConnectorContext,
  instanceUrl: string,
  secret: MastodonSecret,
): Promise<Connection> {
  const instance = await readInstance(ctx, instanceUrl);
  const api = new MastodonApi(ctx, instance.base, secret.accessToken);
  const profile = await readProfile(api, instance.domain, 'sign-in');
  return {
    secret: JSON.stringify(secret),
    serverUrl: instance.base,
    settings: { limits: instance.limits, domain: instance.domain },
    profile,
  };
}

/** verify_credentials: who the token belongs to, as Settings shows it. */
export async function readProfile(
  api: MastodonApi,
  domain: string,
  during: 'sign-in' | 'read',
): Promise<AccountProfile> {
  const reply = await api.call('/api/v1/accounts/verify_credentials', { during });
  const account = CredentialAccount.safeParse(reply.body);
  if (!account.success) {
    throw new ConnectorError('config', say('connectors.mastodon.notAnAccount', { host: hostOf(api.base) }));
  }
  return {
    handle: `${account.data.username}@${domain}`,
    displayName: account.data.display_name || null,
    avatarUrl: account.data.avatar || null,
    followersCount: account.data.followers_count ?? null,
    remoteAccountId: account.data.id,
  };
}

/** The stored sign-in of a connected account, and an API client for it. */
export function apiFor(ctx: ConnectorContext, account: Pick<Account, 'secret' | 'serverUrl'>): MastodonApi {
  const parsed = StoredSecret.safeParse(safeJson(account.secret));
  if (!parsed.success || !account.serverUrl) {
    throw new ConnectorError('auth', say('connectors.mastodon.signInDamaged'));
  }
  return new MastodonApi(ctx, account.serverUrl, parsed.data.accessToken);
}

/** The domain shown in handles: the one the server reported at sign-in, else its host. */
export function domainOf(account: Pick<Account, 'settings' | 'serverUrl'>): string {
  const settings = StoredSettings.safeParse(account.settings);
  return (settings.success && settings.data.domain) || hostOf(account.serverUrl ?? 'https://unknown');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
