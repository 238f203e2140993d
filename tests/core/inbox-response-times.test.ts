import { afterEach, describe, expect, test } from 'vitest';
import { incoming, startInboxWorld, type InboxWorld } from '../support/inbox-world';
import { HOUR } from '../support/time';

let world: InboxWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

/** A Berlin business (weeks from Monday); items and replies around the Sunday/Monday boundary. */
async function berlinWeek() {
  world = startInboxWorld({ start: Date.parse('2026-11-21T09:00:00Z'), timeZone: 'Europe/Berlin' });
  const w = world;
  const channelId = await w.connect('bakery');
  const ids = new Map<string, string>();
  const receive = async (name: string, at: string) => {
    await w.runUntil(Date.parse(at));
    w.source.queue('bakery', { items: [incoming({ at: Date.parse(at), remoteId: name, text: name })] });
    await w.call('inbox.refresh', {});
    const listed = await w.call('inbox.list', { search: name });
    ids.set(name, listed.items[0]!.id);
  };
  const answer = async (name: string, at: string) => {
    await w.runUntil(Date.parse(at));
    await w.call('inbox.reply', { id: ids.get(name)!, text: `Answer to ${name}` });
    await w.core.whenIdle();
  };
  // Week of Monday 16 November (Berlin): the last one arrives Sunday 23:30 local (22:30 UTC).
  await receive('saturday', '2026-11-21T10:00:00Z');
  await answer('saturday', '2026-11-22T16:00:00Z'); // after 30 h: late
  await receive('sunday-evening', '2026-11-22T19:00:00Z');
  await answer('sunday-evening', '2026-11-22T22:00:00Z'); // 3 h
  await receive('sunday-late', '2026-11-22T22:30:00Z');
  // Week of Monday 23 November: 00:30 local is 23:30 UTC on Sunday.
  await receive('monday-early', '2026-11-22T23:30:00Z');
  await answer('sunday-late', '2026-11-22T23:30:00Z'); // 1 h, answered in the next week
  await answer('monday-early', '2026-11-23T01:30:00Z'); // 2 h
  await receive('never-answered', '2026-11-23T01:00:00Z');
  await receive('nothing-to-say', '2026-11-23T02:00:00Z');
  await w.call('inbox.setStatus', { ids: [ids.get('nothing-to-say')!], status: 'done' });
  await w.runUntil(Date.parse('2026-11-25T12:00:00Z'));
  return { w, channelId, ids };
}

describe('response times', () => {
  test('weekly medians and items past the target, by the week an item arrived in the business zone', async () => {
    const { w } = await berlinWeek();
    const times = await w.call('inbox.responseTimes', { weeks: 3 });
    expect(times.targetHours).toBe(24);
    expect(times.weeks).toEqual([
      {
        weekKey: 'week:2026-11-09',
        from: Date.parse('2026-11-08T23:00:00Z'),
        to: Date.parse('2026-11-15T23:00:00Z'),
        medianMs: null,
        replied: 0,
        waitingPastTarget: 0,
      },
      {
        weekKey: 'week:2026-11-16',
        from: Date.parse('2026-11-15T23:00:00Z'),
        to: Date.parse('2026-11-22T23:00:00Z'),
        medianMs: 3 * HOUR,
        replied: 3,
        waitingPastTarget: 1,
      },
      {
        weekKey: 'week:2026-11-23',
        from: Date.parse('2026-11-22T23:00:00Z'),
        to: Date.parse('2026-11-29T23:00:00Z'),
        medianMs: 2 * HOUR,
        replied: 1,
        // Still waiting after 59 hours; the one marked done needed no answer.
        waitingPastTarget: 1,
      },
    ]);
    // A tighter target counts more as late.
    const strict = await w.call('inbox.responseTimes', { weeks: 2, targetHours: 2 });
    expect(strict.weeks.map((week) => week.waitingPastTarget)).toEqual([2, 1]);
  });

  test('the same weeks in New York split differently', async () => {
    const { w } = await berlinWeek();
    await w.call('profile.update', { timeZone: 'America/New_York' });
    const times = await w.call('inbox.responseTimes', { weeks: 2 });
    // Sunday 18:30 in New York is still the week of 16 November there; four waits, the middle two averaged.
    expect(times.weeks.map((week) => [week.weekKey, week.replied, week.medianMs])).toEqual([
      ['week:2026-11-16', 4, 2.5 * HOUR],
      ['week:2026-11-23', 0, null],
    ]);
  });

  test('the plan’s reply item counts this week’s answers within the stage’s target', async () => {
    const { w } = await berlinWeek();
    const plan = await w.call('plan.get', {});
    const item = plan.items.find((i) => i.id === 'reply-on-time')!;
    expect(item).toMatchObject({
      progress: { done: 1, target: 2 },
      status: '1 of 2 answered within 24 h.',
      guidance: null,
    });
  });

  test('without a connected channel that has an inbox, the plan says what to do first', async () => {
    world = startInboxWorld();
    const plan = await world.call('plan.get', {});
    const item = plan.items.find((i) => i.id === 'reply-on-time')!;
    expect(item.state).toBe('unavailable');
    expect(item.guidance).toContain('inbox');
  });
});
