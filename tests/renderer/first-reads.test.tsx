// @vitest-environment happy-dom
// The first screen's reads go out before React renders anything (issue 14's app ready): the
// profile, channels and stored language at once, the opening month's posts as soon as the profile
// is in; the calendar then draws that month from the answer already in, without reading it again.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '@shared/entities';
import { FakeBridge } from './support/fake-bridge';
import { postSummary } from './support/post-summary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ZONE = 'America/New_York';
const NOW = Date.UTC(2026, 11, 6, 15);
const ONBOARDED = { timeZone: ZONE, weekStartsOn: 0, onboardedAt: NOW - 86_400_000 } as Profile;

let core: FakeBridge;
let root: Root | null = null;

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  core = new FakeBridge();
  window.cadence = core;
});

afterEach(() => {
  delete document.documentElement.dataset.theme;
  if (root) act(() => root!.unmount());
  root = null;
  vi.useRealTimers();
  delete window.cadence;
});

/** The reads started, in order, by channel. */
const channels = () => core.calls.map((c) => c.channel);
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** Starts the first reads, as main.tsx does, and answers the profile, channels and language. */
async function startAs(profile: Profile | null, theme = 'system'): Promise<{ settled: () => boolean }> {
  const { startFirstReads } = await import('../../src-renderer/src/app/first-reads');
  let settled = false;
  void startFirstReads().then(() => (settled = true));
  expect(channels()).toEqual(['profile.get', 'channels.list', 'settings.get']);
  core.callsTo('profile.get')[0]!.answer(profile);
  core.callsTo('channels.list')[0]!.answer([]);
  core.callsTo('settings.get')[0]!.answer({ language: 'system', theme });
  await flush();
  return { settled: () => settled };
}

describe('the first reads', () => {
  it("ask for the opening month's posts once the profile is in, and settle when they are in", async () => {
    const start = await startAs(ONBOARDED);
    const [month] = core.callsTo('calendar.month');
    const { periodAt } = await import('../../src-renderer/src/features/calendar/calendar-period');
    const december = periodAt('month', { year: 2026, month: 12, day: 6 }, 0, ZONE);
    expect(month?.input).toEqual({ from: december.from, to: december.to, timeZone: ZONE, perDay: 3 });
    expect(start.settled()).toBe(false);

    const shown = postSummary({
      id: 'dec-10',
      scheduledAt: Date.UTC(2026, 11, 10, 14),
      scheduledTimeZone: ZONE,
    });
    month!.answer({ posts: [shown], dayTotals: { '2026-12-10': 1 } });
    await flush();
    expect(start.settled()).toBe(true);

    // The month's reader draws the answer in its first render, with no read of its own.
    const { useCalendarPosts } = await import('../../src-renderer/src/features/calendar/use-calendar-posts');
    const firstRender: string[][] = [];
    function Reader() {
      const { posts } = useCalendarPosts(december, ZONE);
      if (firstRender.length === 0) firstRender.push(posts.map((post) => post.id));
      return null;
    }
    root = createRoot(document.createElement('div'));
    act(() => root!.render(<Reader />));
    expect(firstRender).toEqual([['dec-10']]);
    expect(core.callsTo('calendar.month')).toHaveLength(1);
  });

  it('apply the stored theme before anything renders, from the same read as the language', async () => {
    await startAs({ ...ONBOARDED, onboardedAt: null }, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(core.callsTo('settings.get')).toHaveLength(1);

    // The theme's watch, mounted with the workspace, takes that read up instead of a second one,
    // and reads again when the settings change.
    const { useStoredTheme } = await import('../../src-renderer/src/state/use-theme');
    function Themed() {
      useStoredTheme();
      return null;
    }
    root = createRoot(document.createElement('div'));
    act(() => root!.render(<Themed />));
    await flush();
    expect(core.callsTo('settings.get')).toHaveLength(1);
    act(() => core.emit({ type: 'settings.changed' }));
    expect(core.callsTo('settings.get')).toHaveLength(2);
    core.callsTo('settings.get')[1]!.answer({ language: 'system', theme: 'light' });
    await flush();
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('read no calendar for a newcomer, who opens on the first-run questions, and settle at once', async () => {
    const start = await startAs({ ...ONBOARDED, onboardedAt: null });
    expect(core.callsTo('calendar.month')).toEqual([]);
    expect(start.settled()).toBe(true);
  });

  it('settle when the profile cannot be read, so the workspace can say what failed', async () => {
    const { startFirstReads } = await import('../../src-renderer/src/app/first-reads');
    let settled = false;
    void startFirstReads().then(() => (settled = true));
    core.callsTo('profile.get')[0]!.fail('Cadence could not reach its engine.');
    core.callsTo('channels.list')[0]!.answer([]);
    core.callsTo('settings.get')[0]!.answer({ language: 'system', theme: 'system' });
    await flush();
    expect(core.callsTo('calendar.month')).toEqual([]);
    expect(settled).toBe(true);
  });
});
