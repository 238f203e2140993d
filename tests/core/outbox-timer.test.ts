// The publishing timer under a manual clock: it wakes exactly at due times, sleeps with
// nothing armed when idle, catches up on resume and on coming online, and holds posts
// missed beyond the grace window.
import { describe, expect } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import type { CoreEvent } from '../../src-main/shared/contract';
import { it, type CoreFixtures } from '../support/core-fixture';
import { targetRow, type OutboxHarness } from '../support/outbox-harness';
import type { PublishOutcome } from '../support/scripted-connector';
import { SleepingClock } from '../support/sleeping-clock';
import { HOUR, MINUTE } from '../support/time';

// 2026-11-25 is a Wednesday in EST (UTC-5): 09:00 in New York is 14:00 UTC.
const EIGHT_AM = Date.parse('2026-11-25T13:00:00Z');
const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
const TEN_AM = Date.parse('2026-11-25T15:00:00Z');

const TOOK_EFFECT: PublishOutcome = { kind: 'error', failure: 'server', httpStatus: 502, tookEffect: true };

/** A 09:00 post whose first try fails with `firstTry`, then three hours asleep before its retry. */
async function retrySleptThrough(
  startOutbox: CoreFixtures['startOutbox'],
  firstTry: PublishOutcome,
  beforeWaking: (h: OutboxHarness) => void = () => undefined,
) {
  const clock = new SleepingClock(EIGHT_AM);
  const h = startOutbox({ clock });
  const post = await h.schedule([await h.connect('webhook')], '2026-11-25T09:00');
  h.webhook.scriptPublish(firstTry);
  await h.runUntil(NINE_AM);
  expect(targetRow(h, post.targets[0]!.id).state).toBe('retry_wait');
  clock.sleep(3 * HOUR);
  beforeWaking(h);
  h.core.wake('resume');
  await h.core.whenIdle();
  return { h, post };
}

describe('exact wake times', () => {
  it('sends a 09:00 post when the clock reaches 09:00 exactly, and not a millisecond before', async ({
    startOutbox,
  }) => {
    const h = startOutbox({ start: EIGHT_AM });
    const channel = await h.connect('webhook');
    const post = await h.schedule([channel], '2026-11-25T09:00');
    await h.core.whenIdle();

    expect(post.scheduledAt).toBe(NINE_AM);
    expect(h.clock.pendingTimers).toBe(1);
    expect(h.clock.nextDueAt()).toBe(NINE_AM);
    expect(await h.call('outbox.status')).toEqual({ online: true, queued: 1, attention: 0, nextAt: NINE_AM });

    await h.runUntil(NINE_AM - 1);
    expect(h.webhook.publishes).toEqual([]);
    expect(h.clock.nextDueAt()).toBe(NINE_AM);

    h.clock.set(NINE_AM);
    await h.core.whenIdle();
    expect(h.webhook.publishes).toEqual([
      expect.objectContaining({ at: NINE_AM, targetId: post.targets[0]!.id, text: post.body }),
    ]);
    const published = await h.call('posts.get', { id: post.id });
    expect(published.status).toBe('published');
    expect(published.targets[0]).toMatchObject({
      state: 'published',
      remoteUrl: expect.stringMatching(/^https:/),
    });
    expect(await h.call('outbox.status')).toEqual({ online: true, queued: 0, attention: 0, nextAt: null });
  });

  it('arms for the earliest post and re-arms for the next once it is sent', async ({ startOutbox }) => {
    const h = startOutbox({ start: EIGHT_AM });
    const channel = await h.connect('webhook');
    const later = await h.schedule([channel], '2026-11-25T10:00');
    const earlier = await h.schedule([channel], '2026-11-25T09:00');
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(1);
    expect(h.clock.nextDueAt()).toBe(NINE_AM);

    h.clock.set(NINE_AM);
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(1);
    expect(h.clock.nextDueAt()).toBe(TEN_AM);

    h.clock.set(TEN_AM);
    await h.core.whenIdle();
    expect(h.webhook.publishes.map((c) => [c.targetId, c.at])).toEqual([
      [earlier.targets[0]!.id, NINE_AM],
      [later.targets[0]!.id, TEN_AM],
    ]);
    expect(h.clock.pendingTimers).toBe(0);
  });
});

