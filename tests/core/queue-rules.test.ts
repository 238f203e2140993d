// The queue's pure rules: reordering and shuffling move posts between fixed times, evergreen
// selection, and the composer's warnings.
import { describe, expect, it } from 'vitest';
import { moveInQueue, shuffleQueue } from '../../src-main/core/queue/queue-order';
import { planEvergreenFill } from '../../src-main/core/queue/evergreen';
import { postWarnings } from '../../src-main/core/queue/post-warnings';
import { DAY, HOUR } from '../support/time';

const queue = [
  { postId: 'a', at: 100 },
  { postId: 'b', at: 200 },
  { postId: 'c', at: 300 },
];

describe('queue order', () => {
  it('swaps times when a post moves one step', () => {
    expect(moveInQueue(queue, 1, 0)).toEqual([
      { postId: 'b', at: 100 },
      { postId: 'a', at: 200 },
    ]);
  });

  it('shifts the posts between when one is dragged further', () => {
    expect(moveInQueue(queue, 0, 2)).toEqual([
      { postId: 'b', at: 100 },
      { postId: 'c', at: 200 },
      { postId: 'a', at: 300 },
    ]);
  });

  it('changes nothing for a move off the ends', () => {
    expect(moveInQueue(queue, 0, -1)).toEqual([]);
    expect(moveInQueue(queue, 2, 3)).toEqual([]);
  });

  it('shuffles over the same times', () => {
    const moved = shuffleQueue(queue, () => 0);
    const after = queue.map((entry) => moved.find((m) => m.postId === entry.postId) ?? entry);
    expect(after.map((entry) => entry.at).sort()).toEqual([100, 200, 300]);
    expect(moved.length).toBeGreaterThan(0);
  });
});

describe('evergreen selection', () => {
  const start = Date.parse('2026-06-01T07:00Z');
  const slots = [0, 1, 2, 3].map((day) => start + day * DAY);
  const candidate = (
    postId: string,
    text: string,
    extra: Partial<Parameters<typeof planEvergreenFill>[1][0]> = {},
  ) => ({
    postId,
    text,
    gapDays: 2,
    until: null,
    uses: [],
    ...extra,
  });

  it('keeps the minimum gap and picks the one used longest ago', () => {
    const fills = planEvergreenFill(
      slots,
      [candidate('a', 'Fresh bread'), candidate('b', 'Coffee beans', { uses: [start - 10 * DAY] })],
      [],
    );
    // Never used first, then b, then a again once its two days have passed.
    expect(fills).toEqual([
      { postId: 'a', at: slots[0] },
      { postId: 'b', at: slots[1] },
      { postId: 'a', at: slots[2] },
      { postId: 'b', at: slots[3] },
    ]);
  });

  it('leaves a slot empty rather than break the gap', () => {
    expect(planEvergreenFill(slots.slice(0, 2), [candidate('a', 'Fresh bread')], [])).toEqual([
      { postId: 'a', at: slots[0] },
    ]);
  });

  it('stops after the expiry', () => {
    const fills = planEvergreenFill(
      slots,
      [
        candidate('a', 'Fresh bread', { gapDays: 0, until: slots[1]! }),
        candidate('b', 'Cake', { gapDays: 10 }),
      ],
      [],
    );
    // At the third slot a would fit (b came before it) but has expired; b keeps its gap.
    expect(fills).toEqual([
      { postId: 'a', at: slots[0] },
      { postId: 'b', at: slots[1] },
    ]);
  });

  it('never puts the same text twice in a row on the channel', () => {
    const timeline = [{ at: slots[0]! - HOUR, text: 'Fresh bread ' }];
    const fills = planEvergreenFill(
      [slots[0]!],
      [candidate('a', 'Fresh bread'), candidate('b', 'Coffee beans', { uses: [start] })],
      timeline,
    );
    expect(fills).toEqual([]);
    const later = planEvergreenFill(
      [slots[0]!],
      [candidate('a', 'Fresh bread'), candidate('c', 'Cake')],
      timeline,
    );
    expect(later).toEqual([{ postId: 'c', at: slots[0] }]);
  });
});

describe('composer warnings', () => {
  const at = Date.parse('2026-06-01T09:00Z');
  const post = {
    postId: 'p',
    at,
    targets: [
      { channelId: 'x1', network: 'x' as const, text: 'Open today' },
      { channelId: 'bsky', network: 'bluesky' as const, text: 'Open today' },
    ],
  };

  it('warn of two posts within the hour on one channel', () => {
    const warnings = postWarnings(post, [
      { postId: 'q', channelId: 'bsky', at: at + 59 * 60_000, text: 'Other' },
      { postId: 'r', channelId: 'bsky', at: at + HOUR, text: 'Other' },
    ]);
    expect(warnings).toEqual([
      { kind: 'sameHour', channelId: 'bsky', otherPostId: 'q', otherAt: at + 59 * 60_000 },
    ]);
  });

  it('warn of identical text within the window only where the network refuses repeats', () => {
    const warnings = postWarnings(post, [
      { postId: 'q', channelId: 'x1', at: at - 3 * DAY, text: 'Open today' },
      { postId: 'r', channelId: 'bsky', at: at - 3 * DAY, text: 'Open today' },
      { postId: 's', channelId: 'x1', at: at - 8 * DAY, text: 'Open today' },
    ]);
    expect(warnings).toEqual([
      { kind: 'duplicateText', channelId: 'x1', otherPostId: 'q', otherAt: at - 3 * DAY },
    ]);
  });
});
