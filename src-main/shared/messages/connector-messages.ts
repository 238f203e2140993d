// What the connectors tell the owner when a network says no, in English, by network. A plain
// object so other files' networks can be spread into it. Names ({{name}}) and a server's own
// words ({{said}}) are values, shown as they are.
import { LINKEDIN_MESSAGES } from './linkedin-messages';
import { X_MESSAGES } from './x-messages';
import { FACEBOOK_MESSAGES, INSTAGRAM_MESSAGES, META_GRAPH_MESSAGES } from './meta-messages';
import { THREADS_MESSAGES } from './threads-messages';

/** The outbox's sentences after a failure's own words: what Cadence does next. */
const RETRY = {
  noPostYet: 'No post was made yet; Cadence will try again.',
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
  certificateRefused:
    'Could not reach {{name}} securely: its certificate was not accepted ({{said}}). Nothing was sent.',
  connectionBroke: 'The connection to {{name}} broke before it answered ({{said}}).',
  imageTooLarge: '“{{file}}” is too large for {{network}} even after resizing. Use a smaller image.',
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

/** A webhook receiver's answers; only its host is ever named (the path may hold its key). */
const WEBHOOK = {
  redirects:
    'The webhook at {{host}} redirects to another address (HTTP {{status}}). Put the final address in Settings.',
  testSignatureRefused:
    "The webhook at {{host}} refused Cadence's signature (HTTP {{status}}). Check that the signing secret in Settings matches the one the receiver checks.",
  postSignatureRefused:
    "The webhook at {{host}} refused Cadence's signature (HTTP {{status}}). Check that the signing secret in Settings matches the one the receiver checks, then reconnect the webhook.",
  nothingThere:
    'Nothing at {{host}} takes webhooks at that address (HTTP {{status}}). Check the webhook URL in Settings.',
  testTooLarge:
    'The webhook at {{host}} refused the test as too large (HTTP 413), usually because of its photos. Send fewer or smaller photos.',
  postTooLarge:
    'The webhook at {{host}} refused the post as too large (HTTP 413), usually because of its photos. Send fewer or smaller photos.',
  testRefused: 'The webhook at {{host}} refused the test (HTTP {{status}}).',
  postRefused: 'The webhook at {{host}} refused the post (HTTP {{status}}).',
  testRefusedSaying: 'The webhook at {{host}} refused the test (HTTP {{status}}: {{said}}).',
  postRefusedSaying: 'The webhook at {{host}} refused the post (HTTP {{status}}: {{said}}).',
} as const;

const DISCORD = {
  oddAnswer: 'Discord answered in a way Cadence does not understand.',
  unknownWebhook:
    'Discord does not know this webhook; it may have been deleted. Copy the webhook URL again from Server Settings → Integrations → Webhooks.',
  webhookGone:
    'The Discord webhook was deleted or its URL changed. Reconnect Discord in Settings with a new webhook URL.',
  notAWebhook:
    'That address does not answer like a Discord webhook. Copy the webhook URL again from Discord.',
  photosTooLarge: 'The photos are too large for this Discord server. Use smaller photos.',
  webhookRefused:
    "Discord refused the webhook ({{said}}). Check the webhook's channel in Discord, or make a new webhook and reconnect.",
  postRefused: 'Discord refused the post: {{said}}.',
  cannotTell:
    'Discord cannot tell Cadence whether the post reached the channel of the “{{handle}}” webhook. Check that channel: if the post is there, choose “It was published”; otherwise “Send again”.',
} as const;

const TELEGRAM = {
  notABotApi:
    '{{address}} does not answer like a Telegram Bot API server (HTTP {{status}}). Check the Bot API address, or use https://api.telegram.org.',
  oddAnswer: 'Telegram answered {{method}} in a way Cadence does not understand.',
  tokenNotAccepted:
    'Telegram did not accept that bot token. Copy it again from @BotFather (/mybots → your bot → API Token).',
  tokenRevoked:
    'Telegram no longer accepts the bot token; it may have been revoked in @BotFather. Reconnect Telegram in Settings with the current token.',
  channelNotFound: 'Telegram cannot find the channel {{channel}}. Check its @username or numeric id.',
  makeBotAdmin: 'Make {{bot}} an admin of {{channel}} with permission to post.',
  makeYourBotAdmin: 'Make your bot an admin of {{channel}} with permission to post.',
  postRefused: 'Telegram refused the post: {{said}}.',
  privateChat:
    '{{channel}} is a private chat, not a channel. Enter the @username or id of a Telegram channel.',
  group: '{{channel}} is a group, not a channel. Enter the @username or id of a Telegram channel.',
  lostMessage: 'Cadence lost which Telegram message this answers.',
  lostChannel: 'Cadence lost which Telegram channel this is. Reconnect Telegram in Settings.',
  cannotTell:
    'Telegram cannot tell Cadence whether the post reached {{handle}}. Check the channel: if it is there, choose “It was published”; otherwise “Send again”.',
} as const;

const MASTODON = {
  tokenNotAccepted:
    'Mastodon did not accept that access token. Check that you copied all of it, or make a new one in Mastodon under Preferences → Development.',
  signInRejected: "Mastodon no longer accepts Cadence's sign-in. Reconnect Mastodon in Settings.",
  tokenLacksPermission:
    'Mastodon refused: that access token lacks the {{permission}} permission. In Mastodon under Preferences → Development, give the app the read and write permissions, then paste its new token.',
  tokenLacksPermissionSaying:
    'Mastodon refused (“{{said}}”): that access token lacks the {{permission}} permission. In Mastodon under Preferences → Development, give the app the read and write permissions, then paste its new token.',
  signInLacksPermission:
    "Mastodon refused: Cadence's sign-in lacks the {{permission}} permission. Reconnect Mastodon in Settings.",
  signInLacksPermissionSaying:
    "Mastodon refused (“{{said}}”): Cadence's sign-in lacks the {{permission}} permission. Reconnect Mastodon in Settings.",
  imageRefused: 'Mastodon refused an image. Use a smaller image or another format, then publish again.',
  imageRefusedSaying:
    'Mastodon refused an image (“{{said}}”). Use a smaller image or another format, then publish again.',
  postRefused: 'Mastodon refused the post. Edit the post to fix that, then publish again.',
  postRefusedSaying: 'Mastodon refused the post (“{{said}}”). Edit the post to fix that, then publish again.',
  notAServer: 'That server does not answer like a Mastodon server. Check the address.',
  requestRefused: 'Mastodon refused the request.',
  requestRefusedSaying: 'Mastodon refused the request (“{{said}}”).',
  unreachable: 'Cadence could not reach {{host}}. Check the address.',
  serverProblem: '{{host}} had a problem (HTTP {{status}}). Try again in a few minutes.',
  unreadableAnswer: 'Mastodon accepted the post but its answer was unreadable.',
  unreadableHandOff: 'Mastodon took the post for its schedule but its answer was unreadable.',
  stillProcessing: 'Mastodon is still processing “{{file}}”. Cadence will try the post again shortly.',
  oddUploadAnswer: 'Mastodon gave an unexpected answer to the upload of “{{file}}”.',
  cannotRegister: 'That server did not let Cadence register for sign-in.',
  signInIncomplete: 'Mastodon did not complete the sign-in.',
  signInIncompleteSaying: 'Mastodon did not complete the sign-in (“{{said}}”).',
  hostNotMastodon:
    '{{host}} does not answer like a Mastodon server. Check the address; it is the one you see when you use Mastodon in a browser.',
  movedTo: '{{host}} sends Cadence on to {{target}}. Enter that address instead.',
  notAnAccount: '{{host}} answered, but not with a Mastodon account. Check the address.',
  signInDamaged: "Cadence's Mastodon sign-in is damaged. Reconnect Mastodon in Settings.",
  oddVerifyAnswer: 'Mastodon gave an unexpected answer when asked about the post. Cadence will check again.',
} as const;

/** Signing in with the owner's own app (Threads, Facebook, Instagram, X, LinkedIn). */
const OWN_APP = {
  noAccount: '{{network}} signed you in, but gave no account Cadence can post to.',
  notThatAccount:
    'That sign-in did not give “{{name}}”. Sign in with the account it belongs to, and allow Cadence to use it.',
} as const;

const BLUESKY = {
  passwordNotAccepted:
    'Bluesky did not accept that handle and app password. Check both; you can make an app password in Bluesky under Settings → Privacy and security → App passwords.',
  signInRejected:
    "Bluesky no longer accepts Cadence's sign-in. Reconnect Bluesky in Settings with a new app password.",
  signInDamaged:
    "Cadence's Bluesky sign-in is damaged. Reconnect Bluesky in Settings with a new app password.",
  refused: 'Bluesky refused: {{said}}',
  postRefused: 'Bluesky refused the post: {{said}}',
  notAServer: 'That Bluesky server does not answer like a Bluesky server. Check its address.',
  imageTooLarge: '“{{file}}” is too large for Bluesky even after resizing. Use a smaller image.',
  replyParentGone: 'The post this reply answers is no longer on Bluesky, so the reply cannot be sent.',
} as const;

export const CONNECTOR_MESSAGES = {
  retry: RETRY,
  common: COMMON,
  webhook: WEBHOOK,
  discord: DISCORD,
  telegram: TELEGRAM,
  mastodon: MASTODON,
  bluesky: BLUESKY,
  x: X_MESSAGES,
  linkedin: LINKEDIN_MESSAGES,
  threads: THREADS_MESSAGES,
  metaGraph: META_GRAPH_MESSAGES,
  facebook: FACEBOOK_MESSAGES,
  instagram: INSTAGRAM_MESSAGES,
  ownApp: OWN_APP,
} as const;
