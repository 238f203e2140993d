// Image and video uploads through /api/v2/media. Mastodon may answer 202 while it still
// processes the file, and a status cannot attach it until then, so Cadence polls before posting.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { OutgoingImage } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import type { MastodonApi } from './mastodon-api';

const MediaAttachment = z.object({ id: z.string().min(1), url: z.string().nullish() });

export interface MediaWait {
  /** The first pause before asking again; later pauses double, up to a second. */
  firstPollMs: number;
  /** How long an upload may stay in processing before the attempt is given up as retryable. */
  maxWaitMs: number;
}

export const DEFAULT_MEDIA_WAIT: MediaWait = { firstPollMs: 100, maxWaitMs: 20_000 };

/** Mastodon transcodes every video, which takes far longer than resizing a photo. */
const VIDEO_WAIT_FACTOR = 6;

/** Uploads one image or video with its alt text; resolves with its id once it can be attached. */
export async function uploadImage(api: MastodonApi, image: OutgoingImage, wait: MediaWait): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(image.bytes)], { type: image.mimeType }), image.fileName);
  if (image.altText.trim() !== '') form.append('description', image.altText);
  const reply = await api.call('/api/v2/media', { method: 'POST', form, during: 'upload' });
  const media = parseMedia(reply.body, image.fileName);
  const patience = image.video ? { ...wait, maxWaitMs: wait.maxWaitMs * VIDEO_WAIT_FACTOR } : wait;
  if (reply.status === 202 || !media.url) await waitUntilProcessed(api, media.id, image.fileName, patience);
  return media.id;
}

async function waitUntilProcessed(
  api: MastodonApi,
  id: string,
  fileName: string,
  wait: MediaWait,
): Promise<void> {
  const deadline = Date.now() + wait.maxWaitMs;
  let pause = wait.firstPollMs;
  while (Date.now() + pause <= deadline) {
    await sleep(pause);
    // 206 Partial Content means "still processing"; 200 means the file is ready.
    const reply = await api.call(`/api/v1/media/${encodeURIComponent(id)}`, { during: 'upload' });
    if (reply.status === 200 && parseMedia(reply.body, fileName).url) return;
    pause = Math.min(pause * 2, 1_000);
  }
  throw new ConnectorError('server', say('connectors.mastodon.stillProcessing', { file: fileName }));
}

function parseMedia(body: unknown, fileName: string): z.infer<typeof MediaAttachment> {
  const parsed = MediaAttachment.safeParse(body);
  if (!parsed.success) {
    throw new ConnectorError('server', say('connectors.mastodon.oddUploadAnswer', { file: fileName }));
  }
  return parsed.data;
}
