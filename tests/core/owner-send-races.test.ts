// The owner and a send never race: while a request is in flight or Cadence is checking whether a
// post went out, moving, deleting or unhooking it is refused in plain words; whatever the owner
// decided while the sender was busy (drafts, "It was published") is never overwritten; and a post
// the owner took back is never sent.
import { describe, expect } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import type { Verification } from '../../src-main/core/connectors/connector';
import { memorySecretStore, type SecretStore } from '../../src-main/core/ports';
import { say } from '../../src-main/shared/messages/owner-message';
import { it, type CoreFixtures } from '../support/core-fixture';
import { targetRow, type OutboxHarness } from '../support/outbox-harness';
import { DAY, HOUR, MINUTE } from '../support/time';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
const BEING_SENT = 'This post is being sent right now. Try again in a moment.';
const CHECKING = (then: string) =>
  `Cadence is still checking whether this post went out (its Delivery says when). ${then} once it knows.`;

async function refusal(h: OutboxHarness, channel: string, input: unknown) {
  const result = await h.core.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** A post due at 09:00 on a webhook, whose send is in flight until the test answers it. */
async function sending(startOutbox: CoreFixtures['startOutbox']) {
  const h = startOutbox();
  const channel = await h.connect('webhook', 'Shop hook');
  const post = await h.schedule([channel], '2026-11-25T09:00', 'In flight');
  const target = post.targets[0]!.id;
  h.webhook.scriptPublish({ kind: 'held' });
  h.clock.set(NINE_AM);
  await h.webhook.untilCalls(1);
  expect(targetRow(h, target).state).toBe('sending');
  return { h, channel, post, target };
}

/**
 * A post whose send was cut short by a crash: after the restart Cadence asks the network whether
 * it went out, and that check stays in flight until the test answers it.
 */
async function checking(startOutbox: CoreFixtures['startOutbox']) {
  const first = startOutbox();
  const channel = await first.connect('webhook', 'Shop hook');
  const post = await first.schedule([channel], '2026-11-25T09:00', 'Cut short');
  const target = post.targets[0]!.id;
  first.webhook.scriptPublish({ kind: 'hang' });
  first.clock.set(NINE_AM);
  await first.webhook.untilCalls(1);
  first.crash();
  const h = first.reopen(new ManualClock(NINE_AM + 3 * MINUTE));
  const verdict = deferred<Verification>();
  h.webhook.scriptVerify(verdict.promise);
  await h.webhook.untilCalls(1);
  expect(h.webhook.calls.map((c) => c.op)).toEqual(['verify']);
  expect(targetRow(h, target)).toMatchObject({ state: 'unknown', next_attempt_at: NINE_AM + 3 * MINUTE });
  const key = targetRow(h, target).idempotency_key!;
  return { h, channel, post, target, key, answer: verdict.resolve };
}

async function kindsOf(h: OutboxHarness, postId: string): Promise<string[]> {
  return (await h.call('activity.list', { postId })).map((entry) => entry.kind);
}

describe('while a request is in flight', () => {
  it('refuses to move the post to drafts, and it shows as published once the answer comes', async ({
    startOutbox,
  }) => {
    const { h, post } = await sending(startOutbox);
    expect(await refusal(h, 'posts.unschedule', { id: post.id })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.post.beingSent',
      message: BEING_SENT,
    });
    h.webhook.held[0]!.succeed();
    await h.core.whenIdle();
    expect(await h.call('posts.get', { id: post.id })).toMatchObject({ status: 'published' });
    expect(h.webhook.publishes).toHaveLength(1);
  });

  it('refuses to take the channel off the post, or to remove the channel, until the send is done', async ({
    startOutbox,
  }) => {
    const { h, channel, post, target } = await sending(startOutbox);
    const other = await h.connect('discord', 'Regulars');
    expect(await refusal(h, 'posts.update', { id: post.id, channelIds: [other] })).toMatchObject({
      code: 'CONFLICT',
      message: 'This post is being sent to Shop hook right now. Take Shop hook off once it is done.',
    });
    expect(await refusal(h, 'channels.remove', { id: channel })).toMatchObject({
      code: 'CONFLICT',
      message: 'A post is being sent to Shop hook right now. Remove the channel once it is done.',
    });
    expect((await h.call('channels.list')).map((c) => c.id)).toContain(channel);

    h.webhook.held[0]!.succeed();
    await h.core.whenIdle();
    expect(targetRow(h, target)).toMatchObject({ state: 'published' });
    expect(await h.call('posts.get', { id: post.id })).toMatchObject({
      status: 'published',
      targets: [expect.objectContaining({ channelId: channel, state: 'published' })],
    });
  });
});

