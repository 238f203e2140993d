// Per-network text and media rules, shared by the composer's live counters and the
// connectors' checks before publishing. Pure: no Node, no Electron, no I/O.
export { countForNetwork, type CountContext, type CountUnit, type TextCount } from './count';
export {
  BLUESKY_TEXT,
  ChannelLimits,
  DISCORD_TEXT,
  FACEBOOK_TEXT,
  INSTAGRAM_TEXT,
  LINKEDIN_TEXT,
  MASTODON_DEFAULTS,
  TELEGRAM_TEXT,
  THREADS_TEXT,
  WEBHOOK_TEXT,
  X_TEXT,
  mastodonLimitsFromInstance,
} from './limits';
export { mastodonCountableText } from './mastodon-count';
export { MEDIA_RULES, checkImages, mediaRulesFor, type ImageFacts, type MediaRules } from './media-rules';
export { PROBLEM_CODES, Problem, type ProblemCode } from './problems';
export { countCodePoints, countGraphemes, utf8ByteLength } from './unicode';
export { validatePostForNetwork, type PostForValidation } from './validate';
export { X_V3_CONFIG, measureX, type XMeasure } from './x-count';
