// What each network takes in a video, checked against what Cadence read of the mp4 when it was
// attached (core/store/video-facts.ts). The values live in MEDIA_RULES, next to the photo rules.
import { NETWORK_LABELS, type Network, type VideoFacts } from '../entities';
import { say } from '../messages/owner-message';
import { megabyteFor, megabytes, type Problem } from './problems';

export interface VideoRules {
  /** Whether Cadence's connector for this network uploads videos; where not, a video is refused. */
  sent: boolean;
  /** The largest video the network takes, or null when only Cadence's own 20 MB limit applies. */
  maxBytes: number | null;
  maxDurationSeconds: number | null;
  /** The codecs the network plays, by the start of their RFC 6381 name ("avc1" is H.264); null: any. */
  codecs: readonly string[] | null;
}

/** The names owners know for the codec families networks ask for. */
const CODEC_NAMES: Record<string, string> = { avc1: 'H.264', avc3: 'H.264', hvc1: 'HEVC', hev1: 'HEVC' };

export interface VideoItem {
  byteSize: number;
  video: VideoFacts;
}

/** Problems of one video (the {{video}}th of the post) for one network. */
export function checkVideo(network: Network, rules: VideoRules, item: VideoItem, video: number): Problem[] {
  const name = NETWORK_LABELS[network];
  if (!rules.sent) {
    return [
      { severity: 'error', code: 'video-not-sent', ...say('media.videoNotSent', { video, network: name }) },
    ];
  }
  const problems: Problem[] = [];
  if (rules.maxBytes !== null && item.byteSize > rules.maxBytes) {
    const megabyte = megabyteFor(rules.maxBytes);
    problems.push({
      severity: 'error',
      code: 'video-too-large',
      ...say('media.videoTooLarge', {
        video,
        network: name,
        size: megabytes(item.byteSize, megabyte),
        limit: megabytes(rules.maxBytes, megabyte),
      }),
    });
  }
  const seconds = Math.ceil(item.video.durationMs / 1000);
  if (rules.maxDurationSeconds !== null && seconds > rules.maxDurationSeconds) {
    problems.push({
      severity: 'error',
      code: 'video-too-long',
      ...say('media.videoTooLong', { video, network: name, seconds, limit: rules.maxDurationSeconds }),
    });
  }
  const family = item.video.codec.split('.')[0] ?? '';
  if (rules.codecs !== null && !rules.codecs.includes(family)) {
    const wanted = [...new Set(rules.codecs.map((codec) => CODEC_NAMES[codec] ?? codec))].join(' / ');
    problems.push({
      severity: 'error',
      code: 'video-codec',
      ...say('media.videoCodec', { video, network: name, codec: CODEC_NAMES[family] ?? family, wanted }),
    });
  }
  return problems;
}