describe('while Cadence checks whether a post went out', () => {
  it('refuses to move it to drafts; when the network says it went out, it shows as published', async ({
    startOutbox,
  }) => {
    const { h, post, answer } = await checking(startOutbox);
    expect(await refusal(h, 'posts.unschedule', { id: post.id })).toMatchObject({
      code: 'CONFLICT',
      message: CHECKING('Move it to drafts'),
    });
    answer({ status: 'published', remoteId: 'r-1', remoteUrl: 'https://example.test/r-1' });
    await h.core.whenIdle();
    expect(await h.call('posts.get', { id: post.id })).toMatchObject({
      status: 'published',
      targets: [expect.objectContaining({ state: 'published', remoteUrl: 'https://example.test/r-1' })],
    });
    expect(h.webhook.publishes).toEqual([]);
  });

  it('refuses to move it to drafts; when it never arrived, it is sent once, as still planned', async ({
    startOutbox,
  }) => {
    const { h, post, key, answer } = await checking(startOutbox);
    expect((await refusal(h, 'posts.unschedule', { id: post.id })).code).toBe('CONFLICT');
    answer({ status: 'absent' });
    await h.core.whenIdle();
    expect(h.webhook.calls.map((c) => [c.op, c.idempotencyKey])).toEqual([
      ['verify', key],
      ['publish', key],
    ]);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });

  it('refuses to delete it, take its channel off or remove the channel until the check is done', async ({
    startOutbox,
  }) => {
    const { h, channel, post, answer } = await checking(startOutbox);
    const other = await h.connect('discord', 'Regulars');
    expect(await refusal(h, 'posts.delete', { id: post.id })).toMatchObject({
      code: 'CONFLICT',
      message: CHECKING('Delete it'),
    });
    expect(await refusal(h, 'posts.update', { id: post.id, channelIds: [other] })).toMatchObject({
      code: 'CONFLICT',
      message:
        'Cadence is still checking whether this post went out on Shop hook. Take Shop hook off once it knows.',
    });
    expect(await refusal(h, 'channels.remove', { id: channel })).toMatchObject({
      code: 'CONFLICT',
      message:
        'Cadence is still checking whether a post went out on Shop hook. Remove the channel once it knows.',
    });

    answer({ status: 'published', remoteId: 'r-1', remoteUrl: null });
    await h.core.whenIdle();
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
    expect(await h.call('channels.remove', { id: channel })).toEqual({ id: channel });
    expect(await h.call('posts.delete', { id: post.id })).toMatchObject({ id: post.id });
  });

  it('never overwrites "It was published" given while the check is in flight, whatever it finds', async ({
    startOutbox,
  }) => {
    const { h, post, target, answer } = await checking(startOutbox);
    await h.call('outbox.resolve', { targetId: target, resolution: 'published' });
    answer({ status: 'absent' });
    await h.core.whenIdle();
    await h.runUntil(NINE_AM + DAY);
    expect(h.webhook.publishes).toEqual([]);
    expect(targetRow(h, target).state).toBe('published');
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
    const log = await h.call('activity.list', { postId: post.id });
    expect(log[0]).toMatchObject({
      kind: 'attempt.skipped',
      message: 'Cadence left this post as you set it: it changed while Cadence was checking or sending it.',
      detail: { expected: 'unknown', found: 'published' },
    });
  });

  it('keeps "It was published" when the check then cannot tell', async ({ startOutbox }) => {
    const { h, post, target, answer } = await checking(startOutbox);
    await h.call('outbox.resolve', { targetId: target, resolution: 'published' });
    answer({ status: 'cannot-tell', reason: say('connectors.telegram.cannotTell', { handle: '@bakery' }) });
    await h.core.whenIdle();
    expect(targetRow(h, target)).toMatchObject({ state: 'published', last_error: null });
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
    expect(h.notifier.notices).toEqual([]);
  });

  it('trusts the network over "Send it again" given meanwhile: a post that went out is not sent twice', async ({
    startOutbox,
  }) => {
    const { h, post, target, answer } = await checking(startOutbox);
    await h.call('outbox.resolve', { targetId: target, resolution: 'send-again' });
    answer({ status: 'published', remoteId: 'r-1', remoteUrl: null });
    await h.core.whenIdle();
    await h.runUntil(NINE_AM + HOUR);
    expect(h.webhook.publishes).toEqual([]);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });
});

