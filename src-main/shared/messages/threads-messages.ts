// What the Threads connector tells the owner, in English. Threads answers errors the way the
// Graph API does; when it gives its own words they are quoted ({{said}}), else its HTTP status.

/** Threads' refusals quoting its own words; THREADS_HTTP says each with the status instead. */
const SAID = {
  freshSignInRefused:
    'Threads did not accept the sign-in it had just given (“{{said}}”). Connect Threads again.',
  signInRejected: "Threads no longer accepts Cadence's sign-in (“{{said}}”). Reconnect Threads in Settings.",
  lacksPermission:
    "Threads refused: Cadence's sign-in lacks the {{permission}} permission (“{{said}}”). In your Meta app, add {{permission}} under Access the Threads API → Permissions, then reconnect Threads in Settings.",
  lacksAPermission:
    "Threads refused: Cadence's sign-in lacks a permission it needs (“{{said}}”). In your Meta app, add the permissions Cadence lists under Access the Threads API → Permissions, then reconnect Threads in Settings.",
  dailyCapUsed:
    'Threads allows 250 posts through its API in 24 hours, and that is used up (“{{said}}”). Cadence will try again later.',
  slowDown_one: 'Threads asked Cadence to slow down (“{{said}}”); it will try again in {{count}} minute.',
  slowDown_other: 'Threads asked Cadence to slow down (“{{said}}”); it will try again in {{count}} minutes.',
  blocked:
    'Threads blocked this for going against its rules (“{{said}}”). Check the post and your Threads account, then publish again.',
  notReady: 'Threads has not finished preparing the post (“{{said}}”). Cadence will try again shortly.',
  replyParentGone: 'The post this answers is gone from Threads, or Cadence cannot see it (“{{said}}”).',
  notFound:
    'Threads could not find what Cadence asked for, or Cadence may not see it (“{{said}}”). Reconnect Threads in Settings.',
  serverTrouble: 'Threads had a problem on its side (“{{said}}”).',
  postRefused: 'Threads refused the post (“{{said}}”). Edit the post to fix that, then publish again.',
  requestRefused: 'Threads refused the request (“{{said}}”).',
  appNotAccepted:
    "Threads did not accept your app's ID and secret (“{{said}}”). Check the Threads App ID and Threads App Secret (App settings → Basic in developers.facebook.com) in Settings → Threads, then connect again.",
  signInUnfinished: 'Threads did not finish the sign-in (“{{said}}”). Connect Threads again.',
} as const;

const HTTP = {
  freshSignInRefused:
    'Threads did not accept the sign-in it had just given (HTTP {{status}}). Connect Threads again.',
  signInRejected:
    "Threads no longer accepts Cadence's sign-in (HTTP {{status}}). Reconnect Threads in Settings.",
  lacksPermission:
    "Threads refused: Cadence's sign-in lacks the {{permission}} permission (HTTP {{status}}). In your Meta app, add {{permission}} under Access the Threads API → Permissions, then reconnect Threads in Settings.",
  lacksAPermission:
    "Threads refused: Cadence's sign-in lacks a permission it needs (HTTP {{status}}). In your Meta app, add the permissions Cadence lists under Access the Threads API → Permissions, then reconnect Threads in Settings.",
  dailyCapUsed:
    'Threads allows 250 posts through its API in 24 hours, and that is used up (HTTP {{status}}). Cadence will try again later.',
  slowDown_one:
    'Threads asked Cadence to slow down (HTTP {{status}}); it will try again in {{count}} minute.',
  slowDown_other:
    'Threads asked Cadence to slow down (HTTP {{status}}); it will try again in {{count}} minutes.',
  blocked:
    'Threads blocked this for going against its rules (HTTP {{status}}). Check the post and your Threads account, then publish again.',
  notReady: 'Threads has not finished preparing the post (HTTP {{status}}). Cadence will try again shortly.',
  replyParentGone: 'The post this answers is gone from Threads, or Cadence cannot see it (HTTP {{status}}).',
  notFound:
    'Threads could not find what Cadence asked for, or Cadence may not see it (HTTP {{status}}). Reconnect Threads in Settings.',
  serverTrouble: 'Threads had a problem on its side (HTTP {{status}}).',
  postRefused: 'Threads refused the post (HTTP {{status}}). Edit the post to fix that, then publish again.',
  requestRefused: 'Threads refused the request (HTTP {{status}}).',
  appNotAccepted:
    "Threads did not accept your app's ID and secret (HTTP {{status}}). Check the Threads App ID and Threads App Secret (App settings → Basic in developers.facebook.com) in Settings → Threads, then connect again.",
  signInUnfinished: 'Threads did not finish the sign-in (HTTP {{status}}). Connect Threads again.',
} as const satisfies Record<keyof typeof SAID, string>;

