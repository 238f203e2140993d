// What the Facebook and Instagram connectors tell the owner, in English. Both sign in through
// Facebook and speak Meta's Graph API; Meta's own words are quoted ({{said}}), and {{network}}
// is the channel's network as the owner knows it (Facebook or Instagram).

/** Renewing the sign-in: Instagram's reconnect line adds that it signs in through Facebook. */
const RENEWAL_FACEBOOK = {
  appGone:
    "Cadence no longer has your Meta app's App ID and Secret, which it needs to renew the sign-in. Enter them in Settings, then reconnect Facebook in Settings.",
  signInEnded: "Facebook's sign-in for Cadence has ended. Reconnect Facebook in Settings.",
  pageNotAllowed:
    'Facebook no longer lets Cadence act for this Page: you may no longer manage it, or it was left unticked when you signed in. Reconnect Facebook in Settings.',
  refused: "Facebook refused to renew Cadence's sign-in (“{{said}}”). Reconnect Facebook in Settings.",
} as const;

const RENEWAL_INSTAGRAM = {
  appGone:
    "Cadence no longer has your Meta app's App ID and Secret, which it needs to renew the sign-in. Enter them in Settings, then reconnect Instagram in Settings (it signs in through Facebook).",
  signInEnded:
    "Facebook's sign-in for Cadence has ended. Reconnect Instagram in Settings (it signs in through Facebook).",
  pageNotAllowed:
    'Facebook no longer lets Cadence act for this Page: you may no longer manage it, or it was left unticked when you signed in. Reconnect Instagram in Settings (it signs in through Facebook).',
  refused:
    "Facebook refused to renew Cadence's sign-in (“{{said}}”). Reconnect Instagram in Settings (it signs in through Facebook).",
} as const satisfies Record<keyof typeof RENEWAL_FACEBOOK, string>;

/** What a refusal names, by the request's subject. */
const POLICY = {
  post: "Meta blocked this for policy reasons: “{{said}}”. Check the post against Meta's Community Standards and edit it, or wait before trying again.",
  reply:
    "Meta blocked this for policy reasons: “{{said}}”. Check the reply against Meta's Community Standards and edit it, or wait before trying again.",
  photos:
    "Meta blocked this for policy reasons: “{{said}}”. Check the photos against Meta's Community Standards and edit them, or wait before trying again.",
  photo:
    "Meta blocked this for policy reasons: “{{said}}”. Check the photo “{{file}}” against Meta's Community Standards and edit it, or wait before trying again.",
} as const;

const REFUSED = {
  post: '{{network}} refused the post (“{{said}}”). Edit the post to fix that, then publish again.',
  reply: '{{network}} refused the reply (“{{said}}”). Edit it to fix that, then publish again.',
  photos: '{{network}} refused the photos (“{{said}}”). Edit them to fix that, then publish again.',
  photo: '{{network}} refused the photo “{{file}}” (“{{said}}”). Edit it to fix that, then publish again.',
} as const satisfies Record<keyof typeof POLICY, string>;

/** Something gone or out of reach (100/33): a comment, or the Page or account. */
const GONE = {
  comment:
    '{{network}} says the comment does not exist or Cadence may not reach it (“{{said}}”). Check that you still manage the Page, then reconnect {{network}} in Settings.',
  account:
    '{{network}} says the Page or account does not exist or Cadence may not reach it (“{{said}}”). Check that you still manage the Page, then reconnect {{network}} in Settings.',
  instagramComment:
    'Instagram says the comment does not exist or Cadence may not reach it (“{{said}}”). Check that you still manage the Page and that the Instagram account is still linked to it, then reconnect Instagram in Settings.',
  instagramAccount:
    'Instagram says the Page or account does not exist or Cadence may not reach it (“{{said}}”). Check that you still manage the Page and that the Instagram account is still linked to it, then reconnect Instagram in Settings.',
} as const;

