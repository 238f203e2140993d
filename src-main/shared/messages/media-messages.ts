// What Cadence says about videos and converted photos, in English: when a file is attached
// (core/store) and when a network's rules are checked (shared/text-rules/video-rules.ts).
export const MEDIA_MESSAGES = {
  videoUnreadable:
    '“{{file}}” is not an MP4 video Cadence can read (it found no video track). Export it again as MP4 (H.264) and retry.',
  videoNotSent:
    'Video {{video}}: Cadence does not send videos to {{network}}. Remove the video from this post, or post it on {{network}} yourself.',
  videoTooLarge:
    'Video {{video}} is {{size, number}} MB; {{network}} takes videos up to {{limit, number}} MB. Use a shorter or smaller video.',
  videoTooLong:
    'Video {{video}} lasts {{seconds, number}} seconds; {{network}} takes videos up to {{limit, number}} seconds. Trim it.',
  videoCodec:
    'Video {{video}} is encoded as {{codec}}; {{network}} plays {{wanted}}. Export it again as {{wanted}} MP4.',
  heicUnconvertible:
    '“{{file}}” looks like an iPhone photo (HEIC), but Cadence could not turn it into a JPEG ({{reason}}). Export it as JPEG and retry.',
} as const;
