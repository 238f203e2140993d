// A public host for Threads photos in tests, built as the Meta connector's unpublished-photo
// solution works: the photo goes to the fake Facebook Page with published=false, its CDN
// address (GET /{photo-id}?fields=images) is what Threads downloads, and it is deleted after.
// It stands in for connectors/meta-graph's host so the Threads tests need only the Meta fake.
import type { OutgoingImage } from '../../src-main/core/connectors/connector';
import type { PublicImageHost } from '../../src-main/core/connectors/threads/threads-images';
import type { MetaGraphFake } from '../fakes/meta/graph-fake';

export async function metaPageImageHost(
  meta: MetaGraphFake,
): Promise<PublicImageHost & { removed: string[] }> {
  const accounts = (await (
    await fetch(`${meta.graphUrl}/me/accounts?access_token=${meta.userToken()}`)
  ).json()) as {
    data: Array<{ access_token: string }>;
  };
  const pageToken = accounts.data[0]!.access_token;
  const removed: string[] = [];
  return {
    where: `your Facebook Page “${meta.page.name}”`,
    removed,
    async host(image: OutgoingImage) {
      const form = new FormData();
      form.append(
        'source',
        new Blob([new Uint8Array(image.bytes)], { type: image.mimeType }),
        image.fileName,
      );
      form.append('published', 'false');
      const photo = (await (
        await fetch(`${meta.graphUrl}/${meta.page.id}/photos?access_token=${pageToken}`, {
          method: 'POST',
          body: form,
        })
      ).json()) as { id: string };
      const node = (await (
        await fetch(`${meta.graphUrl}/${photo.id}?fields=images&access_token=${pageToken}`)
      ).json()) as { images: Array<{ source: string }> };
      return {
        url: node.images[0]!.source,
        async remove() {
          await fetch(`${meta.graphUrl}/${photo.id}?access_token=${pageToken}`, { method: 'DELETE' });
          removed.push(photo.id);
        },
      };
    },
  };
}
