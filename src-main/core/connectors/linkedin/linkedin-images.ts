// Photos through LinkedIn's Images API (learn.microsoft.com/linkedin/marketing/community-
// management/shares/images-api): initializeUpload names the owner (the post's author) and gives
// an upload URL and the image's URN, the bytes go there in a PUT, and the image is ready for a
// post once its status is AVAILABLE. None of this can leave a post behind.
import { z } from 'zod';
import type { Clock } from '../../clock';
import type { OutgoingImage } from '../connector';
import { ConnectorError } from '../connector-error';
import { say } from '../../../shared/messages/owner-message';
import { imageBlob } from '../http/http-call';
import { pollUntil, type ProcessingWait } from '../pause';
import { isOrganization, NEEDS } from './linkedin-accounts';
import type { LinkedInApi } from './linkedin-api';

export const DEFAULT_IMAGE_WAIT: ProcessingWait = { firstPollMs: 1_000, maxPollMs: 5_000, maxWaitMs: 60_000 };

const Initialized = z.object({
  value: z.object({ uploadUrl: z.string().url(), image: z.string().regex(/^urn:li:image:/) }),
});
const Image = z.object({
  status: z.enum(['WAITING_UPLOAD', 'PROCESSING', 'AVAILABLE', 'PROCESSING_FAILED']).optional(),
});

/** Uploads one photo for `author`; resolves with its URN once LinkedIn can use it. */
export async function uploadImage(
  api: LinkedInApi,
  author: string,
  image: OutgoingImage,
  clock: Clock,
  wait: ProcessingWait,
): Promise<string> {
  const needs = isOrganization(author) ? NEEDS.organizationPosts : NEEDS.memberPosts;
  const answer = await api.call({
    method: 'POST',
    path: '/rest/images',
    query: { action: 'initializeUpload' },
    body: { initializeUploadRequest: { owner: author } },
    during: 'upload',
    needs,
  });
  const initialized = Initialized.safeParse(answer.json);
  if (!initialized.success) {
    throw new ConnectorError('server', say('connectors.linkedin.oddUploadAnswer', { file: image.fileName }));
  }
  const { uploadUrl, image: urn } = initialized.data.value;
  await api.call({ method: 'PUT', path: uploadUrl, body: imageBlob(image), during: 'upload', needs });
  const ready = await pollUntil(clock, wait, async () => {
    const status = Image.safeParse(
      (await api.call({ path: `/rest/images/${encodeURIComponent(urn)}`, during: 'upload' })).json,
    ).data?.status;
    if (status === 'PROCESSING_FAILED') {
      throw new ConnectorError(
        'rejected',
        say('connectors.linkedin.photoUnprocessable', { file: image.fileName }),
      );
    }
    return status === 'AVAILABLE';
  });
  if (!ready) {
    throw new ConnectorError('server', say('connectors.linkedin.stillProcessing', { file: image.fileName }));
  }
  return urn;
}
