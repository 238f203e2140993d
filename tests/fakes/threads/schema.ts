// The Threads API publishes no machine-readable schema, so its documented request and answer
// shapes are written here as zod schemas, each field from the page cited beside it:
//  [auth]     https://developers.facebook.com/docs/threads/get-started/get-access-tokens-and-permissions
//  [long]     https://developers.facebook.com/docs/threads/get-started/long-lived-tokens
//  [posts]    https://developers.facebook.com/docs/threads/posts
//  [publish]  https://developers.facebook.com/docs/threads/reference/publishing
//  [user]     https://developers.facebook.com/docs/threads/reference/user
//  [profile]  https://developers.facebook.com/docs/threads/threads-profiles
//  [retrieve] https://developers.facebook.com/docs/threads/retrieve-and-discover-posts/retrieve-posts
//  [insights] https://developers.facebook.com/docs/threads/insights
//  [trouble]  https://developers.facebook.com/docs/threads/troubleshooting
import { z } from 'zod';

const numericId = z.string().regex(/^\d+$/);
const bool = z.enum(['true', 'false']);
/** Every call may carry the token as a param ([publish]: "access_token, Required"). */
const token = { access_token: z.string().optional() };

/** [auth] Step 1: client_id, redirect_uri, scope (comma-separated), response_type=code; state optional. */
export const AuthorizeQuery = z.strictObject({
  client_id: numericId,
  redirect_uri: z.url(),
  scope: z.string().min(1),
  response_type: z.literal('code'),
  state: z.string().optional(),
});

/** [auth] Step 2: POST /oauth/access_token. */
export const CodeExchange = z.strictObject({
  client_id: numericId,
  client_secret: z.string().min(1),
  code: z.string().min(1),
  grant_type: z.literal('authorization_code'),
  redirect_uri: z.url(),
});
/**
 * [auth] The short-lived token and the app-scoped user id, a JSON number. Threads ids exceed
 * 2^53, so a client that parses the number loses digits: read the id from GET /me instead.
 */
export const CodeExchangeResponse = z.strictObject({
  access_token: z.string(),
  user_id: z.number().positive(),
});

/** [long] GET /access_token?grant_type=th_exchange_token&client_secret&access_token. */
export const LongLivedExchange = z.strictObject({
  grant_type: z.literal('th_exchange_token'),
  client_secret: z.string().min(1),
  access_token: z.string().min(1),
});
/** [long] GET /refresh_access_token?grant_type=th_refresh_token&access_token. */
export const LongLivedRefresh = z.strictObject({
  grant_type: z.literal('th_refresh_token'),
  access_token: z.string().min(1),
});
/** [long] {access_token, token_type: bearer, expires_in} for both. */
export const LongLivedResponse = z.strictObject({
  access_token: z.string(),
  token_type: z.literal('bearer'),
  expires_in: z.number().int().positive(),
});

/** [profile] Profile fields of GET /me. */
export const PROFILE_FIELDS = [
  'id',
  'username',
  'name',
  'threads_profile_picture_url',
  'threads_biography',
  'is_verified',
] as const;
export const Profile = z.strictObject({
  id: numericId,
  username: z.string().optional(),
  name: z.string().optional(),
  threads_profile_picture_url: z.string().optional(),
  threads_biography: z.string().optional(),
  is_verified: z.boolean().optional(),
});

/** [publish] POST /{threads-user-id}/threads params. */
export const CreateContainerParams = z.strictObject({
  ...token,
  media_type: z.enum(['TEXT', 'IMAGE', 'VIDEO', 'CAROUSEL']),
  text: z.string().optional(),
  image_url: z.url().optional(),
  video_url: z.url().optional(),
  is_carousel_item: bool.optional(),
  children: z.string().optional(), // comma-separated container ids
  reply_to_id: numericId.optional(),
  reply_control: z
    .enum(['everyone', 'accounts_you_follow', 'mentioned_only', 'parent_post_author_only', 'followers_only'])
    .optional(),
  allowlisted_country_codes: z.string().optional(),
  alt_text: z.string().max(1000).optional(),
  link_attachment: z.url().optional(),
  quote_post_id: numericId.optional(),
  topic_tag: z.string().optional(),
  location_id: z.string().optional(),
  auto_publish_text: bool.optional(),
});

/** [publish] Both POSTs answer the new container's or post's id. */
export const CreatedId = z.strictObject({ id: numericId });

