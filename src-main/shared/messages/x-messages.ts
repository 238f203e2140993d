// What the X connector tells the owner when X says no, in English. X's own words go in as
// {{said}} (quoted), or its HTTP {{status}} when it said nothing; which call X refused is part of
// the key, since the phrase naming it sits mid-sentence.

/** Your API tier lacks the call (403 client-forbidden), by what Cadence was doing. */
const TIER_FORBIDS = {
  read: 'Your X API tier does not allow reading your X account (HTTP {{status}}). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
  readSaying:
    'Your X API tier does not allow reading your X account (“{{said}}”). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
  publish:
    'Your X API tier does not allow posting through your app (HTTP {{status}}). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
  publishSaying:
    'Your X API tier does not allow posting through your app (“{{said}}”). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
  upload:
    'Your X API tier does not allow uploading photos through your app (HTTP {{status}}). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
  uploadSaying:
    'Your X API tier does not allow uploading photos through your app (“{{said}}”). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
  verify:
    'Your X API tier does not allow reading your recent posts (HTTP {{status}}). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
  verifySaying:
    'Your X API tier does not allow reading your recent posts (“{{said}}”). In developer.x.com, check that your app sits in a Project with API access, or change its plan.',
} as const;

/** X's bare Forbidden: the sign-in lacks a scope the call needs. */
const LACKS_PERMISSION = {
  read: "X refused reading your X account: Cadence's sign-in lacks a permission it needs. In developer.x.com, set your app's permissions to “Read and write”, then reconnect X in Settings.",
  publish:
    "X refused posting through your app: Cadence's sign-in lacks a permission it needs. In developer.x.com, set your app's permissions to “Read and write”, then reconnect X in Settings.",
  upload:
    "X refused uploading photos through your app: Cadence's sign-in lacks a permission it needs. In developer.x.com, set your app's permissions to “Read and write”, then reconnect X in Settings.",
  verify:
    "X refused reading your recent posts: Cadence's sign-in lacks a permission it needs. In developer.x.com, set your app's permissions to “Read and write”, then reconnect X in Settings.",
} as const;

/** The 24-hour post limit: this part ends with a semicolon, and a `tryAgain*` sentence follows. */
const DAY_LIMIT = {
  account_one: 'X lets your account post {{count}} time in 24 hours, and that is used up;',
  account_other: 'X lets your account post {{count}} times in 24 hours, and that is used up;',
  accountUncounted: 'X lets your account post only so many times in 24 hours, and that is used up;',
  app_one: 'X lets your app post {{count}} time in 24 hours, and that is used up;',
  app_other: 'X lets your app post {{count}} times in 24 hours, and that is used up;',
  appUncounted: 'X lets your app post only so many times in 24 hours, and that is used up;',
  tryAgainLater: 'Cadence will try again later.',
  tryAgainMinutes_one: 'Cadence will try again in {{count}} minute.',
  tryAgainMinutes_other: 'Cadence will try again in {{count}} minutes.',
  tryAgainHours: 'Cadence will try again in about {{count}} hours.',
} as const;

