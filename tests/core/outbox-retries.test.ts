// How the outbox answers each kind of failure: backoff with jitter for transient ones, the
// server's own reset time for 429, straight to failed for refusals, reconnect for auth,
// and reconciliation (verify) before anything is sent again after a timeout.
import { afterEach, describe, expect, vi } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { MAX_TRANSIENT_ATTEMPTS } from '../../src-main/core/outbox/retry-policy';
import { say } from '../../src-main/shared/messages/owner-message';
import { it } from '../support/core-fixture';
import { attemptRows, targetRow, type OutboxHarness } from '../support/outbox-harness';
import { DAY, HOUR, MINUTE, SECOND } from '../support/time';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');

afterEach(() => {
  vi.restoreAllMocks();
});

/** Schedules a 09:00 post on `channel` and runs the clock to 09:00; returns the post and its target id. */
async function dueAtNine(h: OutboxHarness, channel: string, body = 'Fresh bread at nine') {
  const post = await h.schedule([channel], '2026-11-25T09:00', body);
  await h.runUntil(NINE_AM);
  return { post, target: post.targets[0]!.id };
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('transient failures', () => {
  it('back off exponentially with jitter, then stop as failed after the last try', async ({
    h,
    hook: channel,
  }) => {
    const jitter = [0, 1, 0.5, 0.25, 0.75, 0.1, 0.9];
    let draw = 0;
    vi.spyOn(Math, 'random').mockImplementation(() => jitter[draw++ % jitter.length]!);
    h.webhook.scriptPublish(
      ...Array.from({ length: MAX_TRANSIENT_ATTEMPTS }, (_, i) =>
        i % 2 === 0
          ? ({ kind: 'error', failure: 'server', httpStatus: 503, serverAnswer: 'upstream busy' } as const)
          : ({ kind: 'error', failure: 'offline', message: 'Could not reach the webhook.' } as const),
      ),
    );
    const { post, target } = await dueAtNine(h, channel);
    expect(targetRow(h, target)).toMatchObject({ state: 'retry_wait', attempt_count: 1 });
    expect((await h.call('posts.get', { id: post.id })).status).toBe('scheduled');

    await h.runUntil(NINE_AM + DAY);
    const times = h.webhook.publishes.map((c) => c.at);
    expect(times).toHaveLength(MAX_TRANSIENT_ATTEMPTS);
    expect(times[0]).toBe(NINE_AM);
    // Ceilings 30 s, 60 s, 2 min … capped at 30 min; each delay is ceiling/2 + jitter·ceiling/2.
    const ceilings = [30, 60, 120, 240, 480, 960, 1800].map((s) => s * SECOND);
    expect(gaps(times)).toEqual(ceilings.map((c, i) => Math.round(c / 2 + (jitter[i]! * c) / 2)));
    // Same key on every try, so the network can recognise a repeat.
    expect(new Set(h.webhook.publishes.map((c) => c.idempotencyKey)).size).toBe(1);

    const row = targetRow(h, target);
    expect(row).toMatchObject({ state: 'failed', next_attempt_at: null });
    expect(row.last_error).toBe(
      `Could not reach the webhook. Cadence stopped after ${MAX_TRANSIENT_ATTEMPTS} tries. Use “Publish now” to try again.`,
    );
    expect((await h.call('posts.get', { id: post.id })).status).toBe('failed');
    expect(h.notifier.notices).toEqual([expect.objectContaining({ kind: 'failure', body: row.last_error })]);
    expect(h.clock.pendingTimers).toBe(0);
  });

  it('jitter spreads the retries of posts that failed together', async ({ h, hook: channel }) => {
    const other = await h.connect('webhook', 'Second hook');
    h.webhook.scriptPublish(
      { kind: 'error', failure: 'server', httpStatus: 500 },
      { kind: 'error', failure: 'server', httpStatus: 500 },
    );
    const values = [0.2, 0.8];
    vi.spyOn(Math, 'random').mockImplementation(() => values.shift() ?? 0.5);
    const a = await h.schedule([channel], '2026-11-25T09:00', 'A');
    const b = await h.schedule([other], '2026-11-25T09:00', 'B');
    await h.runUntil(NINE_AM);
    const next = [a, b].map((p) => targetRow(h, p.targets[0]!.id).next_attempt_at! - NINE_AM).sort();
    expect(next).toEqual([18 * SECOND, 27 * SECOND]);
  });
});

describe('429 rate limits', () => {
  it('waits exactly until the server’s reset time, with no attempt before it', async ({
    h,
    hook: channel,
  }) => {
    const retryAt = NINE_AM + 10 * MINUTE + 123;
    h.webhook.scriptPublish({
      kind: 'error',
      failure: 'rate-limited',
      retryAt,
      httpStatus: 429,
      serverAnswer: 'Retry-After: 600',
    });
    const { post, target } = await dueAtNine(h, channel);
    expect(targetRow(h, target)).toMatchObject({ state: 'retry_wait', next_attempt_at: retryAt });
    expect(h.clock.nextDueAt()).toBe(retryAt);

    await h.runUntil(retryAt - 1);
    expect(h.webhook.publishes).toHaveLength(1);
    h.clock.set(retryAt);
    await h.core.whenIdle();
    expect(h.webhook.publishes.map((c) => c.at)).toEqual([NINE_AM, retryAt]);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });
});

describe('refusals', () => {
  it.for([
    ['rejected', 422, 'Webhook refused the post: text is not allowed.'],
    ['permission', 403, 'The bot may not post in this channel. Make it an admin.'],
    ['config', 404, 'The webhook address no longer exists. Check it in Settings.'],
  ] as const)(
    '%s: failed at once with the message, never retried',
    async ([failure, httpStatus, message], { h, hook: channel }) => {
      h.webhook.scriptPublish({
        kind: 'error',
        failure,
        httpStatus,
        message,
        serverAnswer: `{"status":${httpStatus}}`,
      });
      const { post, target } = await dueAtNine(h, channel);
      expect(targetRow(h, target)).toMatchObject({
        state: 'failed',
        last_error: message,
        next_attempt_at: null,
      });
      expect((await h.call('posts.get', { id: post.id })).targets[0]).toMatchObject({
        state: 'failed',
        lastError: message,
      });
      expect(h.notifier.notices).toEqual([expect.objectContaining({ kind: 'failure', body: message })]);
      await h.runUntil(NINE_AM + DAY);
      expect(h.webhook.publishes).toHaveLength(1);
      expect(attemptRows(h, target)).toEqual([
        expect.objectContaining({
          outcome: 'failed',
          http_status: httpStatus,
          server_answer: `{"status":${httpStatus}}`,
        }),
      ]);
    },
  );

  it('a post the connector finds invalid fails before any request, with its problems', async ({
    h,
    hook: channel,
  }) => {
    h.webhook.refuseWith([
      { severity: 'warning', code: 'alt-text-missing', message: 'Add alt text.' },
      { severity: 'error', code: 'text-too-long', message: 'Too long for the webhook.' },
    ]);
    const { target } = await dueAtNine(h, channel);
    expect(h.webhook.calls).toEqual([]);
    expect(attemptRows(h, target)).toEqual([]);
    expect(targetRow(h, target)).toMatchObject({ state: 'failed', last_error: 'Too long for the webhook.' });
  });

  it('auth: failed, the channel needs reconnecting, and it publishes after reconnecting', async ({
    h,
    hook: channel,
  }) => {
    h.webhook.scriptPublish({
      kind: 'error',
      failure: 'auth',
      httpStatus: 401,
      message: 'Reconnect Webhook in Settings.',
    });
    const { post, target } = await dueAtNine(h, channel);
    expect(targetRow(h, target)).toMatchObject({
      state: 'failed',
      last_error: 'Reconnect Webhook in Settings.',
    });
    expect((await h.call('channels.list')).find((c) => c.id === channel)?.connection).toBe('needs_reconnect');

    // Another post on that channel fails without a request: Cadence knows the sign-in is bad.
    const second = await h.call('posts.publishNow', {
      id: (await h.call('posts.create', { body: 'Second', channelIds: [channel] })).id,
    });
    await h.core.whenIdle();
    expect(h.webhook.publishes).toHaveLength(1);
    expect(targetRow(h, second.targets[0]!.id).last_error).toMatch(/Reconnect Webhook in Settings/);

    await h.call('channels.connect', {
      network: 'webhook',
      channelId: channel,
      url: 'http://127.0.0.1:9/hook',
      signingSecret: 'a-new-signing-secret-99',
    });
    expect((await h.call('channels.list')).find((c) => c.id === channel)?.connection).toBe('connected');
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });
});

describe('timeouts: the outcome is unknown until the network is asked', () => {
  it('verifies before any new publish, and a post that went out is not sent twice', async ({
    h,
    hook: channel,
  }) => {
    h.webhook.scriptPublish({ kind: 'timeout-after-sending' });
    const { post, target } = await dueAtNine(h, channel);
    const row = targetRow(h, target);
    expect(row.state).toBe('unknown');
    expect(row.last_error).toMatch(/check whether the post went out before trying again/);
    // The first check comes 15 to 30 seconds later: soon, with jitter, never at once.
    const checkAt = row.next_attempt_at!;
    expect(checkAt - NINE_AM).toBeGreaterThanOrEqual(15 * SECOND);
    expect(checkAt - NINE_AM).toBeLessThanOrEqual(30 * SECOND);
    // Not the owner's problem yet: Cadence will check by itself.
    expect((await h.call('posts.get', { id: post.id })).status).toBe('scheduled');

    await h.runUntil(NINE_AM + HOUR);
    expect(h.webhook.calls.map((c) => [c.op, c.at])).toEqual([
      ['publish', NINE_AM],
      ['verify', checkAt],
    ]);
    const published = await h.call('posts.get', { id: post.id });
    expect(published.status).toBe('published');
    expect(published.targets[0]!.remoteUrl).toBe(h.webhook.delivered.get(row.idempotency_key!)!.remoteUrl);
  });

  it('sends again with the same key only after the network says it never arrived', async ({
    h,
    hook: channel,
  }) => {
    h.webhook.scriptPublish({ kind: 'error', failure: 'unknown', message: 'No answer.' });
    const { target } = await dueAtNine(h, channel);
    await h.runUntil(NINE_AM + HOUR);
    expect(h.webhook.calls.map((c) => c.op)).toEqual(['publish', 'verify', 'publish']);
    expect(new Set(h.webhook.calls.map((c) => c.idempotencyKey)).size).toBe(1);
    expect(targetRow(h, target).state).toBe('published');
  });

  it('holds the post for the owner when the network cannot tell, then follows their word', async ({
    h,
    hook: channel,
  }) => {
    h.webhook
      .scriptPublish({ kind: 'error', failure: 'unknown' }, { kind: 'error', failure: 'unknown' })
      .scriptVerify(
        { status: 'cannot-tell', reason: say('connectors.telegram.cannotTell', { handle: '@bakery' }) },
        { status: 'cannot-tell', reason: say('connectors.threads.cannotTell.repliesNotListed') },
      );
    const first = await dueAtNine(h, channel, 'First');
    await h.runUntil(NINE_AM + MINUTE);
    expect(targetRow(h, first.target)).toMatchObject({
      state: 'unknown',
      next_attempt_at: null,
      last_error:
        'Telegram cannot tell Cadence whether the post reached @bakery. Check the channel: if it is there, choose “It was published”; otherwise “Send again”.',
      last_error_key: JSON.stringify([
        { key: 'connectors.telegram.cannotTell', params: { handle: '@bakery' } },
      ]),
    });
    expect((await h.call('posts.get', { id: first.post.id })).status).toBe('failed');
    expect(await h.call('outbox.status')).toMatchObject({ attention: 1, queued: 0 });
    expect(h.notifier.notices).toEqual([
      expect.objectContaining({ kind: 'failure', title: 'Webhook: a post needs you' }),
    ]);
    await h.runUntil(NINE_AM + DAY);
    expect(h.webhook.calls.map((c) => c.op)).toEqual(['publish', 'verify']);
    // Moving it would hide the question: the owner answers it first.
    await expect(
      h.call('posts.schedule', {
        id: first.post.id,
        local: '2026-11-28T09:00',
        timeZone: 'America/New_York',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    await h.call('outbox.resolve', { targetId: first.target, resolution: 'published' });
    await h.core.whenIdle();
    expect((await h.call('posts.get', { id: first.post.id })).status).toBe('published');
    expect(h.webhook.calls).toHaveLength(2);
    await expect(
      h.call('outbox.resolve', { targetId: first.target, resolution: 'send-again' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    // The second one the owner says never arrived: it is sent again, without asking the network.
    const second = await h.call('posts.publishNow', {
      id: (await h.call('posts.create', { body: 'Second', channelIds: [channel] })).id,
    });
    const secondTarget = second.targets[0]!.id;
    await h.runUntil(h.clock.now() + MINUTE);
    expect(targetRow(h, secondTarget)).toMatchObject({ state: 'unknown', next_attempt_at: null });
    await h.call('outbox.resolve', { targetId: secondTarget, resolution: 'send-again' });
    await h.core.whenIdle();
    expect(h.webhook.calls.slice(2).map((c) => c.op)).toEqual(['publish', 'verify', 'publish']);
    expect(targetRow(h, secondTarget).state).toBe('published');
  });

  it('keeps the outcome unknown when the check itself fails, and checks again before sending', async ({
    h,
    hook: channel,
  }) => {
    h.webhook
      .scriptPublish({ kind: 'timeout-after-sending' })
      .scriptVerify(new ConnectorError('offline', 'Could not reach the webhook.'));
    const { post, target } = await dueAtNine(h, channel);
    await h.runUntil(NINE_AM + 30 * SECOND);
    expect(h.webhook.calls.map((c) => c.op)).toEqual(['publish', 'verify']);
    expect(targetRow(h, target)).toMatchObject({ state: 'unknown', next_attempt_at: expect.any(Number) });
    expect((await h.call('posts.get', { id: post.id })).status).toBe('scheduled');

    await h.runUntil(NINE_AM + HOUR);
    expect(h.webhook.calls.map((c) => c.op)).toEqual(['publish', 'verify', 'verify']);
    expect(targetRow(h, target).state).toBe('published');
  });

  it('an unknown outcome whose channel lost its sign-in waits for the owner instead of failing', async ({
    h,
    hook: channel,
  }) => {
    h.webhook.scriptPublish({ kind: 'error', failure: 'unknown' });
    const { post, target } = await dueAtNine(h, channel);
    await h.call('channels.disconnect', { id: channel });
    await h.runUntil(NINE_AM + HOUR);
    expect(h.webhook.calls.map((c) => c.op)).toEqual(['publish']);
    // Failed would let "Publish now" send it again without asking the network first.
    expect(targetRow(h, target)).toMatchObject({ state: 'unknown', next_attempt_at: null });
    expect((await h.call('posts.get', { id: post.id })).status).toBe('failed');
    await expect(h.call('posts.publishNow', { id: post.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('stops after repeated timeouts instead of retrying for ever, checking the last one first', async ({
    h,
    hook: channel,
  }) => {
    h.webhook.scriptPublish(
      ...Array.from({ length: 50 }, () => ({ kind: 'error', failure: 'unknown' }) as const),
    );
    const { target } = await dueAtNine(h, channel);
    await h.runUntil(NINE_AM + DAY);
    const ops = h.webhook.calls.map((c) => c.op);
    expect(ops.filter((op) => op === 'publish')).toHaveLength(MAX_TRANSIENT_ATTEMPTS);
    expect(ops.at(-1)).toBe('verify');
    expect(targetRow(h, target)).toMatchObject({ state: 'failed' });
    expect(targetRow(h, target).last_error).toMatch(
      /^Webhook never confirmed the post\. .*stopped after 8 tries/,
    );
    expect(
      h.core.database.sqlite
        .prepare('select last_error_key as keys from post_targets where id = ?')
        .get(target),
    ).toEqual({
      keys: JSON.stringify([
        { key: 'outbox.neverConfirmed', params: { network: 'Webhook' } },
        { key: 'connectors.retry.gaveUp', params: { count: 8 } },
      ]),
    });
    // Waits between tries grow like any other network trouble.
    const publishTimes = h.webhook.publishes.map((c) => c.at);
    const waits = gaps(publishTimes);
    expect(waits.at(-1)!).toBeGreaterThan(waits[0]! * 8);
  });
});

describe('the activity log', () => {
  it('shows every attempt with its time, result and the server’s answer', async ({ h, hook: channel }) => {
    h.webhook.scriptPublish(
      { kind: 'error', failure: 'server', httpStatus: 502, serverAnswer: 'Bad gateway' },
      {
        kind: 'error',
        failure: 'rate-limited',
        httpStatus: 429,
        serverAnswer: 'slow down',
        retryAt: NINE_AM + HOUR,
      },
      { kind: 'success', remoteId: 'msg-77', remoteUrl: 'https://example.test/msg-77' },
    );
    const { post, target } = await dueAtNine(h, channel);
    await h.runUntil(NINE_AM + 2 * HOUR);
    const [second] = h.webhook.publishes.slice(1);

    const log = (await h.call('activity.list', { postId: post.id })).filter((e) =>
      e.kind.startsWith('attempt.'),
    );
    expect(log.reverse()).toEqual([
      expect.objectContaining({
        kind: 'attempt.retry',
        at: NINE_AM,
        targetId: target,
        detail: expect.objectContaining({ kind: 'server', httpStatus: 502, serverAnswer: 'Bad gateway' }),
      }),
      expect.objectContaining({
        kind: 'attempt.retry',
        at: second!.at,
        detail: expect.objectContaining({
          kind: 'rate-limited',
          httpStatus: 429,
          serverAnswer: 'slow down',
          nextAttemptAt: NINE_AM + HOUR,
        }),
      }),
      expect.objectContaining({
        kind: 'attempt.published',
        at: NINE_AM + HOUR,
        message: 'Published on Webhook (Shop hook).',
        detail: {
          remoteId: 'msg-77',
          remoteUrl: 'https://example.test/msg-77',
          messageKey: [{ key: 'activity.published', params: { network: 'Webhook', handle: 'Shop hook' } }],
        },
      }),
    ]);
    expect(
      attemptRows(h, target).map((a) => [a.started_at, a.outcome, a.http_status, a.server_answer]),
    ).toEqual([
      [NINE_AM, 'retry', 502, 'Bad gateway'],
      [second!.at, 'retry', 429, 'slow down'],
      [NINE_AM + HOUR, 'published', null, 'https://example.test/msg-77'],
    ]);
  });
});
