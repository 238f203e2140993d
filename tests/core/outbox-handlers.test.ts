// The publishing handlers through the real dispatch: publish now and its refusals, deleting
// while sending, outbox status, settings, and connecting, testing and disconnecting channels.
import { describe, expect } from 'vitest';
import { secretKeyFor } from '../../src-main/core/connectors/account-directory';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import type { CoreEvent } from '../../src-main/shared/contract';
import { it } from '../support/core-fixture';
import { targetRow } from '../support/outbox-harness';

describe('posts.publishNow', () => {
  it('publishes a draft on its channels at once and announces the result', async ({ h, hook: channel }) => {
    const events: CoreEvent[] = [];
    h.core.subscribe((event) => events.push(event));
    const other = await h.connect('discord', 'Regulars');
    const draft = await h.call('posts.create', { body: 'Open late tonight', channelIds: [channel, other] });

    const requested = await h.call('posts.publishNow', { id: draft.id });
    expect(requested).toMatchObject({
      status: 'scheduled',
      scheduledAt: h.clock.now(),
      scheduledTimeZone: 'America/New_York',
    });
    await h.core.whenIdle();
    expect(h.webhook.publishes).toEqual([
      expect.objectContaining({ at: h.clock.now(), text: 'Open late tonight' }),
    ]);
    expect(h.discord.publishes).toHaveLength(1);
    const published = await h.call('posts.get', { id: draft.id });
    expect(published.status).toBe('published');
    expect(published.targets.map((t) => t.remoteUrl)).toEqual([
      expect.stringMatching(/^https:\/\/example\.test\//),
      expect.stringMatching(/^https:\/\/example\.test\//),
    ]);
    expect(events).toContainEqual({ type: 'post.changed', postId: draft.id });
    expect(events).toContainEqual({ type: 'outbox.changed' });
    const log = await h.call('activity.list', { postId: draft.id });
    expect(log.map((e) => e.kind)).toContain('post.publish-now');
    // Each entry keeps its key beside the English, so the history reads in the owner's language.
    expect(log.find((e) => e.kind === 'post.publish-now')).toMatchObject({
      message: 'Publish now requested.',
      detail: { messageKey: [{ key: 'activity.publishNow' }] },
    });
    expect(log.find((e) => e.kind === 'attempt.published')?.detail).toMatchObject({
      messageKey: [{ key: 'activity.published', params: { network: 'Discord' } }],
    });
  });

  it('refuses a post with no channels, with nothing to say, or already published', async ({
    h,
    hook: channel,
  }) => {
    const lonely = await h.call('posts.create', { body: 'No channels' });
    expect(await h.errorOf('posts.publishNow', { id: lonely.id })).toEqual({
      code: 'INVALID_INPUT',
      key: 'errors.post.channelToPublish',
      message: 'Pick at least one channel before publishing this post.',
    });
    const blank = await h.call('posts.create', { body: '   ', channelIds: [channel] });
    expect(await h.errorOf('posts.publishNow', { id: blank.id })).toEqual({
      code: 'INVALID_INPUT',
      key: 'errors.post.nothingToSend.publishing',
      message: 'Write something or attach an image before publishing.',
    });
    const done = await h.call('posts.create', { body: 'Done', channelIds: [channel] });
    await h.call('posts.publishNow', { id: done.id });
    await h.core.whenIdle();
    expect(await h.errorOf('posts.publishNow', { id: done.id })).toEqual({
      code: 'CONFLICT',
      key: 'errors.post.published',
      message: 'This post is already published.',
    });
    expect(h.webhook.publishes).toHaveLength(1);
    expect((await h.errorOf('posts.publishNow', { id: crypto.randomUUID() })).code).toBe('NOT_FOUND');
  });

  it('sends only the targets that failed, never one already published', async ({ h, hook: channel }) => {
    const other = await h.connect('discord', 'Regulars');
    h.discord.scriptPublish({ kind: 'error', failure: 'rejected', message: 'Too many emoji.' });
    const post = await h.call('posts.create', { body: 'Both', channelIds: [channel, other] });
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect((await h.call('posts.get', { id: post.id })).status).toBe('failed');

    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.webhook.publishes).toHaveLength(1);
    expect(h.discord.publishes).toHaveLength(2);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });

  it('publishes a post scheduled for later straight away and clears its timer', async ({
    h,
    hook: channel,
  }) => {
    const post = await h.schedule([channel], '2026-11-25T18:00');
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(1);
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.webhook.publishes).toHaveLength(1);
    expect(h.clock.pendingTimers).toBe(0);
  });
});

describe('while a post is being sent', () => {
  it('refuses to delete it, and allows it once the send has finished', async ({ h, hook: channel }) => {
    h.webhook.scriptPublish({ kind: 'held' });
    const post = await h.call('posts.create', { body: 'In flight', channelIds: [channel] });
    await h.call('posts.publishNow', { id: post.id });
    await h.webhook.untilCalls(1);
    expect(targetRow(h, post.targets[0]!.id).state).toBe('sending');

    expect(await h.errorOf('posts.delete', { id: post.id })).toEqual({
      code: 'CONFLICT',
      key: 'errors.post.beingSent',
      message: 'This post is being sent right now. Try again in a moment.',
    });
    expect((await h.errorOf('posts.publishNow', { id: post.id })).code).toBe('CONFLICT');
    expect(await h.call('outbox.status')).toMatchObject({ queued: 1 });

    h.webhook.held[0]!.succeed();
    await h.core.whenIdle();
    expect(await h.call('posts.delete', { id: post.id })).toMatchObject({ id: post.id });
  });
});

