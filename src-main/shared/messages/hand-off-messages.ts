// Handing posts to a network's own scheduler (issue 11), in English: what happened, for a post's
// history, and why a change waits, for the owner's action.
export const HAND_OFF_MESSAGES = {
  activity: {
    handedOff:
      '{{network}} now holds it and publishes it at {{local}} by itself, even with this laptop closed.',
    notHandedOff: 'It stays with Cadence, which sends it at its time.',
    foundHeld: 'Checked with {{network}}: it holds the post for its time.',
    notHeld: 'Checked with {{network}}: it does not hold the post, so Cadence keeps it.',
    publishedThere: 'Published by {{network}} at its time ({{handle}}).',
    withdrawn: 'Taken back from {{network}}’s schedule before the change.',
  },
  goneUnconfirmed:
    '{{network}} no longer holds the post Cadence handed it, and it is not among the account’s latest posts. Say whether it went out, or send it again.',
  errors: {
    noScheduler: 'This network has no scheduler of its own that Cadence can hand posts to.',
    stillHandingOff: 'Cadence is handing this post to {{network}} right now. Try again in a moment.',
    cannotTakeBack:
      '{{network}} holds this post for its time, and Cadence could not reach it to take the post back. Nothing was changed: try again once Cadence can reach {{network}}.',
    alreadyOut: 'It already went out: {{network}} published it at its time.',
    heldThere:
      'A network holds this post for its time. Cadence takes it back first: check the connection, then try again.',
  },
} as const;