describe('no wake-up while idle', () => {
  it('arms nothing after start, after connecting, for drafts, or once the last post is sent', async ({
    startOutbox,
  }) => {
    const h = startOutbox({ start: EIGHT_AM });
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(0);

    const channel = await h.connect('webhook');
    await h.call('posts.create', { body: 'Just a draft', channelIds: [channel] });
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(0);

    await h.schedule([channel], '2026-11-25T09:00');
    await h.runUntil(NINE_AM);
    expect(h.webhook.publishes).toHaveLength(1);
    expect(h.clock.pendingTimers).toBe(0);
    expect(h.clock.nextDueAt()).toBeNull();

    // A day of nothing to do fires nothing and calls nobody.
    await h.runUntil(NINE_AM + 24 * HOUR);
    expect(h.webhook.calls).toHaveLength(1);
  });

  it('clears the timer on unschedule and re-arms it on reschedule', async ({ startOutbox }) => {
    const h = startOutbox({ start: EIGHT_AM });
    const channel = await h.connect('webhook');
    const nine = await h.schedule([channel], '2026-11-25T09:00');
    const ten = await h.schedule([channel], '2026-11-25T10:00');
    await h.core.whenIdle();
    expect(h.clock.nextDueAt()).toBe(NINE_AM);

    await h.call('posts.unschedule', { id: nine.id });
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(1);
    expect(h.clock.nextDueAt()).toBe(TEN_AM);

    await h.call('posts.schedule', { id: ten.id, local: '2026-11-25T08:30', timeZone: 'America/New_York' });
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(1);
    expect(h.clock.nextDueAt()).toBe(EIGHT_AM + 30 * MINUTE);

    await h.call('posts.unschedule', { id: ten.id });
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(0);
    await h.runUntil(TEN_AM + HOUR);
    expect(h.webhook.calls).toEqual([]);
  });
});

