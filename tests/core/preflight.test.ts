// "Will it go out?" as a pure rule: which posts due in the window go out on their own, which can be
// handed to a network's scheduler now, which need Cadence running, and how long to keep awake.
import { expect, it } from 'vitest';
import type { Network, TargetState } from '../../src-main/shared/entities';
import {
  keepAwakeUntil,
  preflight,
  SEND_ALLOWANCE_MS,
  type PreflightInput,
} from '../../src-main/shared/preflight';
import { HOUR, MINUTE } from '../support/time';

const NOW = Date.UTC(2026, 11, 7, 20);

function post(id: string, inMs: number, ...targets: [Network, TargetState][]): PreflightInput {
  return {
    postId: id,
    excerpt: id,
    scheduledAt: NOW + inMs,
    targets: targets.map(([network, state]) => ({ network, state })),
  };
}

it('sorts the posts of the next day by what they need', () => {
  const answer = preflight(
    [
      post('held', 2 * HOUR, ['mastodon', 'handed_off']),
      post('mastodon', 13 * HOUR, ['mastodon', 'scheduled']),
      post('bluesky', 9 * HOUR, ['bluesky', 'scheduled']),
      post('both', 10 * HOUR, ['mastodon', 'scheduled'], ['bluesky', 'scheduled']),
      // Mastodon takes a post only five minutes and more ahead, with a minute to spare.
      post('too-soon', 5 * MINUTE, ['mastodon', 'scheduled']),
      post('retrying', 3 * HOUR, ['mastodon', 'retry_wait']),
      post('half-out', 4 * HOUR, ['mastodon', 'handed_off'], ['telegram', 'published']),
      post('tomorrow', 25 * HOUR, ['bluesky', 'scheduled']),
    ],
    NOW,
    NOW + 24 * HOUR,
  );
  expect(answer.total).toBe(7);
  expect(answer.onTheirOwn).toBe(2);
  expect(answer.canHandOff.map((p) => p.postId)).toEqual(['mastodon']);
  expect(answer.needCadence.map((p) => p.postId)).toEqual(['bluesky', 'both', 'too-soon', 'retrying']);
});

it('keeps the laptop awake until the last post that still needs Cadence in the chosen window has gone', () => {
  const answer = preflight(
    [
      post('mastodon', 2 * HOUR, ['mastodon', 'scheduled']),
      post('bluesky', 1 * HOUR, ['bluesky', 'scheduled']),
      post('later', 6 * HOUR, ['bluesky', 'scheduled']),
    ],
    NOW,
    NOW + 24 * HOUR,
  );
  expect(keepAwakeUntil(answer, 4 * HOUR, false)).toBe(NOW + 2 * HOUR + SEND_ALLOWANCE_MS);
  // Handed off, the Mastodon post no longer needs the laptop awake.
  expect(keepAwakeUntil(answer, 4 * HOUR, true)).toBe(NOW + 1 * HOUR + SEND_ALLOWANCE_MS);
  expect(keepAwakeUntil(answer, 30 * MINUTE, true)).toBeNull();
  expect(keepAwakeUntil(preflight([], NOW, NOW + HOUR), HOUR, false)).toBeNull();
});
