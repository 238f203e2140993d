// Posts whose channel's sign-in will have ended, or has been refused, by the time they are due.
import { channelFixture } from '../support/channel-fixture';
import { describe, expect, it, vi } from 'vitest';
import {
  postsAtRisk,
  readPostsAtRisk,
  reconnectMessage,
  trayRiskMessage,
} from '../../src-main/core/connectors/posts-at-risk';
import { sayKeyed, wordsIn } from '../../src-main/shared/messages/words';
import { DAY } from '../support/time';

const NOW = Date.UTC(2026, 11, 1, 12);

const channel = channelFixture;

const post = (postId: string, inDays: number, ...channelIds: string[]) => ({
  postId,
  scheduledAt: NOW + inDays * DAY,
  channelIds,
});

describe('posts at risk', () => {
  it('lists posts due after an access token ends that nothing renews', () => {
    const fb = channel('fb', 'facebook', { accessExpiresAt: NOW + 8 * DAY });
    const risks = postsAtRisk(
      [fb],
      [post('before', 7, 'fb'), post('after', 9, 'fb'), post('later', 20, 'fb')],
      NOW,
    );
    expect(risks).toEqual([
      {
        channelId: 'fb',
        network: 'facebook',
        handle: '@fb',
        reconnectBy: NOW + 8 * DAY,
        posts: [
          { postId: 'after', scheduledAt: NOW + 9 * DAY },
          { postId: 'later', scheduledAt: NOW + 20 * DAY },
        ],
      },
    ]);
  });

  it('uses the refresh token end when there is one', () => {
    const li = channel('li', 'linkedin', {
      accessExpiresAt: NOW + 2 * DAY,
      refreshExpiresAt: NOW + 30 * DAY,
    });
    const risks = postsAtRisk([li], [post('a', 3, 'li'), post('b', 31, 'li')], NOW);
    expect(risks.map((r) => [r.reconnectBy, r.posts.map((p) => p.postId)])).toEqual([
      [NOW + 30 * DAY, ['b']],
    ]);
  });

  it('puts every upcoming post at risk once the sign-in is refused or needs reconnecting', () => {
    const th = channel('th', 'threads', { accessExpiresAt: NOW - DAY, credentialFailedAt: NOW - 2 * DAY });
    const ig = channel('ig', 'instagram', { connection: 'needs_reconnect' });
    const risks = postsAtRisk([th, ig], [post('t', 1, 'th'), post('i', 2, 'ig', 'th')], NOW);
    expect(risks.map((r) => [r.channelId, r.reconnectBy, r.posts.length])).toEqual([
      ['th', NOW, 2],
      ['ig', NOW, 1],
    ]);
  });

  it('keeps a refused sign-in working until its own end', () => {
    const li = channel('li', 'linkedin', { accessExpiresAt: NOW + 5 * DAY, credentialFailedAt: NOW - DAY });
    const risks = postsAtRisk([li], [post('ok', 4, 'li'), post('lost', 6, 'li')], NOW);
    expect(risks[0]!.posts.map((p) => p.postId)).toEqual(['lost']);
    expect(risks[0]!.reconnectBy).toBe(NOW + 5 * DAY);
  });

  it('leaves X alone, which renews itself, unless its sign-in failed', () => {
    const x = channel('x', 'x', { accessExpiresAt: NOW + 60_000 });
    expect(postsAtRisk([x], [post('p', 3, 'x')], NOW)).toEqual([]);
    const failed = { ...x, credentialFailedAt: NOW - 1 };
    expect(postsAtRisk([failed], [post('p', 3, 'x')], NOW)).toHaveLength(1);
  });

  it('ignores channels without posts after the end, and manual channels', () => {
    const fb = channel('fb', 'facebook', { accessExpiresAt: NOW + 30 * DAY });
    const manual = channel('m', 'linkedin', { connection: 'manual' });
    expect(postsAtRisk([fb, manual], [post('a', 3, 'fb', 'm')], NOW)).toEqual([]);
  });

  it('says the day in the business time zone, across a DST change', () => {
    // 23:30 UTC on Sunday 29 March 2026 is already Monday in Berlin (summer time, UTC+2).
    const risk = {
      channelId: 'li',
      network: 'linkedin' as const,
      handle: '@li',
      reconnectBy: Date.UTC(2026, 2, 29, 23, 30),
      posts: [{ postId: 'a', scheduledAt: 0 }],
    };
    const british = wordsIn('en', 'en-GB');
    expect(sayKeyed(british, reconnectMessage(risk, 'Europe/Berlin'))).toBe(
      'Reconnect LinkedIn before Mon 30 Mar: 1 post at risk',
    );
    expect(sayKeyed(british, reconnectMessage(risk, 'America/New_York'))).toBe(
      'Reconnect LinkedIn before Sun 29 Mar: 1 post at risk',
    );
    const four = { ...risk, reconnectBy: Date.UTC(2026, 11, 9, 10), posts: Array(4).fill(risk.posts[0]) };
    expect(reconnectMessage(four, 'Europe/London')).toMatchObject({
      key: 'atRisk.reconnectBefore',
      message: 'Reconnect LinkedIn before Wed, Dec 9: 4 posts at risk',
    });
    // The day is written in the locale of the words that show it: a German sentence, a German day.
    expect(sayKeyed(wordsIn('de', 'de-DE'), reconnectMessage(four, 'Europe/Berlin'))).toBe(
      'LinkedIn vor Mi., 9. Dez. neu verbinden: 4 Beiträge gefährdet',
    );
  });

  it('names only the channel to reconnect soonest in the tray, and nothing when none is at risk', () => {
    const writing = 'Europe/London';
    const risk = (network: 'linkedin' | 'threads', day: number) => ({
      channelId: network,
      network,
      handle: '@h',
      reconnectBy: Date.UTC(2026, 11, day, 10),
      posts: [{ postId: 'a', scheduledAt: Date.UTC(2026, 11, day + 1) }],
    });
    expect(trayRiskMessage([risk('linkedin', 9), risk('threads', 7)], writing)?.message).toBe(
      'Reconnect Threads before Mon, Dec 7: 1 post at risk',
    );
    expect(trayRiskMessage([], writing)).toBeNull();
  });
});

describe('reading the posts at risk from the stores', () => {
  const summary = (id: string, inDays: number, channelIds: string[]) => ({
    id,
    status: 'scheduled',
    scheduledAt: NOW + inDays * DAY,
    channelIds,
  });

  it('reads no post while no sign-in has an end, and only posts after the earliest end otherwise', () => {
    const range = vi.fn((from: number) =>
      [summary('p1', 9, ['fb']), summary('p2', 3, ['fb'])].filter((p) => p.scheduledAt >= from),
    );
    const clock = { now: () => NOW };
    expect(
      readPostsAtRisk({ channels: { list: () => [channel('x1', 'x')] }, posts: { range }, clock }),
    ).toEqual([]);
    expect(range).not.toHaveBeenCalled();

    const fb = channel('fb', 'facebook', { accessExpiresAt: NOW + 8 * DAY });
    const risks = readPostsAtRisk({ channels: { list: () => [fb] }, posts: { range }, clock });
    expect(range).toHaveBeenCalledWith(NOW + 8 * DAY, expect.any(Number));
    expect(risks.map((risk) => risk.posts.map((p) => p.postId))).toEqual([['p1']]);
  });
});