export const X_MESSAGES = {
  tierForbids: TIER_FORBIDS,
  lacksPermission: LACKS_PERMISSION,
  dayLimit: DAY_LIMIT,
  signInNotTaken: 'X did not accept the sign-in it had just given (HTTP {{status}}). Connect X again.',
  signInNotTakenSaying: 'X did not accept the sign-in it had just given (“{{said}}”). Connect X again.',
  signInRejected: "X no longer accepts Cadence's sign-in. Reconnect X in Settings.",
  postRefused: 'X refused the post (HTTP {{status}}). Edit the post to fix that, then publish again.',
  postRefusedSaying: 'X refused the post (“{{said}}”). Edit the post to fix that, then publish again.',
  uploadRefused: 'X refused the post (HTTP {{status}}). Change it, then publish again.',
  uploadRefusedSaying: 'X refused the post (“{{said}}”). Change it, then publish again.',
  photoRefused: 'X refused the photo “{{file}}” (HTTP {{status}}). Change it, then publish again.',
  photoRefusedSaying: 'X refused the photo “{{file}}” (“{{said}}”). Change it, then publish again.',
  descriptionRefused:
    'X refused the description of “{{file}}” (HTTP {{status}}). Change it, then publish again.',
  descriptionRefusedSaying:
    'X refused the description of “{{file}}” (“{{said}}”). Change it, then publish again.',
  requestRefused: 'X refused the request (HTTP {{status}}).',
  requestRefusedSaying: 'X refused the request (“{{said}}”).',
  dailyCapUsed:
    "Your X API plan's daily cap is used up (“{{said}}”), so X takes no more posts from your app until it resets. Wait for the cap to reset (or change the plan in developer.x.com), then publish again.",
  monthlyCapUsed:
    "Your X API plan's monthly cap is used up (“{{said}}”), so X takes no more posts from your app until it resets. Wait for the cap to reset (or change the plan in developer.x.com), then publish again.",
  connectInSettings: 'Connect X by signing in with your own X app in Settings.',
  unreadableAnswer: 'X accepted the post but its answer was unreadable.',
  photoUnprocessable: 'X could not process the photo “{{file}}”. Use another photo, then publish again.',
  stillProcessing: 'X is still processing the photo “{{file}}”. Cadence will try the post again shortly.',
  oddUploadAnswer: 'X gave an unexpected answer to the upload of “{{file}}”.',
  noClientId:
    "Cadence no longer has your X app's Client ID, which it needs to stay signed in. Enter it in Settings → X, then reconnect X.",
  keychainRefused:
    "Cadence could not save X's renewed sign-in in the keychain ({{said}}). It will try again.",
  renewalUnanswered: 'That was while Cadence renewed its sign-in to X, so Cadence will try again.',
  renewalUnansweredSaying:
    'X did not answer while Cadence renewed its sign-in ({{said}}), so Cadence will try again.',
  needsPkceChallenge: 'X needs a PKCE challenge to sign in.',
  needsPkceVerifier: 'X needs the PKCE verifier to finish signing in.',
  missingPermissions:
    'X did not give Cadence every permission it needs (missing: {{missing}}). Connect X again and allow everything Cadence asks for.',
  oddTestAnswer:
    'X answered the test unexpectedly (“{{said}}”). Check the Client ID and Secret, then test again.',
  oddAccountAnswer: 'X gave an unexpected answer about your account.',
  notAClientId:
    'That does not look like an X Client ID. Copy the OAuth 2.0 Client ID from “Keys and tokens” in developer.x.com (not the API Key).',
  noOfflineAccess:
    'X signed Cadence in for two hours only: it did not grant offline.access. Connect X again and allow every permission Cadence asks for.',
  appNotTaken:
    "X did not accept your app's Client ID and Secret (HTTP {{status}}). Check them in Settings → X (from “Keys and tokens” in developer.x.com), then connect again.",
  appNotTakenSaying:
    "X did not accept your app's Client ID and Secret (“{{said}}”). Check them in Settings → X (from “Keys and tokens” in developer.x.com), then connect again.",
  appNotTakenRenewing:
    "X did not accept your app's Client ID and Secret (HTTP {{status}}). Check them in Settings → X (from “Keys and tokens” in developer.x.com), then reconnect X.",
  appNotTakenRenewingSaying:
    "X did not accept your app's Client ID and Secret (“{{said}}”). Check them in Settings → X (from “Keys and tokens” in developer.x.com), then reconnect X.",
  renewalRefused:
    "X ended Cadence's sign-in: it refused to renew it (HTTP {{status}}). Reconnect X in Settings.",
  renewalRefusedSaying:
    "X ended Cadence's sign-in: it refused to renew it (“{{said}}”). Reconnect X in Settings.",
  signInUnfinished: 'X did not finish the sign-in (HTTP {{status}}). Connect X again.',
  signInUnfinishedSaying: 'X did not finish the sign-in (“{{said}}”). Connect X again.',
  oddVerifyAnswer: 'X gave an unexpected answer when asked about the post. Cadence will check again.',
  /** Why Cadence cannot tell whether a post went out, and how the owner can tell. */
  cannotTell: {
    tierForbids:
      'Your X API tier does not let Cadence read your posts, so it cannot tell whether this one reached {{handle}}. Check {{handle}} on X: if the post is there, choose “It was published”; otherwise “Send again”.',
    readRefused:
      'X did not let Cadence read your posts (“{{said}}”), so it cannot tell whether this one reached {{handle}}. Check {{handle}} on X: if the post is there, choose “It was published”; otherwise “Send again”.',
    tooManyToCheck:
      'You posted more on X since this post was first sent than Cadence can look through. Check {{handle}} on X: if the post is there, choose “It was published”; otherwise “Send again”.',
  },
} as const;
