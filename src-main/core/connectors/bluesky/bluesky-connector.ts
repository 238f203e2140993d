// Bluesky: sign in with a handle and app password against any PDS, rich text with mention,
// link and tag facets, up to four images with alt text, replies (an inbox answer), and
// idempotent publishing through putRecord at a record key derived from the post target.
import type { AtpAgent } from '@atproto/api';
import type { BlueskyConnect } from '../../../shared/connect-inputs';
import { validatePostForNetwork } from '../../../shared/text-rules';
import type {
  Account,
  AccountProfile,
  Connection,
  Connector,
  ConnectorContext,
  OutgoingPost,
  Verification,
} from '../connector';
import type { LinkCardReader } from '../../link-cards/link-card-reader';
import { loadAtprotoApi } from './atproto-library';
import { externalEmbed } from './bluesky-link-card';
import { prepareImage } from './bluesky-images';
import { replyRefs } from './bluesky-reply';
import { blueskySessionsFor, signIn, toConnectorError } from './bluesky-session';
import { recordKeyFor } from './record-key';

const POST_COLLECTION = 'app.bsky.feed.post';

export function blueskyConnector(ctx: ConnectorContext): Connector<BlueskyConnect> {
  const buildRecord = (agent: AtpAgent, post: OutgoingPost) => recordOf(agent, post, ctx.linkCards);
  const sessions = blueskySessionsFor(ctx);
  const withAgent = <T>(account: Account, work: (agent: AtpAgent) => Promise<T>): Promise<T> =>
    sessions.run(account, 'publish', work);
  return {
    network: 'bluesky',
    limitsOf: () => null,

    validate: (post) =>
      validatePostForNetwork('bluesky', { text: post.text, images: post.images.map(imageFacts) }),

    async connect(input) {
      const service = input.serviceUrl.replace(/\/+$/, '');
      const { agent, secret } = await signIn(ctx, service, input.identifier, input.appPassword);
      const connection: Connection = {
        secret: JSON.stringify(secret),
        serverUrl: service,
        settings: {},
        profile: await readProfile(agent),
      };
      return connection;
    },

    test: (account) => withAgent(account, readProfile),

    profile: (account) => withAgent(account, readProfile),

    publish: (account, post) =>
      withAgent(account, async (agent) => {
        const rkey = await recordKeyFor(post.targetId, post.firstAttemptAt);
        const result = await agent.com.atproto.repo.putRecord({
          repo: agent.session!.did,
          collection: POST_COLLECTION,
          rkey,
          record: await buildRecord(agent, post),
        });
        return { remoteId: result.data.uri, remoteUrl: webUrl(agent.session!.handle, rkey) };
      }),

    verify: (account, post) =>
      withAgent(account, async (agent): Promise<Verification> => {
        const rkey = await recordKeyFor(post.targetId, post.firstAttemptAt);
        try {
          const found = await agent.com.atproto.repo.getRecord({
            repo: agent.session!.did,
            collection: POST_COLLECTION,
            rkey,
          });
          return {
            status: 'published',
            remoteId: found.data.uri,
            remoteUrl: webUrl(agent.session!.handle, rkey),
          };
        } catch (error) {
          const failure = toConnectorError(error, 'read');
          if (/RecordNotFound|Could not locate record/i.test(failure.details.serverAnswer ?? '')) {
            return { status: 'absent' };
          }
          throw failure;
        }
      }),
  };
}

async function recordOf(
  agent: AtpAgent,
  post: OutgoingPost,
  linkCards: LinkCardReader | undefined,
): Promise<Record<string, unknown>> {
  const { RichText } = await loadAtprotoApi();
  const rich = new RichText({ text: post.text });
  // Resolves @handles to DIDs and finds links and #tags, with byte offsets as Bluesky needs.
  await rich.detectFacets(agent);
  const record: Record<string, unknown> = {
    $type: POST_COLLECTION,
    text: rich.text,
    // The first attempt's time, so every retry writes an identical record.
    createdAt: new Date(post.firstAttemptAt).toISOString(),
  };
  if (rich.facets && rich.facets.length > 0) record.facets = rich.facets;
  if (post.replyTo) record.reply = await replyRefs(agent, post.replyTo);
  if (post.images.length > 0) {
    const images = [];
    for (const image of post.images) {
      const prepared = await prepareImage(image);
      const upload = await agent.uploadBlob(prepared.bytes, { encoding: prepared.mimeType });
      images.push({
        image: upload.data.blob,
        alt: image.altText,
        aspectRatio: { width: prepared.width, height: prepared.height },
      });
    }
    record.embed = { $type: 'app.bsky.embed.images', images };
  } else if (linkCards) {
    // Read now, at sending, so a post written offline still goes out with its card.
    const external = await externalEmbed(agent, post.text, linkCards);
    if (external) record.embed = external;
  }
  return record;
}

async function readProfile(agent: AtpAgent): Promise<AccountProfile> {
  const session = agent.session!;
  const base: AccountProfile = {
    handle: session.handle,
    displayName: null,
    avatarUrl: null,
    followersCount: null,
    remoteAccountId: session.did,
  };
  try {
    const profile = await agent.getProfile({ actor: session.did });
    return {
      ...base,
      handle: profile.data.handle,
      displayName: profile.data.displayName ?? null,
      avatarUrl: profile.data.avatar ?? null,
      followersCount: profile.data.followersCount ?? null,
    };
  } catch {
    // A PDS without an AppView cannot answer getProfile; the session still names the account.
    return base;
  }
}

function webUrl(handle: string, rkey: string): string {
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}

function imageFacts(image: OutgoingPost['images'][number]) {
  return {
    byteSize: image.bytes.byteLength,
    altText: image.altText,
    mimeType: image.mimeType,
    video: image.video,
  };
}
