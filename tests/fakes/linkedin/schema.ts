// LinkedIn publishes no machine-readable schema for these APIs, so the documented request and
// answer shapes are zod schemas here, each from the page cited beside it (learn.microsoft.com):
//  [auth]    /linkedin/shared/authentication/authorization-code-flow
//  [native]  /linkedin/shared/authentication/authorization-code-flow-native (PKCE, loopback redirects)
//  [refresh] /linkedin/shared/authentication/programmatic-refresh-tokens
//  [oidc]    /linkedin/consumer/integrations/self-serve/sign-in-with-linkedin-v2
//  [posts]   /linkedin/marketing/community-management/shares/posts-api
//  [images]  /linkedin/marketing/community-management/shares/images-api
//  [acls]    /linkedin/marketing/community-management/organizations/organization-access-control-by-role
//  [network] /linkedin/marketing/community-management/organizations/follower-statistics (networkSizes)
//  [orgs]    /linkedin/marketing/community-management/organizations/organization-lookup-api
//  [version] /linkedin/marketing/versioning
//  [errors]  /linkedin/shared/api-guide/concepts/error-handling
import { z } from 'zod';

export const personUrn = z.string().regex(/^urn:li:person:[A-Za-z0-9_-]+$/);
export const organizationUrn = z.string().regex(/^urn:li:organization:\d+$/);
const imageUrn = z.string().regex(/^urn:li:image:[A-Za-z0-9_-]+$/);

/** [auth] response_type, client_id, redirect_uri, state, scope (space-delimited); [native] code_challenge (S256). */
export const AuthorizeQuery = z.strictObject({
  response_type: z.literal('code'),
  client_id: z.string().min(1),
  redirect_uri: z.url(),
  state: z.string().optional(),
  scope: z.string().min(1),
  code_challenge: z.string().min(43).max(128).optional(),
  code_challenge_method: z.literal('S256').optional(),
});

/** [auth] Step 3 and [refresh]: form-encoded POST /oauth/v2/accessToken. */
export const TokenRequest = z.discriminatedUnion('grant_type', [
  z.strictObject({
    grant_type: z.literal('authorization_code'),
    code: z.string().min(1),
    client_id: z.string().min(1),
    client_secret: z.string().optional(), // [native] omitted with code_verifier
    redirect_uri: z.url(),
    code_verifier: z.string().optional(),
  }),
  z.strictObject({
    grant_type: z.literal('refresh_token'),
    refresh_token: z.string().min(1),
    client_id: z.string().min(1),
    client_secret: z.string().min(1),
  }),
]);

/** [auth] access_token for 60 days; [refresh] refresh_token for 365 days, for apps allowed them. */
export const TokenResponse = z.strictObject({
  access_token: z.string(),
  expires_in: z.number().int().positive(),
  refresh_token: z.string().optional(),
  refresh_token_expires_in: z.number().int().positive().optional(),
  scope: z.string(),
  token_type: z.literal('Bearer').optional(),
  id_token: z.string().optional(),
});

/** [oidc] GET /v2/userinfo. */
export const UserInfo = z.strictObject({
  sub: z.string(),
  name: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  picture: z.url().optional(),
  locale: z.strictObject({ country: z.string(), language: z.string() }).optional(),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
});

