// The inbox's refusals in English: items and saved replies that are gone, and replies that
// cannot go out from Cadence (the channel was removed or signed out).
export const INBOX_MESSAGES = {
  itemGone: 'That inbox item no longer exists.',
  pageInvalid: 'That page of the inbox is not valid.',
  savedReplyGone: 'That saved reply no longer exists.',
  reply: {
    channelRemoved:
      'The channel this came to was removed, so Cadence cannot answer from it. Reply on {{network}} itself.',
    sameChannel: 'A reply goes out from the channel the message came to ({{channel}}).',
    notConnected: '“{{channel}}” is not connected. Reconnect {{network}} in Settings to reply from Cadence.',
  },
} as const;
