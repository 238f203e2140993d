// Who Cadence can post as on LinkedIn: the member who signed in (OpenID Connect userinfo) and the
// organizations they may post for (organizationAcls, as ADMINISTRATOR or CONTENT_ADMINISTRATOR),
// each with its name (organization lookup) and follower count (networkSizes). A member profile
// has no follower count in LinkedIn's API, so it stays unknown (null).
import { z } from 'zod';
import type { AccountProfile } from '../connector';
import { ConnectorError } from '../connector-error';
import { say } from '../../../shared/messages/owner-message';
import type { LinkedInApi } from './linkedin-api';
import { LinkedInRefusal, type During, type Needs } from './linkedin-errors';

const UserInfo = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  picture: z.string().optional(),
});
const Acls = z.object({
  elements: z.array(z.object({ role: z.string(), state: z.string().optional(), organization: z.string() })),
});
const Organization = z.object({ localizedName: z.string().optional(), vanityName: z.string().optional() });
const NetworkSize = z.object({ firstDegreeSize: z.number().int().nonnegative() });

/** Roles that may post as a Page (learn.microsoft.com/…/organization-access-control-by-role). */
const POSTING_ROLES = new Set(['ADMINISTRATOR', 'CONTENT_ADMINISTRATOR']);

const COMMUNITY = 'Community Management API';
export const NEEDS = {
  profile: { scope: 'profile', product: 'Sign In with LinkedIn using OpenID Connect' },
  memberPosts: { scope: 'w_member_social', product: 'Share on LinkedIn' },
  organizationPosts: { scope: 'w_organization_social', product: COMMUNITY },
  organizationAdmin: { scope: 'rw_organization_admin', product: COMMUNITY },
  organizationReads: { scope: 'r_organization_social', product: COMMUNITY },
} satisfies Record<string, Needs>;

export const isOrganization = (urn: string) => urn.startsWith('urn:li:organization:');

export async function memberProfile(api: LinkedInApi, during: During): Promise<AccountProfile> {
  const answer = await api.call({ path: '/v2/userinfo', during, needs: NEEDS.profile });
  const me = UserInfo.safeParse(answer.json);
  if (!me.success) throw new ConnectorError('server', say('connectors.linkedin.oddAccountAnswer'));
  const name = me.data.name?.trim() || null;
  return {
    handle: name ?? `LinkedIn member ${me.data.sub}`,
    displayName: name,
    avatarUrl: me.data.picture ?? null,
    // LinkedIn's API gives a member's profile no follower count.
    followersCount: null,
    remoteAccountId: `urn:li:person:${me.data.sub}`,
  };
}

/** The organizations the member may post for, as URNs, each once. */
export async function postableOrganizations(api: LinkedInApi): Promise<string[]> {
  const answer = await api.call({
    path: '/rest/organizationAcls',
    query: { q: 'roleAssignee', state: 'APPROVED' },
    during: 'sign-in',
    needs: NEEDS.organizationAdmin,
  });
  const acls = Acls.safeParse(answer.json);
  if (!acls.success) throw new ConnectorError('server', say('connectors.linkedin.oddPagesAnswer'));
  const urns = acls.data.elements
    .filter((acl) => POSTING_ROLES.has(acl.role) && (acl.state ?? 'APPROVED') === 'APPROVED')
    .map((acl) => acl.organization);
  return [...new Set(urns)];
}

export async function organizationProfile(
  api: LinkedInApi,
  urn: string,
  during: During,
): Promise<AccountProfile> {
  const id = urn.slice('urn:li:organization:'.length);
  const name = await orNullWhenForbidden(async () => {
    const answer = await api.call({
      path: `/rest/organizations/${encodeURIComponent(id)}`,
      during,
      needs: NEEDS.organizationAdmin,
    });
    const organization = Organization.safeParse(answer.json);
    return organization.success
      ? (organization.data.localizedName ?? organization.data.vanityName ?? null)
      : null;
  });
  const followers = await orNullWhenForbidden(async () => {
    const answer = await api.call({
      path: `/rest/networkSizes/${encodeURIComponent(urn)}`,
      query: { edgeType: 'COMPANY_FOLLOWED_BY_MEMBER' },
      during,
      needs: NEEDS.organizationReads,
    });
    const size = NetworkSize.safeParse(answer.json);
    return size.success ? size.data.firstDegreeSize : null;
  });
  return {
    handle: name ?? `LinkedIn Page ${id}`,
    displayName: name,
    avatarUrl: null,
    followersCount: followers,
    remoteAccountId: urn,
  };
}

/** What the granted permissions do not let Cadence read is simply unknown. */
async function orNullWhenForbidden<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof LinkedInRefusal && error.forbidden) return null;
    throw error;
  }
}
