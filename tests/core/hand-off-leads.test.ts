// How far ahead each network's scheduler takes a post (issue 11): Mastodon at least 5 minutes
// ahead with no upper limit; a Facebook Page 10 minutes to 30 days ahead. Cadence adds a minute
// to the least, so a hand-off that takes a while still arrives in time.
import { expect, it } from 'vitest';
import { canHandOff, HAND_OFF_MARGIN_MS, handOffFits } from '../../src-main/shared/hand-off';
import { DAY, MINUTE } from '../support/time';

const NOW = Date.UTC(2026, 10, 25, 12);

it('hands Mastodon and Facebook posts off, and no other network’s', () => {
  expect(canHandOff('mastodon')).toBe(true);
  expect(canHandOff('facebook')).toBe(true);
  for (const network of ['bluesky', 'instagram', 'threads', 'x', 'linkedin', 'webhook'] as const)
    expect(canHandOff(network)).toBe(false);
  expect(handOffFits('bluesky', NOW + DAY, NOW)).toBe(false);
});

it('takes a Facebook post 11 minutes to 30 days ahead', () => {
  expect(HAND_OFF_MARGIN_MS).toBe(MINUTE);
  expect(handOffFits('facebook', NOW + 10 * MINUTE, NOW)).toBe(false);
  expect(handOffFits('facebook', NOW + 11 * MINUTE - 1, NOW)).toBe(false);
  expect(handOffFits('facebook', NOW + 11 * MINUTE, NOW)).toBe(true);
  expect(handOffFits('facebook', NOW + 30 * DAY, NOW)).toBe(true);
  expect(handOffFits('facebook', NOW + 30 * DAY + 1, NOW)).toBe(false);
});

it('takes a Mastodon post 6 minutes ahead or more, however far', () => {
  expect(handOffFits('mastodon', NOW + 6 * MINUTE - 1, NOW)).toBe(false);
  expect(handOffFits('mastodon', NOW + 6 * MINUTE, NOW)).toBe(true);
  expect(handOffFits('mastodon', NOW + 400 * DAY, NOW)).toBe(true);
});
