// Publishing on Threads (developers.facebook.com/docs/threads/posts): a media container first
// (TEXT, IMAGE with image_url, or a CAROUSEL of IMAGE items), then, once its status is FINISHED,
// threads_publish. Only that last request can leave a post behind: a container whose answer was
// lost is never published and expires, so everything before it may simply be tried again.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { Clock } from '../../clock';
import type { OutgoingPost, Published } from '../connector';
import { beforeThePost, ConnectorError } from '../connector-error';
import { pollUntil, type ProcessingWait } from '../pause';
import type { ThreadsApi } from './threads-api';
import type { PublicImageHost } from './threads-images';

/** Threads asks apps to wait for the container; text is usually ready at once, photos in seconds. */
export const DEFAULT_CONTAINER_WAIT: ProcessingWait = {
  firstPollMs: 1_000,
  maxPollMs: 10_000,
  maxWaitMs: 120_000,
};

const Created = z.object({ id: z.string().regex(/^\d+$/) });
const Status = z.object({
  status: z.enum(['EXPIRED', 'ERROR', 'FINISHED', 'IN_PROGRESS', 'PUBLISHED']).optional(),
  error_message: z.string().optional(),
});
const Permalink = z.object({ permalink: z.string().optional() });

export interface ThreadsSend {
  api: ThreadsApi;
  userId: string;
  post: OutgoingPost;
  /** Where the post's photos go so Threads can download them; null for a text-only post. */
  host: PublicImageHost | null;
  clock: Clock;
  wait: ProcessingWait;
}

export async function publishThread(send: ThreadsSend): Promise<Published> {
  const { api, userId, post } = send;
  let creationId: string;
  try {
    creationId = await prepareContainer(send);
  } catch (error) {
    throw beforeThePost(error);
  }
  const answer = await api.call({
    method: 'POST',
    path: `/${userId}/threads_publish`,
    params: { creation_id: creationId },
    during: 'publish',
    replying: post.replyTo !== undefined,
  });
  const created = Created.safeParse(answer.json);
  if (!created.success) {
    // Threads took it, but without an id Cadence cannot link it: check before anything else.
    throw new ConnectorError('unknown', say('connectors.threads.unreadableAnswer'));
  }
  return { remoteId: created.data.id, remoteUrl: await permalinkOf(api, created.data.id) };
}

/** The post's address on threads.net; null when Threads does not say (the post is out either way). */
export async function permalinkOf(api: ThreadsApi, id: string): Promise<string | null> {
  try {
    const answer = await api.call({ path: `/${id}`, params: { fields: 'permalink' }, during: 'read' });
    const parsed = Permalink.safeParse(answer.json);
    return parsed.success ? (parsed.data.permalink ?? null) : null;
  } catch {
    return null;
  }
}

/** The container to publish, FINISHED; carousel items are each finished before the carousel. */
async function prepareContainer(send: ThreadsSend): Promise<string> {
  const { post, host } = send;
  // Hosting a photo leaves no post behind; the host takes them all down after the send.
  const images: string[] = [];
  for (const image of post.images) images.push(await host!.host(image));
  const text: Record<string, string> = post.text.trim() === '' ? {} : { text: post.text };
  const reply: Record<string, string> = post.replyTo ? { reply_to_id: post.replyTo.parent.id } : {};
  if (images.length === 0) return container(send, { media_type: 'TEXT', ...text, ...reply });
  if (images.length === 1) {
    return container(send, {
      media_type: 'IMAGE',
      image_url: images[0]!,
      ...altText(post, 0),
      ...text,
      ...reply,
    });
  }
  const children: string[] = [];
  for (const [index, image] of images.entries()) {
    children.push(
      await container(send, {
        media_type: 'IMAGE',
        image_url: image,
        is_carousel_item: 'true',
        ...altText(post, index),
      }),
    );
  }
  return container(send, { media_type: 'CAROUSEL', children: children.join(','), ...text, ...reply });
}

async function container(send: ThreadsSend, params: Record<string, string>): Promise<string> {
  const answer = await send.api.call({
    method: 'POST',
    path: `/${send.userId}/threads`,
    params,
    during: 'container',
    replying: params.reply_to_id !== undefined,
  });
  const created = Created.safeParse(answer.json);
  if (!created.success) throw new ConnectorError('server', say('connectors.threads.oddNewPostAnswer'));
  await waitUntilFinished(send, created.data.id);
  return created.data.id;
}

async function waitUntilFinished(send: ThreadsSend, containerId: string): Promise<void> {
  const finished = await pollUntil(send.clock, send.wait, async () => {
    const answer = await send.api.call({
      path: `/${containerId}`,
      params: { fields: 'status,error_message' },
      during: 'container',
    });
    const { status, error_message } = Status.safeParse(answer.json).data ?? {};
    if (status === 'ERROR' || status === 'EXPIRED') {
      throw new ConnectorError(
        'rejected',
        say('connectors.threads.couldNotPrepare', { said: error_message ?? status }),
      );
    }
    return status === 'FINISHED';
  });
  if (!finished) {
    throw new ConnectorError('server', say('connectors.threads.stillPreparing'));
  }
}

function altText(post: OutgoingPost, index: number): Record<string, string> {
  const alt = post.images[index]?.altText.trim();
  return alt ? { alt_text: alt } : {};
}