describe('outbox.resolve', () => {
  it('refuses targets that need no decision', async ({ h, hook: channel }) => {
    const post = await h.call('posts.create', { body: 'Draft', channelIds: [channel] });
    expect(
      await h.errorOf('outbox.resolve', { targetId: post.targets[0]!.id, resolution: 'published' }),
    ).toEqual({
      code: 'CONFLICT',
      key: 'errors.post.noDecision',
      message: 'That post no longer needs a decision.',
    });
    expect(
      (await h.errorOf('outbox.resolve', { targetId: post.targets[0]!.id, resolution: 'maybe' })).code,
    ).toBe('INVALID_INPUT');
  });
});

describe('settings', () => {
  it('default to a two-hour grace window and keep valid changes only', async ({ h }) => {
    expect(await h.call('settings.get')).toEqual({
      graceWindowMinutes: 120,
      closeToTray: true,
      closeToTrayExplained: false,
      notifyOnSuccess: false,
      language: 'system',
      theme: 'system',
      openAtLogin: false,
      notifyInbox: true,
      keepAwakeHours: 12,
    });
    expect((await h.errorOf('settings.update', { graceWindowMinutes: -5 })).code).toBe('INVALID_INPUT');
    expect((await h.errorOf('settings.update', { graceWindowMinutes: 1.5 })).code).toBe('INVALID_INPUT');
    expect((await h.errorOf('settings.update', { unknownSetting: true })).code).toBe('INVALID_INPUT');
    await h.call('settings.update', { notifyOnSuccess: true });
    expect(await h.call('settings.get')).toMatchObject({ graceWindowMinutes: 120, notifyOnSuccess: true });
  });

  it('notify on success when asked to', async ({ h, hook: channel }) => {
    await h.call('settings.update', { notifyOnSuccess: true });
    const post = await h.call('posts.create', { body: 'Hello', channelIds: [channel] });
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.notifier.notices).toEqual([
      expect.objectContaining({ kind: 'success', title: 'Published on Webhook' }),
    ]);
  });
});

describe('channels', () => {
  it('connect through the handler: the secret goes to the store, never to the renderer', async ({
    h,
    hook: channel,
  }) => {
    const [listed] = await h.call('channels.list');
    expect(listed).toMatchObject({
      id: channel,
      network: 'webhook',
      connection: 'connected',
      handle: 'Shop hook',
    });
    expect(JSON.stringify(listed)).not.toContain('secret-for');
    expect(await h.secrets.get(secretKeyFor(channel))).toBe('secret-for-Shop hook');
    expect(await h.call('app.info')).toEqual({ secretsEncrypted: false });
  });

  it('refuse networks Cadence cannot connect to, and bad input, in plain words', async ({ h }) => {
    expect(
      await h.errorOf('channels.connect', { network: 'telegram', botToken: '123:abc', chat: '@shopnews' }),
    ).toEqual({
      code: 'INVALID_INPUT',
      message: 'Cadence cannot connect to Telegram yet.',
      key: 'signIn.cannotConnect',
      params: { network: 'Telegram' },
    });
    const bad = await h.errorOf('channels.connect', {
      network: 'webhook',
      url: 'not a url',
      signingSecret: 'short',
    });
    expect(bad.code).toBe('INVALID_INPUT');
  });

  it('test: a revoked sign-in marks the channel for reconnecting; a good one clears it', async ({
    h,
    hook: channel,
  }) => {
    h.webhook.testFailure = new ConnectorError('auth', 'The webhook refused the signing secret.');
    expect(await h.errorOf('channels.test', { id: channel })).toEqual({
      code: 'CONNECTION_FAILED',
      message: 'The webhook refused the signing secret.',
    });
    expect((await h.call('channels.list'))[0]!.connection).toBe('needs_reconnect');

    h.webhook.testFailure = null;
    // A channel that needs reconnecting cannot be tested until it is reconnected.
    expect((await h.errorOf('channels.test', { id: channel })).code).toBe('CONNECTION_FAILED');
    const reconnected = await h.call('channels.connect', {
      network: 'webhook',
      channelId: channel,
      url: 'http://127.0.0.1:9/hook',
      signingSecret: 'another-signing-secret',
    });
    expect(reconnected.connection).toBe('connected');
    expect((await h.call('channels.test', { id: channel })).connection).toBe('connected');
  });

  it('disconnect: forgets the secret, keeps the channel, and its posts fail with the fix', async ({
    h,
    hook: channel,
  }) => {
    expect(await h.call('channels.disconnect', { id: channel })).toMatchObject({ connection: 'manual' });
    expect(await h.secrets.get(secretKeyFor(channel))).toBeNull();
    const post = await h.call('posts.create', { body: 'After disconnect', channelIds: [channel] });
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.webhook.calls).toEqual([]);
    expect((await h.call('posts.get', { id: post.id })).targets[0]).toMatchObject({
      state: 'failed',
      lastError: '“Shop hook” is not connected to Webhook. Connect it in Settings, then publish again.',
    });
  });
});