describe('an outcome only the owner can settle', () => {
  it('is dropped when the owner moves the post to drafts: never sent, nothing more asked', async ({
    startOutbox,
  }) => {
    const h = startOutbox();
    const channel = await h.connect('webhook', 'Shop hook');
    h.webhook.scriptPublish({ kind: 'error', failure: 'unknown' }).scriptVerify({
      status: 'cannot-tell',
      reason: say('connectors.telegram.cannotTell', { handle: '@bakery' }),
    });
    const post = await h.schedule([channel], '2026-11-25T09:00', 'Did it go out?');
    const target = post.targets[0]!.id;
    await h.runUntil(NINE_AM + HOUR);
    expect(targetRow(h, target)).toMatchObject({ state: 'unknown', next_attempt_at: null });

    const drafted = await h.call('posts.unschedule', { id: post.id });
    expect(drafted).toMatchObject({
      status: 'draft',
      targets: [expect.objectContaining({ state: 'pending' })],
    });
    expect(await refusal(h, 'outbox.resolve', { targetId: target, resolution: 'send-again' })).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.post.noDecision',
      message: 'That post no longer needs a decision.',
    });
    expect((await h.call('activity.list', { postId: post.id }))[0]).toMatchObject({
      kind: 'post.unscheduled',
      message:
        'Moved back to drafts. Cadence never learned whether it went out on one channel; it will not send it there unless you schedule it again.',
    });
    await h.runUntil(NINE_AM + DAY);
    expect(h.webhook.calls.map((c) => c.op)).toEqual(['publish', 'verify']);
    expect(await h.call('outbox.status')).toMatchObject({ queued: 0, attention: 0 });
  });
});

describe('a post the owner takes back while the sender gets it ready', () => {
  it('is never sent, and the log says why', async ({ startOutbox }) => {
    const keychain = gatedSecrets();
    const h = startOutbox({ secrets: keychain.store });
    const channel = await h.connect('webhook', 'Shop hook');
    const post = await h.schedule([channel], '2026-11-25T09:00', 'Taken back');
    keychain.close();
    h.clock.set(NINE_AM);
    // The sender is reading the channel's credential: the post is still only 'scheduled'.
    await keychain.reached;
    expect(await h.call('posts.unschedule', { id: post.id })).toMatchObject({ status: 'draft' });
    keychain.open();
    await h.core.whenIdle();
    await h.runUntil(NINE_AM + DAY);
    expect(h.webhook.publishes).toEqual([]);
    expect(targetRow(h, post.targets[0]!.id).state).toBe('pending');
    expect(await kindsOf(h, post.id)).toContain('attempt.skipped');
  });
});

describe('taking a channel away', () => {
  it('recomputes the status of every post that used it', async ({ startOutbox }) => {
    const h = startOutbox();
    const shop = await h.connect('webhook', 'Shop hook');
    const regulars = await h.connect('discord', 'Regulars');
    h.discord.scriptPublish({ kind: 'error', failure: 'rejected', message: 'Too many emoji.' });
    const both = await h.call('posts.create', { body: 'Both', channelIds: [shop, regulars] });
    await h.call('posts.publishNow', { id: both.id });
    await h.core.whenIdle();
    expect((await h.call('posts.get', { id: both.id })).status).toBe('failed');
    const onlyThere = await h.schedule([regulars], '2026-11-27T09:00', 'Only on Discord');
    const draft = await h.call('posts.create', { body: 'Draft', channelIds: [shop, regulars] });
    const changed: string[] = [];
    h.core.subscribe((event) => event.type === 'post.changed' && changed.push(event.postId));

    await h.call('channels.remove', { id: regulars });
    // Published on every channel it has left.
    expect(await h.call('posts.get', { id: both.id })).toMatchObject({
      status: 'published',
      targets: [expect.objectContaining({ channelId: shop, state: 'published' })],
    });
    // No channel left: back to drafts, off the calendar.
    expect(await h.call('posts.get', { id: onlyThere.id })).toMatchObject({
      status: 'draft',
      scheduledAt: null,
      targets: [],
    });
    expect(await h.call('posts.get', { id: draft.id })).toMatchObject({ status: 'draft' });
    expect(new Set(changed)).toEqual(new Set([both.id, onlyThere.id, draft.id]));
    expect(await h.call('outbox.status')).toMatchObject({ queued: 0, attention: 0 });
  });

  it('from one post recomputes its status too', async ({ startOutbox }) => {
    const h = startOutbox();
    const shop = await h.connect('webhook', 'Shop hook');
    const regulars = await h.connect('discord', 'Regulars');
    h.discord.scriptPublish({ kind: 'error', failure: 'rejected', message: 'Too many emoji.' });
    const post = await h.call('posts.create', { body: 'Both', channelIds: [shop, regulars] });
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();

    const updated = await h.call('posts.update', { id: post.id, channelIds: [shop] });
    expect(updated).toMatchObject({ status: 'published' });
  });
});

/** A keychain whose reads can be held, to stop the sender just before it begins a send. */
function gatedSecrets() {
  const inner = memorySecretStore();
  let gate: Promise<void> | null = null;
  let release = () => {};
  let arrived = () => {};
  const keychain = {
    reached: Promise.resolve(),
    store: {
      encrypted: false,
      async get(key: string) {
        if (gate) {
          arrived();
          await gate;
        }
        return inner.get(key);
      },
      set: (key: string, value: string) => inner.set(key, value),
      delete: (key: string) => inner.delete(key),
    } satisfies SecretStore,
    close() {
      gate = new Promise((resolve) => (release = resolve));
      keychain.reached = new Promise((resolve) => (arrived = resolve));
    },
    open() {
      gate = null;
      release();
    },
  };
  return keychain;
}