/** [publish] POST /{threads-user-id}/threads_publish params. */
export const PublishParams = z.strictObject({ ...token, creation_id: numericId });

/** [trouble] GET /{container-id}?fields=status,error_message. */
export const ContainerStatus = z.strictObject({
  id: numericId,
  status: z.enum(['EXPIRED', 'ERROR', 'FINISHED', 'IN_PROGRESS', 'PUBLISHED']).optional(),
  error_message: z
    .enum([
      'FAILED_DOWNLOADING_VIDEO',
      'FAILED_PROCESSING_AUDIO',
      'FAILED_PROCESSING_VIDEO',
      'INVALID_ASPEC_RATIO',
      'INVALID_BIT_RATE',
      'INVALID_DURATION',
      'INVALID_FRAME_RATE',
      'INVALID_AUDIO_CHANNELS',
      'INVALID_AUDIO_CHANNEL_LAYOUT',
      'UNKNOWN',
    ])
    .optional(),
});

/** [user] and [retrieve]: fields of a post in GET /{threads-user-id}/threads and GET /{media-id}. */
export const POST_FIELDS = [
  'id',
  'media_product_type',
  'media_type',
  'media_url',
  'permalink',
  'owner',
  'username',
  'text',
  'timestamp',
  'shortcode',
  'is_quote_post',
  'has_replies',
  'alt_text',
] as const;
export const Post = z.strictObject({
  id: numericId,
  media_product_type: z.literal('THREADS').optional(),
  media_type: z.enum(['TEXT_POST', 'IMAGE', 'VIDEO', 'CAROUSEL_ALBUM', 'AUDIO', 'REPOST_FACADE']).optional(),
  media_url: z.string().optional(),
  permalink: z.string().optional(),
  owner: z.strictObject({ id: numericId }).optional(),
  username: z.string().optional(),
  text: z.string().optional(),
  timestamp: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/)
    .optional(),
  shortcode: z.string().optional(),
  is_quote_post: z.boolean().optional(),
  has_replies: z.boolean().optional(),
  alt_text: z.string().optional(),
});
/** [user] GET /{threads-user-id}/threads params. */
export const ListParams = z.strictObject({
  ...token,
  fields: z.string().optional(),
  since: z.string().optional(),
  until: z.string().optional(),
  limit: z.string().regex(/^\d+$/).optional(),
  before: z.string().optional(),
  after: z.string().optional(),
});

/** [insights] User metrics and GET /{threads-user-id}/threads_insights params. */
export const USER_METRICS = [
  'views',
  'likes',
  'replies',
  'reposts',
  'quotes',
  'clicks',
  'followers_count',
  'follower_demographics',
] as const;
export const InsightsParams = z.strictObject({
  ...token,
  metric: z.string().min(1),
  since: z.string().regex(/^\d+$/).optional(),
  until: z.string().regex(/^\d+$/).optional(),
  breakdown: z.enum(['country', 'city', 'age', 'gender']).optional(),
});
/** [insights] followers_count answers a total_value; the others a daily series or a total. */
export const InsightsResponse = z.strictObject({
  data: z.array(
    z.strictObject({
      name: z.enum(USER_METRICS),
      period: z.enum(['day', 'lifetime']),
      title: z.string(),
      description: z.string(),
      id: z.string(),
      total_value: z.strictObject({ value: z.number().int() }).optional(),
      values: z.array(z.strictObject({ value: z.number().int(), end_time: z.string() })).optional(),
    }),
  ),
});

/** [trouble] GET /{threads-user-id}/threads_publishing_limit: 250 posts and 1,000 replies per 24 hours. */
export const PublishingLimit = z.strictObject({
  data: z.array(
    z.strictObject({
      quota_usage: z.number().int().optional(),
      config: z.strictObject({ quota_total: z.number().int(), quota_duration: z.number().int() }).optional(),
      reply_quota_usage: z.number().int().optional(),
      reply_config: z
        .strictObject({ quota_total: z.number().int(), quota_duration: z.number().int() })
        .optional(),
    }),
  ),
});

/** Errors are Graph errors ([trouble]); Threads-specific ones carry type THApiException. */
export const ErrorBody = z.strictObject({
  error: z.strictObject({
    message: z.string(),
    type: z.enum(['OAuthException', 'THApiException']),
    code: z.number().int(),
    error_subcode: z.number().int().optional(),
    is_transient: z.boolean().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    fbtrace_id: z.string(),
  }),
});
