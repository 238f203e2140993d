// What the connectors tell the owner when a network says no, in English, by network. A plain
// object so other files' networks can be spread into it. Names ({{name}}) and a server's own
// words ({{said}}) are values, shown as they are.

/** The outbox's sentences after a failure's own words: what Cadence does next. */
const RETRY = {
  checkFirst: 'Cadence will check whether the post went out before trying again.',
  couldNotCheck: 'Cadence could not check whether the post went out: say whether it did, or send it again.',
  gaveUp_one: 'Cadence stopped after {{count}} try. Use “Publish now” to try again.',
  gaveUp_other: 'Cadence stopped after {{count}} tries. Use “Publish now” to try again.',
} as const;

/** Failures every network shares: the connection, the server's trouble, the stored sign-in. */
const COMMON = {
  noAnswerInTime: '{{name}} did not answer in time.',
  answerCutOff: 'The answer from {{name}} was cut off ({{said}}).',
  unreachable: 'Could not reach {{name}} ({{said}}). Check the connection.',
  connectionBroke: 'The connection to {{name}} broke before it answered ({{said}}).',
  requestNotWritten: 'Cadence could not write a request to {{name}} ({{said}}).',
  plainHttp:
    'Cadence did not contact {{name}}: the address {{address}} is not encrypted, so your sign-in could be read on the way. Use its https:// address (plain http works only for a server on this computer).',
  slowDownLater: '{{name}} asked Cadence to slow down; it will try again later.',
  slowDownSeconds_one: '{{name}} asked Cadence to slow down; it will try again in {{count}} second.',
  slowDownSeconds_other: '{{name}} asked Cadence to slow down; it will try again in {{count}} seconds.',
  slowDownMinutes_one: '{{name}} asked Cadence to slow down; it will try again in {{count}} minute.',
  slowDownMinutes_other: '{{name}} asked Cadence to slow down; it will try again in {{count}} minutes.',
  serverTroubleReached: '{{name}} had a problem on its side (HTTP {{status}}) after the request reached it.',
  serverTroubleRetry: '{{name}} had a problem on its side (HTTP {{status}}). Cadence will try again.',
  channelRemoved: 'This channel was removed. Pick another channel for the post.',
  notConnected: '“{{channel}}” is not connected to {{network}}. Connect it in Settings, then publish again.',
  signInAgain: '{{network}} needs you to sign in again. Reconnect {{network}} in Settings.',
  signInGone: 'Cadence no longer has the sign-in for {{network}}. Reconnect {{network}} in Settings.',
  signInDamaged: "Cadence's sign-in for {{network}} is damaged. Reconnect {{network}} in Settings.",
} as const;

export const CONNECTOR_MESSAGES = {
  retry: RETRY,
  common: COMMON,
} as const;