export const META_GRAPH_MESSAGES = {
  renewalFacebook: RENEWAL_FACEBOOK,
  renewalInstagram: RENEWAL_INSTAGRAM,
  renewalLost: 'Cadence was renewing its sign-in to Facebook and will try again.',
  policy: POLICY,
  refused: REFUSED,
  gone: GONE,
  oddAnswer: '{{network}} gave an answer Cadence did not expect.',
  oddAnswerAfterWrite: '{{network}} gave an answer Cadence did not expect after accepting the request.',
  unreadableImage: '“{{file}}” could not be read as an image.',
  imageTooLarge: '“{{file}}” is too large for {{network}} even after resizing. Use a smaller image.',
  noPage:
    'Facebook gave Cadence no Page to post to. Cadence publishes to Pages you manage: connect again and, in the Facebook window, tick your Page (choose “Edit previous settings” if it does not ask).',
  notAnAppId:
    'That does not look like a Meta App ID: it is a number, shown at the top of App settings → Basic in developers.facebook.com.',
  secretNotAccepted:
    'Meta did not accept the App Secret (“{{said}}”). Copy it again from App settings → Basic (choose Show).',
  unknownAppId: 'Meta does not know that App ID (“{{said}}”). Copy it again from App settings → Basic.',
  oddTestAnswerSaying:
    'Meta answered the test unexpectedly (“{{said}}”). Check the App ID and Secret, then test again.',
  oddTestAnswer: 'Meta answered the test unexpectedly. Check the App ID and Secret.',
  secretMissing:
    'Facebook needs your Meta app’s App Secret as well as its App ID. Copy it from App settings → Basic in developers.facebook.com into Settings → Facebook.',
  freshSignInRefused: 'Facebook did not accept the sign-in it had just given (“{{said}}”). Connect again.',
  signInRejected:
    "{{network}} no longer accepts Cadence's sign-in (“{{said}}”). Reconnect {{network}} in Settings.",
  appNotAccepted:
    "Meta did not accept your app's App ID and Secret (“{{said}}”). Check them in Settings (App settings → Basic in developers.facebook.com), then connect again.",
  dailyCapUsed:
    "Instagram takes only so many posts a day from an app, and today's are used up (“{{said}}”). Cadence will try again in an hour.",
  slowDownMinutes_one: 'Meta asked Cadence to slow down (“{{said}}”); it will try again in {{count}} minute.',
  slowDownMinutes_other:
    'Meta asked Cadence to slow down (“{{said}}”); it will try again in {{count}} minutes.',
  slowDownHours_one:
    'Meta asked Cadence to slow down (“{{said}}”); it will try again in about {{count}} hour.',
  slowDownHours_other:
    'Meta asked Cadence to slow down (“{{said}}”); it will try again in about {{count}} hours.',
  stillPreparing:
    'Instagram is still preparing the photos (“{{said}}”), and nothing was posted yet. Cadence will try again shortly.',
  lacksPermission:
    "{{network}} refused: Cadence's sign-in lacks a permission it needs (“{{said}}”). Reconnect {{network}} in Settings and allow everything Cadence asks for.",
  lacksPermissionSignIn:
    "{{network}} refused: Cadence's sign-in lacks a permission it needs (“{{said}}”). Connect again and allow everything Cadence asks for.",
  oldApiVersion:
    'Meta no longer answers the Graph API version this Cadence speaks ({{version}}): “{{said}}”. Update Cadence, then publish again.',
  temporaryTrouble: '{{network}} had a temporary problem (“{{said}}”). Cadence will check and try again.',
  photoShape:
    "Instagram refused a photo's shape (“{{said}}”). It takes photos from 4:5 (portrait) to 1.91:1 (landscape): crop the photo, then publish again.",
  signInUnfinished: 'Facebook did not finish the sign-in (“{{said}}”). Connect again.',
  requestRefused: '{{network}} refused the request (“{{said}}”).',
} as const;

export const FACEBOOK_MESSAGES = {
  connectOwnApp: 'Connect Facebook by signing in with your own Meta app in Settings.',
  /** Why Cadence cannot tell whether a post went out, and how the owner can tell. */
  cannotTell: {
    reply:
      'Facebook does not let Cadence read answers to comments back, so it cannot tell whether this reply went out. Check the comment on your Page {{page}}: if your reply is there, choose “It was published”; otherwise “Send again”.',
    readRefused:
      'Facebook does not let Cadence read your Page {{page}}, so it cannot tell whether this post went out. Check your Page {{page}}: if the post is there, choose “It was published”; otherwise “Send again”.',
    photosAlike:
      'Several posts of photos without words went out on your Page {{page}} since this one was first sent, so Cadence cannot tell which is this one. Check your Page {{page}}: if the post is there, choose “It was published”; otherwise “Send again”.',
    tooManyToCheck:
      'More went out on your Page {{page}} since this post was first sent than Cadence can look through. Check your Page {{page}}: if the post is there, choose “It was published”; otherwise “Send again”.',
  },
} as const;

export const INSTAGRAM_MESSAGES = {
  connectOwnApp: 'Connect Instagram by signing in with your own Meta app in Settings.',
  limitUsed_one:
    'Instagram lets your account publish {{count}} post through apps in {{hours}} hours, and that is used up. Cadence will try again in an hour.',
  limitUsed_other:
    'Instagram lets your account publish {{count}} posts through apps in {{hours}} hours, and that is used up. Cadence will try again in an hour.',
  photosUnusable:
    'Instagram could not use the photos (“{{said}}”). Instagram takes JPEG photos from 4:5 (portrait) to 1.91:1 (landscape): check the photos, then publish again.',
  stillPreparing:
    'Instagram is still preparing the photos, and nothing was posted yet. Cadence will try again in a few minutes.',
  needsAPhoto: 'Instagram posts need at least one photo. Add a photo, then publish again.',
  /** Why Cadence cannot tell whether a post went out, and how the owner can tell. */
  cannotTell: {
    reply:
      'Instagram does not let Cadence read answers to comments back, so it cannot tell whether this reply went out. Check the comment on {{handle}} on Instagram: if your reply is there, choose “It was published”; otherwise “Send again”.',
    readRefused:
      'Instagram does not let Cadence read {{handle}} on Instagram, so it cannot tell whether this post went out. Check {{handle}} on Instagram: if the post is there, choose “It was published”; otherwise “Send again”.',
    photosAlike:
      'Several posts of photos without words went out on {{handle}} on Instagram since this one was first sent, so Cadence cannot tell which is this one. Check {{handle}} on Instagram: if the post is there, choose “It was published”; otherwise “Send again”.',
    tooManyToCheck:
      'More went out on {{handle}} on Instagram since this post was first sent than Cadence can look through. Check {{handle}} on Instagram: if the post is there, choose “It was published”; otherwise “Send again”.',
  },
} as const;
