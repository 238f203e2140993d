// sharp holds about 30 MB: a core that starts, answers the calendar and sits idle must not load
// it, and the first image added loads it (npm run bench measures the idle memory this keeps low).
import { afterEach, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

const loads = vi.hoisted(() => ({ sharp: 0 }));
vi.mock('sharp', async (importOriginal) => {
  loads.sharp++;
  return importOriginal();
});

// A 1 × 1 PNG, written out so that nothing in the test itself loads sharp.
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let running: TestCore | undefined;
const data = tempDir();
afterEach(async () => {
  await running?.core.close();
  data.cleanup();
});

it('loads the image library only when the first image is added', async () => {
  running = startTestCore({ dataDir: data.dir });
  const { core } = running;
  const post = await core.invoke('posts.create', { body: 'Text only' });
  if (!post.ok) throw new Error(post.error.message);
  expect((await core.invoke('calendar.range', { from: 0, to: 30 * 86_400_000 })).ok).toBe(true);
  await core.whenIdle();
  expect(loads.sharp).toBe(0);

  const added = await core.invoke('media.add', {
    postId: (post.value as { id: string }).id,
    fileName: 'dot.png',
    mimeType: 'image/png',
    dataBase64: ONE_PIXEL_PNG,
  });
  expect(added.ok).toBe(true);
  expect(loads.sharp).toBe(1);
});
