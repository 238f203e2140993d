// Instagram's two-step publishing (developers.facebook.com/docs/instagram-platform/
// instagram-graph-api/content-publishing): a container per image (POST /{ig-user-id}/media with
// image_url, or is_carousel_item for a carousel's photos, then one CAROUSEL container over
// them), polled while its status_code is IN_PROGRESS, then media_publish. The waits run on the
// injected clock and are bounded: a container still not ready is given up as retryable, since
// nothing was posted yet. media_publish answering 9007 (not ready) is tried again with the same
// container, which is safe: a container publishes once at most.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { Clock } from '../../clock';
import type { OutgoingImage } from '../connector';
import { beforeThePost, ConnectorError } from '../connector-error';
import type { GraphApi } from '../meta-graph/graph-api';
import { GraphRefusal } from '../meta-graph/graph-errors';

export interface ContainerWait {
  /** The pause before the second status poll; each later pause doubles, up to maxPollMs. */
  firstPollMs: number;
  maxPollMs: number;
  /** How long a container may stay IN_PROGRESS before the send is given up as retryable. */
  maxWaitMs: number;
}

/** Meta suggests polling about once a minute for up to five minutes; photos are usually ready in seconds. */
export const DEFAULT_CONTAINER_WAIT: ContainerWait = {
  firstPollMs: 2_000,
  maxPollMs: 30_000,
  maxWaitMs: 5 * 60_000,
};

const MEDIA_NOT_READY = 9007;

const Created = z.object({ id: z.string().min(1) });
const Status = z.object({
  id: z.string(),
  status_code: z.string().optional(),
  status: z.string().optional(),
});

export interface ImageForContainer {
  image: OutgoingImage;
  /** Where Instagram downloads it from. */
  url: string;
}

/** The container to publish: one image's, or a carousel's over one container per image. */
export async function buildContainer(
  api: GraphApi,
  clock: Clock,
  igUserId: string,
  images: ImageForContainer[],
  caption: string,
  wait: ContainerWait,
): Promise<string> {
  if (images.length === 1) {
    const id = await create(api, igUserId, imageParams(images[0]!, { caption: caption || undefined }));
    await untilFinished(api, clock, id, wait);
    return id;
  }
  const children: string[] = [];
  for (const item of images)
    children.push(await create(api, igUserId, imageParams(item, { is_carousel_item: true })));
  // Each photo is fetched and checked before the carousel is made of them.
  for (const child of children) await untilFinished(api, clock, child, wait);
  const id = await create(api, igUserId, {
    media_type: 'CAROUSEL',
    children: children.join(','),
    caption: caption || undefined,
  });
  await untilFinished(api, clock, id, wait);
  return id;
}

/** media_publish, waiting and asking again while Instagram says the media is not ready (9007). */
export async function publishContainer(
  api: GraphApi,
  clock: Clock,
  igUserId: string,
  containerId: string,
  wait: ContainerWait,
): Promise<string> {
  const started = clock.now();
  for (let pause = wait.firstPollMs; ; pause = Math.min(pause * 2, wait.maxPollMs)) {
    try {
      const published = await api.call(
        {
          method: 'POST',
          path: `/${encodeURIComponent(igUserId)}/media_publish`,
          params: { creation_id: containerId },
          during: 'publish',
          objectId: igUserId,
        },
        Created,
      );
      return published.id;
    } catch (error) {
      if (!(error instanceof GraphRefusal) || error.code !== MEDIA_NOT_READY) throw error;
      if (clock.now() - started + pause > wait.maxWaitMs) throw notReady(error.details);
      await sleep(clock, pause);
    }
  }
}

function imageParams(item: ImageForContainer, extra: Record<string, string | boolean | undefined>) {
  return { image_url: item.url, alt_text: item.image.altText.trim() || undefined, ...extra };
}

async function create(api: GraphApi, igUserId: string, params: Record<string, string | boolean | undefined>) {
  try {
    const created = await api.call(
      {
        method: 'POST',
        path: `/${encodeURIComponent(igUserId)}/media`,
        params,
        during: 'upload',
        subject: 'photos',
        objectId: igUserId,
      },
      Created,
    );
    return created.id;
  } catch (error) {
    // A container is not a post: one whose answer was lost is simply never published.
    throw beforeThePost(error);
  }
}

async function untilFinished(api: GraphApi, clock: Clock, containerId: string, wait: ContainerWait) {
  const started = clock.now();
  for (let pause = wait.firstPollMs; ; pause = Math.min(pause * 2, wait.maxPollMs)) {
    const status = await api.call(
      {
        path: `/${encodeURIComponent(containerId)}`,
        params: { fields: 'status_code,status' },
        during: 'upload',
      },
      Status,
    );
    if (status.status_code === 'FINISHED' || status.status_code === 'PUBLISHED') return;
    if (status.status_code === 'ERROR') {
      throw new ConnectorError(
        'rejected',
        say('connectors.instagram.photosUnusable', { said: status.status ?? 'ERROR' }),
        { serverAnswer: status.status ?? status.status_code },
      );
    }
    if (status.status_code === 'EXPIRED' || clock.now() - started + pause > wait.maxWaitMs) {
      throw notReady({ serverAnswer: status.status ?? status.status_code });
    }
    await sleep(clock, pause);
  }
}

function notReady(details: ConnectorError['details']): ConnectorError {
  return new ConnectorError('server', say('connectors.instagram.stillPreparing'), details);
}

function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimer(resolve, ms));
}
