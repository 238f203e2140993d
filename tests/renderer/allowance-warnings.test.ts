// Beside Publish and Schedule the composer says when a network has no room for the post: a spent
// X plan cap (a send would fail) and a full 24-hour window (a send waits).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import type { Channel } from '@shared/entities';
import { allowanceWarnings } from '../../src-renderer/src/features/composer/allowance-warnings';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

// Only the fields the warnings read.
const channel = (id: string, network: Channel['network'], postingAllowance?: Channel['postingAllowance']) =>
  ({ id, network, displayName: id, handle: id, postingAllowance, createdAt: 0 }) as Channel;

const capSpent = { capReached: { period: 'Monthly' as const, at: 0, said: 'UsageCapExceeded' } };

describe('allowance warnings', () => {
  it('says nothing while every network has room', () => {
    const x = channel('x', 'x', { window: { used: 3, total: 17, hours: 24 } });
    const ig = channel('ig', 'instagram');
    expect(allowanceWarnings([x, ig], {})).toEqual([]);
  });

  it('warns that a post to X fails while its monthly cap is spent, from the fresh reading', () => {
    const x = channel('x', 'x');
    const [words] = allowanceWarnings([x], { x: { allowance: capSpent, fresh: true } });
    expect(words).toMatch(
      /^X said this app’s monthly post limit is used up: a post sent to X before it resets fails/,
    );
  });

  it('says a post waits while the 24-hour window is full, with the time X counts afresh', () => {
    const resetsAt = Date.UTC(2026, 11, 9, 15, 30);
    const x = channel('x', 'x', { window: { used: 17, total: 17, hours: 24, resetsAt } });
    const ig = channel('ig', 'instagram', { window: { used: 100, total: 100, hours: 24 } });
    const [forX, forInstagram] = allowanceWarnings([x, ig], {});
    expect(forX).toMatch(
      /^X’s 24-hour post limit is used up: a post to X waits until .*2026.*, then goes out\.$/,
    );
    expect(forInstagram).toBe(
      'Instagram’s 24-hour post limit is used up: a post to Instagram waits and is tried again every hour.',
    );
  });

  it('prefers the reading asked for just now over what the channel last said', () => {
    const x = channel('x', 'x', capSpent);
    expect(allowanceWarnings([x], { x: { allowance: null, fresh: true } })).toEqual([]);
  });
});
