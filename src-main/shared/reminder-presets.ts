// "Remind me" channels (issue 11 §3): networks with no API an owner can use. At the post's time
// Cadence reminds the owner and hands them the text and images to post by hand in the network's
// own web composer. One preset per network: its name, the limits its composer takes, and where
// that composer is. Shared by the composer's counters, Settings and the core.
import { LIMITS, type ChannelLimits, type ReminderPresetId, type ReminderSetup } from './entities';

export interface ReminderPreset {
  /** The network's own (brand) name; "Other" takes the name the owner gives. */
  name: string;
  /** What the network's web composer takes. */
  limits: Required<Pick<ChannelLimits, 'maxCharacters' | 'maxImages' | 'maxImageBytes'>>;
  /** Where the owner writes a post on the web; "Other" takes the owner's address. */
  composerUrl: string | null;
}

const MB = 1024 * 1024;

/**
 * Limits as each network's help pages give them for posts made on its website; where a network
 * names none (Nextdoor, WhatsApp channels, "Other"), Cadence's own limits apply.
 */
export const REMINDER_PRESETS: Readonly<Record<ReminderPresetId, ReminderPreset>> = {
  tiktok: {
    name: 'TikTok',
    limits: { maxCharacters: 4_000, maxImages: 10, maxImageBytes: 20 * MB },
    composerUrl: 'https://www.tiktok.com/tiktokstudio/upload',
  },
  'google-business': {
    name: 'Google Business Profile',
    limits: { maxCharacters: 1_500, maxImages: 1, maxImageBytes: 5 * MB },
    composerUrl: 'https://business.google.com/',
  },
  pinterest: {
    name: 'Pinterest',
    limits: { maxCharacters: 500, maxImages: 1, maxImageBytes: 20 * MB },
    composerUrl: 'https://www.pinterest.com/pin-creation-tool/',
  },
  instagram: {
    name: 'Instagram',
    limits: { maxCharacters: 2_200, maxImages: 10, maxImageBytes: 8 * MB },
    composerUrl: 'https://www.instagram.com/',
  },
  nextdoor: {
    name: 'Nextdoor',
    limits: { maxCharacters: LIMITS.body, maxImages: 10, maxImageBytes: LIMITS.mediaBytes },
    composerUrl: 'https://nextdoor.com/news_feed/',
  },
  whatsapp: {
    name: 'WhatsApp',
    limits: { maxCharacters: LIMITS.body, maxImages: 10, maxImageBytes: 16 * MB },
    composerUrl: 'https://web.whatsapp.com/',
  },
  'linkedin-page': {
    name: 'LinkedIn',
    limits: { maxCharacters: 3_000, maxImages: 10, maxImageBytes: 8 * MB },
    composerUrl: 'https://www.linkedin.com/feed/?shareActive=true',
  },
  other: {
    name: '',
    limits: { maxCharacters: LIMITS.body, maxImages: LIMITS.mediaPerPost, maxImageBytes: LIMITS.mediaBytes },
    composerUrl: null,
  },
};

/** Where a reminder channel keeps its setup (a ReminderSetup) in the channel's settings. */
export const REMINDER_SETTING = 'reminder';

/** "Snooze 15 min", exactly: the core's timer and the window's words about a snooze agree. */
export const SNOOZE_MS = 15 * 60_000;

/**
 * What a "Remind me" channel keeps for its network: the preset's name and composer, or for
 * "Other" the name and address the owner gave. Null fields name what "Other" still needs.
 */
export function reminderSetupOf(input: {
  preset: ReminderPresetId;
  displayName?: string;
  composerUrl?: string;
}): ReminderSetup | { missing: 'name' | 'composer' } {
  const preset = REMINDER_PRESETS[input.preset];
  const networkName = preset.name || input.displayName?.trim() || '';
  if (!networkName) return { missing: 'name' };
  const composerUrl = input.composerUrl ?? preset.composerUrl;
  if (!composerUrl) return { missing: 'composer' };
  return { preset: input.preset, networkName, composerUrl };
}