/** [posts] The body of POST /rest/posts (and an element of GET /rest/posts, with the read-only fields). */
const postContent = z.union([
  z.strictObject({
    media: z.strictObject({
      id: imageUrn,
      title: z.string().optional(),
      altText: z.string().max(4086).optional(),
    }),
  }),
  z.strictObject({
    article: z.strictObject({
      source: z.url(),
      title: z.string().optional(),
      description: z.string().optional(),
      thumbnail: imageUrn.optional(),
    }),
  }),
  z.strictObject({
    multiImage: z.strictObject({
      images: z
        .array(z.strictObject({ id: imageUrn, altText: z.string().optional() }))
        .min(2)
        .max(20),
    }),
  }),
]);
const postFields = {
  author: z.union([personUrn, organizationUrn]),
  commentary: z.string().max(3000),
  visibility: z.enum(['PUBLIC', 'CONNECTIONS', 'LOGGED_IN', 'CONTAINER']),
  distribution: z.strictObject({
    feedDistribution: z.enum(['MAIN_FEED', 'NONE']),
    targetEntities: z.array(z.record(z.string(), z.unknown())).optional(),
    thirdPartyDistributionChannels: z.array(z.string()).optional(),
  }),
  lifecycleState: z.enum(['PUBLISHED', 'DRAFT', 'PUBLISH_REQUESTED', 'PUBLISH_FAILED']),
  isReshareDisabledByAuthor: z.boolean().optional(),
  content: postContent.optional(),
  contentLandingPage: z.url().optional(),
  contentCallToActionLabel: z.string().optional(),
};
export const CreatePost = z.strictObject(postFields);
export const PostElement = z.strictObject({
  ...postFields,
  id: z.string().regex(/^urn:li:(share|ugcPost):\d+$/),
  createdAt: z.number().int(),
  publishedAt: z.number().int().optional(),
  lastModifiedAt: z.number().int(),
  lifecycleStateInfo: z.strictObject({ isEditedByAuthor: z.boolean() }),
});

const paging = z.strictObject({
  start: z.number().int(),
  count: z.number().int(),
  total: z.number().int().optional(),
  links: z.array(z.unknown()),
});
export const PostsPage = z.strictObject({ elements: z.array(PostElement), paging });

/** [images] POST /rest/images?action=initializeUpload. */
export const InitializeUpload = z.strictObject({
  initializeUploadRequest: z.strictObject({ owner: z.union([personUrn, organizationUrn]) }),
});
export const InitializeUploadResponse = z.strictObject({
  value: z.strictObject({ uploadUrlExpiresAt: z.number().int(), uploadUrl: z.url(), image: imageUrn }),
});
/** [images] GET /rest/images/{urn}. */
export const ImageElement = z.strictObject({
  id: imageUrn,
  owner: z.string(),
  status: z.enum(['WAITING_UPLOAD', 'PROCESSING', 'AVAILABLE', 'PROCESSING_FAILED']),
  downloadUrl: z.url().optional(),
  downloadUrlExpiresAt: z.number().int().optional(),
});

/** [acls] GET /rest/organizationAcls?q=roleAssignee. */
export const AclsPage = z.strictObject({
  elements: z.array(
    z.strictObject({
      roleAssignee: personUrn,
      state: z.enum(['APPROVED', 'REQUESTED', 'REJECTED', 'REVOKED']),
      role: z.enum([
        'ADMINISTRATOR',
        'DIRECT_SPONSORED_CONTENT_POSTER',
        'RECRUITING_POSTER',
        'LEAD_GEN_FORMS_MANAGER',
        'ANALYST',
        'CURATOR',
        'CONTENT_ADMINISTRATOR',
      ]),
      organization: organizationUrn,
    }),
  ),
  paging,
});

/** [orgs] GET /rest/organizations/{id} for an administered organization (rw_organization_admin). */
export const Organization = z.strictObject({
  id: z.number().int(),
  localizedName: z.string(),
  vanityName: z.string().optional(),
  localizedWebsite: z.string().optional(),
  name: z
    .strictObject({
      localized: z.record(z.string(), z.string()),
      preferredLocale: z.strictObject({ country: z.string(), language: z.string() }),
    })
    .optional(),
});

/** [network] GET /rest/networkSizes/{organization urn}?edgeType=COMPANY_FOLLOWED_BY_MEMBER. */
export const NetworkSize = z.strictObject({ firstDegreeSize: z.number().int().nonnegative() });

/** [errors] and [version]: {status, serviceErrorCode?, code?, message}. */
export const ErrorBody = z.strictObject({
  status: z.number().int(),
  serviceErrorCode: z.number().int().optional(),
  code: z.string().optional(),
  message: z.string(),
  errorDetailType: z.string().optional(),
  errorDetails: z.record(z.string(), z.unknown()).optional(),
});
