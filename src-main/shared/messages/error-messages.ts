// The core's refusals the owner meets most, in English, by key: posts, images, channels and
// campaigns. Errors that quote a network keep its words as a value.
export const ERROR_MESSAGES = {
  internal: 'Something went wrong inside Cadence; try again.',
  unknownRequest: 'Cadence does not know that request.',
  post: {
    gone: 'That post no longer exists. It may have been deleted.',
    goneShort: 'That post no longer exists.',
    published: 'This post is already published.',
    publishedDuplicate: 'This post is already published. Duplicate it to post a new version.',
    publishedImages: 'This post is already published, so its images cannot change.',
    publishedMove: 'This post is already published and cannot be moved.',
    channelToSchedule: 'Pick at least one channel before scheduling this post.',
    channelToPublish: 'Pick at least one channel before publishing this post.',
    stillFindingOut:
      'Cadence is still finding out whether this post went out. Wait for that, or answer its question on the post, before moving it.',
    timePassed: 'That time has already passed. Pick a time in the future, or use “Publish now”.',
    tooEarly: '{{local}} is too early: Cadence counts time from 1 January {{year}} (UTC). Pick a later day.',
    notRealDate: '{{local}} is not a real date. Pick another day.',
    noDecision: 'That post no longer needs a decision.',
    beingSent: 'This post is being sent right now. Try again in a moment.',
    notToChannel: 'This post does not go to that channel.',
    notCampaign: 'This post is not part of a campaign, so its links are sent as written.',
    outcomeUnknown:
      'Cadence does not know yet whether this post went out. Say whether it was published, or send it again.',
    sendingNow: 'This post is being sent right now.',
    nothingToSend: {
      scheduling: 'Write something or attach an image before scheduling.',
      publishing: 'Write something or attach an image before publishing.',
    },
    timeSkipped: 'That time is skipped when the clocks change. Choose {{first}} or {{second}}.',
    timeTwice:
      'That time happens twice when the clocks change. Choose the first ({{first}}) or the second ({{second}}).',
  },
  /** A change that waits while Cadence sends a post or checks whether it went out. */
  inProgress: {
    checkingPost: {
      moveToDrafts:
        'Cadence is still checking whether this post went out (its Delivery says when). Move it to drafts once it knows.',
      delete:
        'Cadence is still checking whether this post went out (its Delivery says when). Delete it once it knows.',
    },
    sendingTo: {
      takeOff: 'This post is being sent to {{channel}} right now. Take {{channel}} off once it is done.',
      removeChannel: 'A post is being sent to {{channel}} right now. Remove the channel once it is done.',
      forgetApp: 'A post is being sent to {{channel}} right now. Forget the app once it is done.',
    },
    checkingOn: {
      takeOff:
        'Cadence is still checking whether this post went out on {{channel}}. Take {{channel}} off once it knows.',
      removeChannel:
        'Cadence is still checking whether a post went out on {{channel}}. Remove the channel once it knows.',
      forgetApp:
        'Cadence is still checking whether a post went out on {{channel}}. Forget the app once it knows.',
    },
  },
  media: {
    empty: '“{{file}}” is empty.',
    tooLarge: '“{{file}}” is larger than 20 MB. Choose a smaller file.',
    invalid:
      '“{{file}}” is not a valid PNG, JPEG, GIF or WebP image or MP4 video. Export it again and retry.',
    tooMany: 'A post can carry at most {{count}} images.',
    gone: 'That image is no longer attached.',
    tooManyPixels:
      '“{{file}}” is {{width}} × {{height}} pixels; Cadence takes images of up to {{megapixels}} megapixels. Make it smaller and attach it again.',
    unreadable:
      'This image could not be read: “{{file}}” ({{reason}}). Save it again as PNG or JPEG and attach it again.',
  },
  channel: {
    gone: 'That channel no longer exists.',
    chosenGone: 'One of the chosen channels no longer exists. Pick the channels again.',
  },
  campaign: {
    gone: 'That campaign no longer exists. It may have been deleted.',
    goneShort: 'That campaign no longer exists.',
    spendGone: 'That spend entry no longer exists.',
    name: 'Give the campaign a name with letters or digits, or choose a slug.',
    dates: 'The campaign must end on or after its first day.',
    currency: 'Say which currency the budget is in.',
    postOut:
      'This post is already out (or going out) with its links as they were. Duplicate it to use it in another campaign.',
    slugTaken: 'The campaign “{{name}}” already uses the slug {{slug}}. Choose another.',
    slugInUse:
      'Posts of this campaign are already out with utm_campaign={{slug}}. Keep the slug, or those visits will no longer match the campaign.',
  },
} as const;
