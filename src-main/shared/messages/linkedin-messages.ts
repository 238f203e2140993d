// What the LinkedIn connector tells the owner when LinkedIn says no, in English. LinkedIn's own
// words go in as {{said}} (quoted), or its HTTP {{status}} when it said nothing; days as
// {{end, day}}, so each language writes them its own way.

const RECONNECT = 'Reconnect LinkedIn in Settings.';
const ADD_PRODUCT =
  'In your LinkedIn app, add the “{{product}}” product, then reconnect LinkedIn in Settings.';
const ADD_PAGE_PRODUCT =
  'In your LinkedIn app, add the “{{product}}” product (and check that you are an administrator of the Page), then reconnect LinkedIn in Settings.';

/**
 * A 403 for one call: the {{scope}} permission it needs and the app's {{product}} that grants it
 * (page: a Page's permission, which also needs its administrator), or no permission named.
 */
function lacking(what: string) {
  const lacks = `LinkedIn refused ${what}: Cadence's sign-in lacks`;
  return {
    scope: `${lacks} the {{scope}} permission (HTTP {{status}}). ${ADD_PRODUCT}`,
    scopeSaying: `${lacks} the {{scope}} permission (“{{said}}”). ${ADD_PRODUCT}`,
    pageScope: `${lacks} the {{scope}} permission (HTTP {{status}}). ${ADD_PAGE_PRODUCT}`,
    pageScopeSaying: `${lacks} the {{scope}} permission (“{{said}}”). ${ADD_PAGE_PRODUCT}`,
    any: `${lacks} a permission it needs (HTTP {{status}}). ${RECONNECT}`,
    anySaying: `${lacks} a permission it needs (“{{said}}”). ${RECONNECT}`,
  };
}

