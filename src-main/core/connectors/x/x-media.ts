// Photos through X's media upload v2 (docs.x.com/x-api/media/upload-media): one multipart
// POST /2/media/upload per image (images stop at 5 MB, well inside one request), a status poll
// while X still processes it, then its alt text through POST /2/media/metadata.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { OutgoingImage } from '../connector';
import { ConnectorError } from '../connector-error';
import { imageBlob } from '../http/http-call';
import { say } from '../../../shared/messages/owner-message';
import type { XApi } from './x-api';

const Uploaded = z.object({
  data: z.object({
    id: z.string().min(1),
    processing_info: z
      .object({ state: z.string(), check_after_secs: z.number().nonnegative().optional() })
      .optional(),
  }),
});

export interface MediaWait {
  /** The longest pause between status polls, whatever X's check_after_secs says. */
  maxPollMs: number;
  /** How long an upload may stay in processing before the attempt is given up as retryable. */
  maxWaitMs: number;
}

export const DEFAULT_MEDIA_WAIT: MediaWait = { maxPollMs: 2_000, maxWaitMs: 30_000 };

/** Uploads one image with its alt text; resolves with its media id once a post can use it. */
export async function uploadImage(api: XApi, image: OutgoingImage, wait: MediaWait): Promise<string> {
  const form = new FormData();
  form.append('media', imageBlob(image), image.fileName);
  // X shows an animated GIF only when it is uploaded as one.
  form.append('media_category', image.mimeType === 'image/gif' ? 'tweet_gif' : 'tweet_image');
  const answer = await api.call({
    method: 'POST',
    path: '/2/media/upload',
    form,
    during: 'upload',
    subject: { part: 'photo', file: image.fileName },
  });
  const media = parse(answer.json, image.fileName);
  await waitUntilProcessed(api, media, image.fileName, wait);
  if (image.altText.trim() !== '') {
    await api.call({
      method: 'POST',
      path: '/2/media/metadata',
      json: { id: media.id, metadata: { alt_text: { text: image.altText } } },
      during: 'upload',
      subject: { part: 'description', file: image.fileName },
    });
  }
  return media.id;
}

async function waitUntilProcessed(
  api: XApi,
  uploaded: z.infer<typeof Uploaded>['data'],
  fileName: string,
  wait: MediaWait,
): Promise<void> {
  const deadline = Date.now() + wait.maxWaitMs;
  let info = uploaded.processing_info;
  while (info && info.state !== 'succeeded') {
    if (info.state === 'failed') {
      throw new ConnectorError('rejected', say('connectors.x.photoUnprocessable', { file: fileName }));
    }
    const pause = Math.min((info.check_after_secs ?? 1) * 1000, wait.maxPollMs);
    if (Date.now() + pause > deadline) {
      throw new ConnectorError('server', say('connectors.x.stillProcessing', { file: fileName }));
    }
    await sleep(pause);
    const query = new URLSearchParams({ media_id: uploaded.id, command: 'STATUS' });
    const answer = await api.call({ path: `/2/media/upload?${query.toString()}`, during: 'upload' });
    info = parse(answer.json, fileName).processing_info;
  }
}

function parse(json: unknown, fileName: string): z.infer<typeof Uploaded>['data'] {
  const parsed = Uploaded.safeParse(json);
  if (!parsed.success) {
    throw new ConnectorError('server', say('connectors.x.oddUploadAnswer', { file: fileName }));
  }
  return parsed.data.data;
}
