import { describe, expect, it } from 'vitest';
import type { Network, VideoFacts } from '../../src-main/shared/entities';
import { MEDIA_RULES, checkImages, type ImageFacts } from '../../src-main/shared/text-rules';
import { checkVideo } from '../../src-main/shared/text-rules/video-rules';

const h264: VideoFacts = { durationMs: 12_000, codec: 'avc1.64001f', width: 1080, height: 1920 };
const clip = (video: Partial<VideoFacts> = {}, byteSize = 3_000_000): ImageFacts => ({
  byteSize,
  altText: '',
  mimeType: 'video/mp4',
  video: { ...h264, ...video },
});
const photo: ImageFacts = { byteSize: 200_000, altText: 'Our bread', mimeType: 'image/jpeg' };

describe('video rules', () => {
  it('refuses a video, in words naming the network, where Cadence does not send videos', () => {
    const refusing = (Object.keys(MEDIA_RULES) as Network[]).filter(
      (network) => !MEDIA_RULES[network].video.sent,
    );
    expect(refusing).toContain('bluesky');
    expect(refusing).not.toContain('mastodon');
    for (const network of refusing) {
      const problems = checkImages(network, [photo, clip()]);
      expect(problems.filter((p) => p.code === 'video-not-sent')).toEqual([
        expect.objectContaining({
          severity: 'error',
          key: 'media.videoNotSent',
          params: expect.objectContaining({ video: 1 }),
        }),
      ]);
    }
  });

  it('lets a webhook take a video as it is, and Mastodon within its 99 MB', () => {
    expect(
      checkImages('webhook', [clip({ durationMs: 3_600_000, codec: 'hvc1.1.6.L93.B0' }, 19_000_000)]),
    ).toEqual([]);
    expect(checkImages('mastodon', [{ ...clip(), altText: 'Bread in the oven' }])).toEqual([]);
    expect(checkImages('mastodon', [clip({}, 100 * 1024 * 1024)]).map((p) => p.code)).toEqual([
      'video-too-large',
    ]);
  });

  it('numbers photos and videos each on their own', () => {
    const problems = checkImages('bluesky', [clip(), { ...photo, altText: '' }]);
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ['video-not-sent', expect.objectContaining({ video: 1 })],
      ['alt-text-missing', expect.objectContaining({ photo: 1 })],
    ]);
  });

  it("checks size, length and codec against a network's limits", () => {
    const x = { ...MEDIA_RULES.x.video, sent: true };
    expect(checkVideo('x', x, { byteSize: 3_000_000, video: h264 }, 1)).toEqual([]);
    const problems = checkVideo(
      'x',
      x,
      { byteSize: 600_000_000, video: { ...h264, durationMs: 140_400, codec: 'hvc1.1.6.L93.B0' } },
      2,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'video-too-large',
        params: { video: 2, network: 'X', size: 600, limit: 512 },
      }),
      expect.objectContaining({
        code: 'video-too-long',
        params: { video: 2, network: 'X', seconds: 141, limit: 140 },
      }),
      expect.objectContaining({
        code: 'video-codec',
        message: 'Video 2 is encoded as HEVC; X plays H.264. Export it again as H.264 MP4.',
      }),
    ]);
  });

  it('counts a video towards the number of media a network takes', () => {
    const four = [photo, photo, photo, photo];
    expect(checkImages('bluesky', [...four, clip()]).map((p) => p.code)).toContain('too-many-images');
  });
});
