// What the outbox itself tells the owner about a post it could not send, in English: not a
// network's answer but Cadence's own (no connector, no confirmation, a missed time).
export const OUTBOX_MESSAGES = {
  cannotPublishTo: 'Cadence cannot publish to {{network}} yet. Remove that channel from the post.',
  neverConfirmed: '{{network}} never confirmed the post.',
  /** {{said}} is the fault's own words, as the code that failed wrote them. */
  unexpected: 'Something unexpected happened while publishing ({{said}}).',
  /** A retry slept through, on a network that cannot say whether an earlier try reached it. */
  lateUnsure:
    'The laptop slept or Cadence was closed before {{network}} confirmed this post, and {{network}} cannot tell Cadence whether it went out. Check {{network}}: if the post is there, choose “It was published”; otherwise “Send again”.',
  /** The same, when Cadence could not ask (signed out, or the network did not answer). */
  lateUnchecked:
    'The laptop slept or Cadence was closed before the network confirmed this post, and Cadence could not ask whether it went out. Check the channel: if the post is there, choose “It was published”; otherwise “Send again”.',
  /** Shown after the word "Missed", so it does not say it again. */
  missed:
    'The laptop was asleep or Cadence was closed at the planned time. Publish it now or pick a new time.',
} as const;