export const LINKEDIN_MESSAGES = {
  lacks: {
    read: lacking('reading your LinkedIn account'),
    publish: lacking('the post'),
    upload: lacking('the photo upload'),
    verify: lacking('reading your recent posts'),
  },
  versionRetired: 'LinkedIn retired the API version Cadence uses ({{version}}). Update Cadence.',
  versionRefused: 'LinkedIn refused the API version Cadence sent (HTTP {{status}}). Update Cadence.',
  versionRefusedSaying: 'LinkedIn refused the API version Cadence sent (“{{said}}”). Update Cadence.',
  accessWithdrawn: `Cadence's access to LinkedIn was withdrawn (HTTP {{status}}). ${RECONNECT}`,
  accessWithdrawnSaying: `Cadence's access to LinkedIn was withdrawn (“{{said}}”). ${RECONNECT}`,
  signInEnded: `LinkedIn's 60-day sign-in for Cadence has ended (HTTP {{status}}). ${RECONNECT}`,
  signInEndedSaying: `LinkedIn's 60-day sign-in for Cadence has ended (“{{said}}”). ${RECONNECT}`,
  signInRejected: `LinkedIn no longer accepts Cadence's sign-in (HTTP {{status}}). ${RECONNECT}`,
  signInRejectedSaying: `LinkedIn no longer accepts Cadence's sign-in (“{{said}}”). ${RECONNECT}`,
  postRefused: 'LinkedIn refused the post (HTTP {{status}}). Edit the post to fix that, then publish again.',
  postRefusedSaying: 'LinkedIn refused the post (“{{said}}”). Edit the post to fix that, then publish again.',
  photoRefused: 'LinkedIn refused a photo (HTTP {{status}}). Change it, then publish again.',
  photoRefusedSaying: 'LinkedIn refused a photo (“{{said}}”). Change it, then publish again.',
  requestRefused: 'LinkedIn refused the request (HTTP {{status}}).',
  requestRefusedSaying: 'LinkedIn refused the request (“{{said}}”).',
  dailyLimit_one:
    "LinkedIn's daily limit for your app is used up; Cadence will try again after midnight UTC, in about {{count}} hour.",
  dailyLimit_other:
    "LinkedIn's daily limit for your app is used up; Cadence will try again after midnight UTC, in about {{count}} hours.",
  dailyLimitSaying_one:
    "LinkedIn's daily limit for your app is used up (“{{said}}”); Cadence will try again after midnight UTC, in about {{count}} hour.",
  dailyLimitSaying_other:
    "LinkedIn's daily limit for your app is used up (“{{said}}”); Cadence will try again after midnight UTC, in about {{count}} hours.",
  oddAccountAnswer: 'LinkedIn gave an unexpected answer about your account.',
  oddPagesAnswer: 'LinkedIn gave an unexpected answer about your Pages.',
  connectInSettings: 'Connect LinkedIn by signing in with your own LinkedIn app in Settings.',
  cannotAnswerComments: 'Cadence cannot answer comments on LinkedIn. Answer this one on LinkedIn itself.',
  unreadableAnswer: 'LinkedIn accepted the post but did not say which it is.',
  unknownAuthor: `Cadence does not know which LinkedIn account this channel posts as. ${RECONNECT}`,
  oddUploadAnswer: 'LinkedIn gave an unexpected answer to the upload of “{{file}}”.',
  photoUnprocessable:
    'LinkedIn could not process the photo “{{file}}”. Use another photo (JPEG, PNG or GIF), then publish again.',
  stillProcessing:
    'LinkedIn is still processing the photo “{{file}}”. Cadence will try the post again shortly.',
  signInEndedOn: `LinkedIn's 60-day sign-in for Cadence ended on {{end, day}}. ${RECONNECT}`,
  cannotRenew:
    'LinkedIn does not let Cadence renew its sign-in for your app, and it ends on {{end, day}}. Reconnect LinkedIn before {{end, day}}.',
  noAppSecret:
    "Cadence no longer has your LinkedIn app's Client ID and Secret, which it needs to stay signed in. Enter them in Settings → LinkedIn, then reconnect LinkedIn. Reconnect LinkedIn before {{end, day}}.",
  needsPkceChallenge: 'LinkedIn needs a PKCE challenge for an app without a secret.',
  noPageNorMember:
    'LinkedIn signed Cadence in, but you administer no LinkedIn Page it could post to, and it did not allow posting as you. Add “Share on LinkedIn” and “Sign In with LinkedIn using OpenID Connect” to your app, then connect again.',
  missingPermissions:
    'LinkedIn did not give Cadence the permissions it needs to post as you (missing: {{missing}}). In your LinkedIn app, add “Share on LinkedIn” and “Sign In with LinkedIn using OpenID Connect”, then connect again and allow everything Cadence asks for.',
  oddTestAnswer:
    'LinkedIn answered the test unexpectedly (HTTP {{status}}). Check the Client ID and Secret, then test again.',
  notAClientId:
    'That does not look like a LinkedIn Client ID. Copy the Client ID from the Auth page of your app in linkedin.com/developers.',
  appNotTaken:
    "LinkedIn did not accept your app's Client ID and Secret (HTTP {{status}}). Check them in Settings → LinkedIn (from the Auth page of your app in linkedin.com/developers), then connect again.",
  appNotTakenSaying:
    "LinkedIn did not accept your app's Client ID and Secret (“{{said}}”). Check them in Settings → LinkedIn (from the Auth page of your app in linkedin.com/developers), then connect again.",
  appNotTakenRenewing:
    "LinkedIn did not accept your app's Client ID and Secret (HTTP {{status}}). Check them in Settings → LinkedIn (from the Auth page of your app in linkedin.com/developers), then reconnect LinkedIn.",
  appNotTakenRenewingSaying:
    "LinkedIn did not accept your app's Client ID and Secret (“{{said}}”). Check them in Settings → LinkedIn (from the Auth page of your app in linkedin.com/developers), then reconnect LinkedIn.",
  renewalRefused: `LinkedIn refused to renew Cadence's sign-in (HTTP {{status}}). ${RECONNECT}`,
  renewalRefusedSaying: `LinkedIn refused to renew Cadence's sign-in (“{{said}}”). ${RECONNECT}`,
  signInUnfinished: 'LinkedIn did not finish the sign-in (HTTP {{status}}). Connect LinkedIn again.',
  signInUnfinishedSaying: 'LinkedIn did not finish the sign-in (“{{said}}”). Connect LinkedIn again.',
  oddVerifyAnswer: 'LinkedIn gave an unexpected answer when asked about the post. Cadence will check again.',
  /** Why Cadence cannot tell whether a post went out, and how the owner can tell. */
  cannotTell: {
    pageReadRefused:
      'LinkedIn does not let Cadence read the Page’s posts (“{{said}}”), so it cannot tell whether this one went out. Check {{handle}} on LinkedIn: if the post is there, choose “It was published”; otherwise “Send again”.',
    readRefused:
      'LinkedIn does not let Cadence read your posts (“{{said}}”), so it cannot tell whether this one went out. Check {{handle}} on LinkedIn: if the post is there, choose “It was published”; otherwise “Send again”.',
    tooManyToCheck:
      'You posted more on LinkedIn since this post was first sent than Cadence can look through. Check the profile or Page on LinkedIn: if the post is there, choose “It was published”; otherwise “Send again”.',
  },
} as const;
