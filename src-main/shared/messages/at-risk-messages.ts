// What Cadence says outside the window (the tray and notifications) when a channel's sign-in ends
// before some of its scheduled posts are due. The day arrives already written in the words'
// language; the calendar's banner has its own words in the renderer's catalog.
export const AT_RISK_MESSAGES = {
  reconnectBefore_one: 'Reconnect {{network}} before {{day}}: {{count}} post at risk',
  reconnectBefore_other: 'Reconnect {{network}} before {{day}}: {{count}} posts at risk',
  signInAgain: 'Open Cadence and sign in to it again in Settings, or those posts will fail.',
} as const;
