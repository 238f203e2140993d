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
  },
  media: {
    empty: '“{{file}}” is empty.',
    tooLarge: '“{{file}}” is larger than 20 MB. Choose a smaller image.',
    invalid: '“{{file}}” is not a valid PNG, JPEG, GIF or WebP image. Export it again and retry.',
    tooMany: 'A post can carry at most {{count}} images.',
    gone: 'That image is no longer attached.',
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