export const THREADS_MESSAGES = {
  said: SAID,
  http: HTTP,
  connectOwnApp: 'Connect Threads by signing in with your own Meta app in Settings.',
  imagesNeedAPage:
    'Threads only takes photos from a public web address, and Cadence puts them there through a connected Facebook Page (as unpublished photos, deleted once Threads has them). Connect your Facebook Page in Settings, or remove the photos to post text only to Threads.',
  unreadableAnswer: 'Threads accepted the post but its answer was unreadable.',
  oddNewPostAnswer: 'Threads gave an unexpected answer to a new post.',
  couldNotPrepare:
    'Threads could not prepare the post ({{said}}). If it has photos, try other photos (JPEG or PNG); then publish again.',
  stillPreparing: 'Threads is still preparing the post. Cadence will try again shortly.',
  oddVerifyAnswer: 'Threads gave an unexpected answer when asked about the post. Cadence will check again.',
  oddTestAnswer:
    'Threads answered the test unexpectedly (HTTP {{status}}). Check the Threads App ID and Secret, then test again.',
  oddProfileAnswer: 'Threads gave an unexpected answer about your profile.',
  notAllowed: 'You chose not to allow Cadence on Threads. Connect again and choose Allow.',
  signInRefused: 'Threads did not sign Cadence in (“{{said}}”). Connect Threads again.',
  notAnAddress: 'That is not a web address. Copy the whole address from the address bar, then paste it here.',
  otherSignIn:
    'That address belongs to another sign-in. Choose Connect again, then paste the address that sign-in ends on.',
  noCode:
    'That address has no sign-in code. After choosing Allow on Threads, copy the whole address from the address bar.',
  notAnAppId:
    'That does not look like a Threads App ID. Copy the Threads App ID (digits only) from App settings → Basic in developers.facebook.com.',
  secretMissing:
    'Threads needs the app’s secret too. Copy the Threads App Secret from App settings → Basic in developers.facebook.com.',
  signInEnded: "Cadence's sign-in to Threads ended on {{end, day}}. Reconnect Threads in Settings.",
  renewalRefused: "Threads ended Cadence's sign-in: it refused to renew it. Reconnect Threads in Settings.",
  renewalRefusedSaying:
    "Threads ended Cadence's sign-in: it refused to renew it (“{{said}}”). Reconnect Threads in Settings.",
  /** Why Cadence cannot tell whether a post went out, and how the owner can tell. */
  cannotTell: {
    repliesNotListed:
      'Threads does not list replies with your posts, so Cadence cannot tell whether this answer went out. Check your Threads profile: if the post is there, choose “It was published”; otherwise “Send again”.',
    readRefused:
      'Threads does not let Cadence read your posts (“{{said}}”), so it cannot tell whether this one went out. Check your Threads profile: if the post is there, choose “It was published”; otherwise “Send again”.',
    tooManyToCheck:
      'You posted more on Threads since this post was first sent than Cadence can look through. Check your Threads profile: if the post is there, choose “It was published”; otherwise “Send again”.',
  },
} as const;
