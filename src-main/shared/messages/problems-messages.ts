// What the per-network checks find in a post (shared/text-rules), in English; the renderer's
// catalogs translate them by these keys.
export const PROBLEM_MESSAGES = {
  empty: 'Write something or add a photo before posting to {{network}}.',
  textTooLong: {
    x: 'X allows {{limit, number}} characters; this counts as {{used, number}}, because links count as 23 and emoji and many scripts count double. Shorten it by {{over, number}}.',
    mastodon:
      'Your Mastodon server allows {{limit, number}} characters; this counts as {{used, number}}, counting each link as {{perLink, number}}. Shorten it by {{over, number}}.',
    telegramCaption:
      'Telegram allows {{limit, number}} characters under photos; this is {{used, number}}. Shorten it by {{over, number}}, or post it without photos (up to {{messageLimit, number}}).',
    telegram:
      'Telegram allows {{limit, number}} characters; this is {{used, number}}. Shorten it by {{over, number}}.',
    webhook:
      'Cadence sends at most {{limit, number}} characters to a webhook; this is {{used, number}}. Shorten it by {{over, number}}.',
    other:
      '{{network}} allows {{limit, number}} characters; this is {{used, number}}. Shorten it by {{over, number}}.',
  },
  tooManyBytes_one:
    '{{network}} allows {{limit, number}} bytes of text; this is {{count, number}} byte, because emoji and many non-Latin letters take 3 or 4 bytes each. Shorten it.',
  tooManyBytes_other:
    '{{network}} allows {{limit, number}} bytes of text; this is {{count, number}} bytes, because emoji and many non-Latin letters take 3 or 4 bytes each. Shorten it.',
  invalidCharacters:
    'X refuses some invisible characters in this text (such as U+FFFE, U+FFFF or U+FEFF). Remove them; they often come from copying text out of other apps.',
  imageRequired: 'Instagram posts need at least one photo. Add a photo (up to 10 make a carousel).',
  tooManyHashtags:
    'Instagram allows {{limit, number}} hashtags in a caption; this has {{used, number}}. Remove {{extra, number}}.',
  tooManyImages_one:
    '{{network}} allows {{count, number}} photo per post; this has {{used, number}}. Remove {{extra, number}}.',
  tooManyImages_other:
    '{{network}} allows {{count, number}} photos per post; this has {{used, number}}. Remove {{extra, number}}.',
  gifAlone: '{{network}} shows a GIF only on its own. Remove the other photos, or the GIF.',
  imageWillBeResized:
    'Photo {{photo}} is {{size, number}} MB, more than the {{limit, number}} MB {{network}} takes, so Cadence will shrink it before posting.',
  imageTooLarge:
    'Photo {{photo}} is {{size, number}} MB; {{network}} takes photos up to {{limit, number}} MB. Use a smaller photo.',
  altTextMissing:
    'Photo {{photo}} has no description. People on {{network}} who use screen readers rely on it.',
  altTextTooLong_one:
    "Photo {{photo}}'s description is {{count, number}} character; {{network}} allows {{limit, number}}. Shorten it by {{over, number}}.",
  altTextTooLong_other:
    "Photo {{photo}}'s description is {{count, number}} characters; {{network}} allows {{limit, number}}. Shorten it by {{over, number}}.",
} as const;
