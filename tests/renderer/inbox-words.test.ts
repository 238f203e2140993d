// How the inbox words times and channels: relative only for today in the business zone,
// "Last checked" ages, and the plain sentence for each channel that cannot have an inbox.
import { describe, expect, it } from 'vitest';
import {
  itemSummary,
  lastCheckedWords,
  noInboxSentence,
  receivedWords,
  replyStateWords,
} from '../../src-renderer/src/features/inbox/inbox-words';
import { say } from '../../src-main/shared/messages/owner-message';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { MINUTE } from '../support/time';

// 10:00 in New York on Wednesday, Nov 25, 2026.
const NOW = Date.UTC(2026, 10, 25, 15);
const ZONE = 'America/New_York';

describe('receivedWords', () => {
  it('is relative for today in the business zone', () => {
    expect(receivedWords(NOW - 20_000, ZONE, NOW)).toBe('just now');
    expect(receivedWords(NOW - 2 * MINUTE, ZONE, NOW)).toBe('2 min ago');
    expect(receivedWords(NOW - 3 * 60 * MINUTE, ZONE, NOW)).toBe('3 h ago');
  });

  it('gives the day and time for an earlier day, even less than 24 hours ago', () => {
    // 23:30 the evening before in New York, though already Nov 25 in UTC.
    expect(receivedWords(Date.UTC(2026, 10, 25, 4, 30), ZONE, NOW)).toBe('Tue, Nov 24, 11:30 PM');
  });
});

describe('lastCheckedWords', () => {
  it('says how long ago the last sync was', () => {
    expect(lastCheckedWords(null, NOW)).toBe('Not checked yet');
    expect(lastCheckedWords(NOW - 10_000, NOW)).toBe('Last checked just now');
    expect(lastCheckedWords(NOW - 2 * MINUTE, NOW)).toBe('Last checked 2 min ago');
    expect(lastCheckedWords(NOW - 60 * MINUTE, NOW)).toBe('Last checked 1 hour ago');
    expect(lastCheckedWords(NOW - 72 * 60 * MINUTE, NOW)).toBe('Last checked 3 days ago');
  });
});

describe('noInboxSentence', () => {
  it('explains Discord, webhooks and channels added by hand in plain words', () => {
    const source = (network: 'discord' | 'webhook' | 'bluesky') => ({
      network,
      channelName: 'Shop',
      reason: 'core reason',
    });
    expect(noInboxSentence(source('discord'), true)).toBe(
      "Discord webhooks can't receive replies, so they have no inbox.",
    );
    expect(noInboxSentence(source('webhook'), false)).toContain("can't receive replies");
    expect(noInboxSentence(source('bluesky'), true)).toBe(
      "Shop was added by hand, so Cadence can't read its replies. Connect it in Settings to see them here.",
    );
    expect(noInboxSentence(source('bluesky'), false)).toBe('core reason');
  });
});

describe('item and reply words', () => {
  it('shortens long snippets on one line', () => {
    expect(itemSummary('Sam', 'Are you\nopen   at 9?')).toBe('Sam: Are you open at 9?');
    expect(itemSummary('Sam', 'x'.repeat(100), 10)).toBe(`Sam: ${'x'.repeat(9)}…`);
  });

  it('says a waiting reply will go out once back online', () => {
    expect(replyStateWords('scheduled', null, false)).toBe("Queued — will send when you're back online");
    expect(replyStateWords('scheduled', null, true)).toBe('Queued');
    expect(replyStateWords('published', null, true)).toBe('Sent');
    expect(replyStateWords('failed', 'The server refused it.', true)).toBe(
      'Not sent — The server refused it.',
    );
  });

  it('gives a keyed failure in the owner’s language, a network’s own words as they are', async () => {
    await applyLanguageChoice('de');
    try {
      const refused = say('connectors.bluesky.postRefused', { said: 'Record too long' });
      const words = replyStateWords('failed', refused.message, true, [
        { key: refused.key, params: refused.params },
      ]);
      expect(words).toContain('Bluesky hat den Beitrag abgelehnt: Record too long');
      expect(words).not.toContain('Bluesky refused');
    } finally {
      await applyLanguageChoice('en');
    }
  });
});
