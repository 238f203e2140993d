// One live count per network, in that network's own unit, for the composer's counters and
// for the connectors' checks before publishing.
import { LIMITS, type Network } from '../entities';
import {
  BLUESKY_TEXT,
  DISCORD_TEXT,
  FACEBOOK_TEXT,
  INSTAGRAM_TEXT,
  LINKEDIN_TEXT,
  MASTODON_DEFAULTS,
  TELEGRAM_TEXT,
  THREADS_TEXT,
  WEBHOOK_TEXT,
  X_TEXT,
  type ChannelLimits,
} from './limits';
import { toLittleText } from './linkedin-little-text';
import { countMastodon } from './mastodon-count';
import { countThreads } from './threads-count';
import { countCodePoints, countGraphemes, utf8ByteLength } from './unicode';
import { measureX } from './x-count';

export type CountUnit = 'characters' | 'graphemes' | 'weighted characters';

export interface TextCount {
  used: number;
  limit: number;
  /** Negative when over. */
  remaining: number;
  unit: CountUnit;
  /** True when any limit is passed, including the byte limit in `extra`. */
  over: boolean;
  /** Bluesky's second limit, on UTF-8 bytes. */
  extra?: { bytes: number; byteLimit: number };
}

export interface CountContext {
  /** Telegram's limit drops from 4,096 to 1,024 when the text is a caption under photos. */
  imageCount?: number;
  /** What the channel's server reports (Mastodon); missing fields keep the defaults. */
  limits?: ChannelLimits | null;
}

function simpleCount(used: number, limit: number, unit: CountUnit): TextCount {
  return { used, limit, remaining: limit - used, unit, over: used > limit };
}

export function countForNetwork(network: Network, text: string, context: CountContext = {}): TextCount {
  switch (network) {
    case 'x':
      return simpleCount(measureX(text).weightedLength, X_TEXT, 'weighted characters');
    case 'bluesky': {
      const count = simpleCount(countGraphemes(text), BLUESKY_TEXT.graphemes, 'graphemes');
      const bytes = utf8ByteLength(text);
      return {
        ...count,
        over: count.over || bytes > BLUESKY_TEXT.bytes,
        extra: { bytes, byteLimit: BLUESKY_TEXT.bytes },
      };
    }
    case 'mastodon': {
      const reservedPerUrl =
        context.limits?.charactersReservedPerUrl ?? MASTODON_DEFAULTS.charactersReservedPerUrl;
      const limit = context.limits?.maxCharacters ?? MASTODON_DEFAULTS.maxCharacters;
      return simpleCount(countMastodon(text, reservedPerUrl), limit, 'graphemes');
    }
    case 'telegram': {
      // Telegram measures in UTF-16 code units, which is what String#length gives.
      const isCaption = (context.imageCount ?? 0) > 0;
      const limit = isCaption ? TELEGRAM_TEXT.caption : TELEGRAM_TEXT.message;
      return simpleCount(text.length, limit, 'characters');
    }
    case 'discord':
      // Discord's API is Python and measures code points (discord-api-docs#1315).
      return simpleCount(countCodePoints(text), DISCORD_TEXT, 'characters');
    case 'webhook':
      // Cadence's own limit, which the IPC schema checks with String#length.
      return simpleCount(text.length, WEBHOOK_TEXT, 'characters');
    // Meta does not say how it counts; UTF-16 units count an emoji as two, so Cadence never
    // lets through a text that Meta would measure as longer.
    case 'facebook':
      return simpleCount(text.length, FACEBOOK_TEXT, 'characters');
    case 'instagram':
      return simpleCount(text.length, INSTAGRAM_TEXT.caption, 'characters');
    // Threads counts an emoji as its UTF-8 bytes and every other character as one.
    case 'threads':
      return simpleCount(countThreads(text), THREADS_TEXT, 'characters');
    // LinkedIn checks the commentary as sent, where each reserved character gains a backslash;
    // UTF-16 units are the cautious measure, as for Meta.
    case 'linkedin':
      return simpleCount(toLittleText(text).length, LINKEDIN_TEXT, 'characters');
    // The owner pastes it into the network's composer: its preset's limit, in UTF-16 units,
    // the cautious measure where a network does not say how it counts.
    case 'reminder':
      return simpleCount(text.length, context.limits?.maxCharacters ?? LIMITS.body, 'characters');
  }
}
