// What Cadence says outside the window (the tray and notifications) when a channel's sign-in ends
// before some of its scheduled posts are due. The day is an instant written in the business time
// zone ({{reconnectBy, day}}); the calendar's banner has its own words in the renderer's catalog.
export const AT_RISK_MESSAGES = {
  reconnectBefore_one: 'Reconnect {{network}} before {{reconnectBy, day}}: {{count}} post at risk',
  reconnectBefore_other: 'Reconnect {{network}} before {{reconnectBy, day}}: {{count}} posts at risk',
  signInAgain: 'Open Cadence and sign in to it again in Settings, or those posts will fail.',
} as const;