describe('waking on resume and on coming online', () => {
  it('sends a post the laptop slept through when the system resumes', async ({ startOutbox }) => {
    const clock = new SleepingClock(EIGHT_AM);
    const h = startOutbox({ clock });
    const channel = await h.connect('webhook');
    await h.schedule([channel], '2026-11-25T09:00');
    await h.core.whenIdle();

    // Asleep from 08:30 to 10:00: the timer's monotonic clock stood still, so it is late.
    await h.runUntil(EIGHT_AM + 30 * MINUTE);
    clock.sleep(90 * MINUTE);
    expect(clock.now()).toBe(TEN_AM);
    expect(clock.nextDueAt()).toBe(NINE_AM + 90 * MINUTE);
    expect(h.webhook.publishes).toEqual([]);

    h.core.wake('resume');
    await h.core.whenIdle();
    expect(h.webhook.publishes).toEqual([expect.objectContaining({ at: TEN_AM })]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('waits while offline without arming anything, then sends on coming online', async ({ startOutbox }) => {
    const h = startOutbox({ start: EIGHT_AM });
    const events: CoreEvent[] = [];
    h.core.subscribe((event) => events.push(event));
    const channel = await h.connect('webhook');
    const post = await h.schedule([channel], '2026-11-25T09:00');
    await h.core.whenIdle();

    h.online.set(false);
    expect(events).toContainEqual({ type: 'outbox.changed' });
    expect(await h.call('outbox.status')).toMatchObject({ online: false, queued: 1, nextAt: NINE_AM });

    await h.runUntil(NINE_AM + 30 * MINUTE);
    expect(h.webhook.calls).toEqual([]);
    expect(h.clock.pendingTimers).toBe(0);
    expect((await h.call('posts.get', { id: post.id })).targets[0]!.state).toBe('scheduled');

    // Scheduling or resuming while offline arms nothing either: there is no busy loop.
    await h.schedule([channel], '2026-11-25T11:00');
    h.core.wake('resume');
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(0);
    expect(h.webhook.calls).toEqual([]);

    h.online.set(true);
    await h.core.whenIdle();
    expect(h.webhook.publishes).toEqual([
      expect.objectContaining({ at: NINE_AM + 30 * MINUTE, targetId: post.targets[0]!.id }),
    ]);
    expect(await h.call('outbox.status')).toMatchObject({ online: true, queued: 1 });
    expect(h.clock.nextDueAt()).toBe(Date.parse('2026-11-25T16:00:00Z'));
  });
  it('keeps a post due while Cadence runs offline, however long, and sends it on coming online', async ({
    startOutbox,
  }) => {
    const h = startOutbox({ start: EIGHT_AM });
    const channel = await h.connect('webhook');
    const post = await h.schedule([channel], '2026-11-25T09:00');
    await h.core.whenIdle();
    h.online.set(false);

    // Five hours offline, with the laptop awake: past the grace window, but not missed.
    await h.runUntil(NINE_AM + 5 * HOUR);
    h.online.set(true);
    await h.core.whenIdle();

    expect(h.webhook.publishes).toEqual([expect.objectContaining({ at: NINE_AM + 5 * HOUR })]);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });
});

describe('the grace window', () => {
  async function sleptThrough(
    startOutbox: CoreFixtures['startOutbox'],
    lateBy: number,
    configure?: (h: OutboxHarness) => Promise<void>,
  ) {
    const clock = new SleepingClock(EIGHT_AM);
    const h = startOutbox({ clock });
    await configure?.(h);
    const channel = await h.connect('webhook');
    const post = await h.schedule([channel], '2026-11-25T09:00');
    await h.core.whenIdle();
    clock.sleep(NINE_AM + lateBy - EIGHT_AM);
    h.core.wake('resume');
    await h.core.whenIdle();
    return { h, post, target: post.targets[0]!.id };
  }

  it('publishes a post missed by less than two hours, and by exactly two', async ({ startOutbox }) => {
    for (const lateBy of [HOUR + 59 * MINUTE, 2 * HOUR]) {
      const { h } = await sleptThrough(startOutbox, lateBy);
      expect(h.webhook.publishes).toEqual([expect.objectContaining({ at: NINE_AM + lateBy })]);
    }
  });

  it('holds a post missed by more than two hours, tells the owner, and publishes it on request', async ({
    startOutbox,
  }) => {
    const { h, post, target } = await sleptThrough(startOutbox, 2 * HOUR + 1);
    expect(h.webhook.calls).toEqual([]);
    expect(targetRow(h, target)).toMatchObject({
      state: 'missed',
      // The renderer puts "Missed" before it; the key shows it in the owner's language.
      last_error:
        'The laptop was asleep or Cadence was closed at the planned time. Publish it now or pick a new time.',
      last_error_key: JSON.stringify([{ key: 'outbox.missed' }]),
    });
    expect((await h.call('posts.get', { id: post.id })).status).toBe('failed');
    expect(await h.call('outbox.status')).toMatchObject({ queued: 0, attention: 1, nextAt: null });
    const log = await h.call('activity.list', { postId: post.id });
    expect(log[0]).toMatchObject({
      kind: 'post.missed',
      message: expect.stringContaining('2026-11-25 09:00'),
    });
    expect(h.notifier.notices).toEqual([
      expect.objectContaining({ kind: 'failure', title: 'A post was missed' }),
    ]);
    expect(h.clock.pendingTimers).toBe(0);

    const requested = await h.call('posts.publishNow', { id: post.id });
    expect(requested.status).toBe('scheduled');
    await h.core.whenIdle();
    expect(h.webhook.publishes).toEqual([expect.objectContaining({ at: h.clock.now(), targetId: target })]);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });

  it('follows the grace window setting', async ({ startOutbox }) => {
    const wider = await sleptThrough(startOutbox, 2 * HOUR + 30 * MINUTE, async (h) => {
      expect(await h.call('settings.update', { graceWindowMinutes: 180 })).toMatchObject({
        graceWindowMinutes: 180,
      });
    });
    expect(wider.h.webhook.publishes).toHaveLength(1);

    const narrower = await sleptThrough(startOutbox, 45 * MINUTE, async (h) => {
      await h.call('settings.update', { graceWindowMinutes: 30 });
    });
    expect(narrower.h.webhook.publishes).toEqual([]);
    expect(targetRow(narrower.h, narrower.target).state).toBe('missed');
  });

  it('applies to a retry the laptop slept through: it is held, not sent hours late', async ({
    startOutbox,
  }) => {
    const { h, post } = await retrySleptThrough(startOutbox, {
      kind: 'error',
      failure: 'server',
      httpStatus: 503,
    });
    expect(h.webhook.publishes).toHaveLength(1);
    expect(targetRow(h, post.targets[0]!.id).state).toBe('missed');
    expect((await h.call('posts.get', { id: post.id })).status).toBe('failed');
    // The network was asked first; the log does not say the post is being sent.
    const log = (await h.call('activity.list', { postId: post.id })).map((entry) => entry.message);
    expect(log).toContain('Checked with Webhook: the post did not go out.');

    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.webhook.publishes).toHaveLength(2);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });

  it('publishes, rather than holds, a retry slept through whose last try the network took', async ({
    startOutbox,
  }) => {
    // A gateway's 502 after the network acted: a network that recognises a resend is retried,
    // not checked, so the post may be there already when the retry turns out to be late.
    const { h, post } = await retrySleptThrough(startOutbox, TOOK_EFFECT);
    expect(h.webhook.publishes).toHaveLength(1);
    expect(h.webhook.verifies).toHaveLength(1);
    expect(targetRow(h, post.targets[0]!.id)).toMatchObject({ state: 'published', last_error: null });
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
    expect(h.notifier.notices).not.toContainEqual(expect.objectContaining({ title: 'A post was missed' }));
  });

  it('leaves a retry slept through to the owner when a try may have reached a network that cannot say', async ({
    startOutbox,
  }) => {
    // A webhook cannot be asked whether it has a post. "Missed" would say it did not go out.
    const { h, post } = await retrySleptThrough(startOutbox, TOOK_EFFECT, (woken) =>
      woken.webhook.scriptVerify({ status: 'retry-safe', searched: false }),
    );
    const target = post.targets[0]!.id;
    expect(h.webhook.publishes).toHaveLength(1);
    expect(targetRow(h, target)).toMatchObject({
      state: 'unknown',
      next_attempt_at: null,
      last_error:
        'The laptop slept or Cadence was closed before Webhook confirmed this post, and Webhook cannot tell Cadence whether it went out. Check Webhook: if the post is there, choose “It was published”; otherwise “Send again”.',
    });
    expect(h.notifier.notices).toEqual([
      expect.objectContaining({ kind: 'failure', title: 'Webhook: a post needs you' }),
    ]);
    const log = (await h.call('activity.list', { postId: post.id })).map((entry) => entry.message);
    expect(log).toContain('Checked with Webhook: it cannot tell whether the post went out.');
    await h.call('outbox.resolve', { targetId: target, resolution: 'published' });
    await h.core.whenIdle();
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
    expect(h.webhook.publishes).toHaveLength(1);
  });

  it('leaves it to the owner too when asking the network fails', async ({ startOutbox }) => {
    const { h, post } = await retrySleptThrough(startOutbox, TOOK_EFFECT, (woken) =>
      woken.webhook.scriptVerify(new ConnectorError('offline', 'The network could not be reached.')),
    );
    expect(h.webhook.publishes).toHaveLength(1);
    expect(targetRow(h, post.targets[0]!.id)).toMatchObject({
      state: 'unknown',
      last_error:
        'The laptop slept or Cadence was closed before the network confirmed this post, and Cadence could not ask whether it went out. Check the channel: if the post is there, choose “It was published”; otherwise “Send again”.',
    });
  });

  it('holds it as missed when every try was refused outright, whatever the network can say', async ({
    startOutbox,
  }) => {
    // A 429 is a refusal: nothing was posted, so there is nothing for the owner to check.
    const { h, post } = await retrySleptThrough(
      startOutbox,
      { kind: 'error', failure: 'rate-limited', httpStatus: 429 },
      (woken) => woken.webhook.scriptVerify({ status: 'retry-safe', searched: false }),
    );
    expect(h.webhook.publishes).toHaveLength(1);
    expect(targetRow(h, post.targets[0]!.id).state).toBe('missed');
  });

  it('notices a sleep the system did not report, from a timer that fired hours late', async ({
    startOutbox,
  }) => {
    const clock = new SleepingClock(EIGHT_AM);
    const h = startOutbox({ clock });
    const channel = await h.connect('webhook');
    const post = await h.schedule([channel], '2026-11-25T09:00');
    await h.core.whenIdle();
    // The lid closes at 08:30 for three hours; the 09:00 timer only fires at 11:30.
    await h.runUntil(EIGHT_AM + 30 * MINUTE);
    clock.sleep(3 * HOUR);
    await h.runUntil(NINE_AM + 3 * HOUR);

    expect(h.webhook.publishes).toEqual([]);
    expect(targetRow(h, post.targets[0]!.id).state).toBe('missed');
  });

  it('applies to posts that fell due while Cadence was closed', async ({ startOutbox }) => {
    const first = startOutbox({ start: EIGHT_AM });
    const channel = await first.connect('webhook');
    const soon = await first.schedule([channel], '2026-11-25T09:00');
    const early = await first.schedule([channel], '2026-11-25T08:30');
    await first.core.close();

    // Reopened at 10:45: 09:00 is within two hours, 08:30 is not.
    const second = startOutbox({
      clock: new ManualClock(Date.parse('2026-11-25T15:45:00Z')),
      dataDir: first.dataDir,
      secrets: first.secrets,
    });
    await second.core.whenIdle();
    expect(second.webhook.publishes.map((c) => c.targetId)).toEqual([soon.targets[0]!.id]);
    expect(targetRow(second, early.targets[0]!.id).state).toBe('missed');
  });
});

describe('a DST day in New York', () => {
  it('sends 09:00 on the fall-back day at 14:00 UTC, after the clocks went back', async ({ startOutbox }) => {
    const h = startOutbox({ start: Date.parse('2026-10-31T12:00:00Z') });
    const channel = await h.connect('webhook');
    const nine = await h.schedule([channel], '2026-11-01T09:00');
    const secondOneThirty = await h.call('posts.schedule', {
      id: (await h.call('posts.create', { body: 'After the change', channelIds: [channel] })).id,
      local: '2026-11-01T01:30',
      timeZone: 'America/New_York',
      choice: 'later',
    });
    expect(nine.scheduledAt).toBe(Date.parse('2026-11-01T14:00:00Z'));
    expect(secondOneThirty.scheduledAt).toBe(Date.parse('2026-11-01T06:30:00Z'));

    // 13:00 UTC would be 09:00 had the offset not changed: nothing goes out then.
    await h.runUntil(Date.parse('2026-11-01T13:59:59.999Z'));
    expect(h.webhook.publishes.map((c) => c.at)).toEqual([Date.parse('2026-11-01T06:30:00Z')]);

    h.clock.set(Date.parse('2026-11-01T14:00:00Z'));
    await h.core.whenIdle();
    expect(h.webhook.publishes.map((c) => c.at)).toEqual([
      Date.parse('2026-11-01T06:30:00Z'),
      Date.parse('2026-11-01T14:00:00Z'),
    ]);
  });

  it('sends 09:00 on the spring-forward day at 13:00 UTC, after the clocks went forward', async ({
    startOutbox,
  }) => {
    const h = startOutbox({ start: Date.parse('2027-03-13T12:00:00Z') });
    const channel = await h.connect('webhook');
    const nine = await h.schedule([channel], '2027-03-14T09:00');
    expect(nine.scheduledAt).toBe(Date.parse('2027-03-14T13:00:00Z'));

    await h.runUntil(Date.parse('2027-03-14T12:59:59.999Z'));
    expect(h.webhook.publishes).toEqual([]);
    h.clock.set(Date.parse('2027-03-14T13:00:00Z'));
    await h.core.whenIdle();
    expect(h.webhook.publishes.map((c) => c.at)).toEqual([Date.parse('2027-03-14T13:00:00Z')]);
  });
});
