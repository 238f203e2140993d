// The accounts one Facebook sign-in reaches: the Pages the owner manages, each with its own
// token (GET /me/accounts, developers.facebook.com/docs/graph-api/reference/user/accounts), and
// the Instagram professional account linked to each (instagram_business_account), with the
// follower counts Insights shows.
import { z } from 'zod';
import type { AccountProfile } from '../connector';
import type { GraphApi } from './graph-api';
import { GraphRefusal } from './graph-errors';

const PAGE_FIELDS = 'id,name,username,followers_count';
const IG_FIELDS = 'id,username,name,followers_count,profile_picture_url';

const PageFields = z.object({
  id: z.string().min(1),
  name: z.string(),
  username: z.string().optional(),
  followers_count: z.number().int().nonnegative().optional(),
});
const ManagedPage = z.object({
  id: z.string().min(1),
  access_token: z.string().min(1).optional(),
  instagram_business_account: z.object({ id: z.string().min(1) }).optional(),
});
const Accounts = z.object({ data: z.array(ManagedPage) });
const IgFields = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  name: z.string().optional(),
  followers_count: z.number().int().nonnegative().optional(),
  profile_picture_url: z.string().optional(),
});

export interface ManagedPage {
  id: string;
  token: string;
  igUserId: string | null;
}

/** The Pages the user token may act for, with their tokens; Pages it may only see are left out. */
export async function readManagedPages(userApi: GraphApi): Promise<ManagedPage[]> {
  const accounts = await userApi.call(
    {
      path: '/me/accounts',
      params: { fields: 'id,access_token,instagram_business_account', limit: 100 },
      during: 'sign-in',
    },
    Accounts,
  );
  return accounts.data
    .filter((page) => page.access_token)
    .map((page) => ({
      id: page.id,
      token: page.access_token!,
      igUserId: page.instagram_business_account?.id ?? null,
    }));
}

/** The Page as Settings and Insights show it. */
export async function readPageProfile(pageApi: GraphApi, pageId: string, during: 'sign-in' | 'read') {
  const page = await pageApi.call(
    { path: `/${encodeURIComponent(pageId)}`, params: { fields: PAGE_FIELDS }, during, objectId: pageId },
    PageFields,
  );
  return pageProfile(page);
}

/**
 * The Instagram account as Settings and Insights show it. With `optional`, an account Cadence
 * was not allowed to read (the owner left Instagram's permissions unticked) gives null.
 */
export async function readIgProfile(
  pageApi: GraphApi,
  igUserId: string,
  during: 'sign-in' | 'read',
  optional = false,
): Promise<AccountProfile | null> {
  try {
    const ig = await pageApi.call(
      { path: `/${encodeURIComponent(igUserId)}`, params: { fields: IG_FIELDS }, during, objectId: igUserId },
      IgFields,
    );
    return {
      handle: `@${ig.username}`,
      displayName: ig.name || null,
      avatarUrl: ig.profile_picture_url ?? null,
      followersCount: ig.followers_count ?? null,
      remoteAccountId: ig.id,
    };
  } catch (error) {
    if (optional && error instanceof GraphRefusal && error.kind === 'permission') return null;
    throw error;
  }
}

function pageProfile(page: z.infer<typeof PageFields>): AccountProfile {
  return {
    // Many Pages have no @username; their name is what the owner recognises.
    handle: page.username ? `@${page.username}` : page.name,
    displayName: page.name || null,
    avatarUrl: null,
    followersCount: page.followers_count ?? null,
    remoteAccountId: page.id,
  };
}
