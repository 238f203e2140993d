// Updates, with electron-updater replaced by a port the test drives and a real core: checked at
// start and daily, "Restart to update" offered in plain words once one is downloaded, and never a
// restart while a post is being sent (core/desktop/update-policy).
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import {
  nextCheckDelay,
  restartDecision,
  UPDATE_CHECK_INTERVAL_MS,
} from '../../src-main/core/desktop/update-policy';
import { startAppUpdates, type AppUpdates, type UpdaterPort } from '../../src-main/updater';
import { wordsIn } from '../../src-main/shared/messages/words';
import { ScriptedConnector } from '../support/scripted-connector';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { dialog, Notification } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const HOUR = 60 * 60 * 1000;

class FakeUpdater extends EventEmitter implements UpdaterPort {
  readonly checkForUpdates = vi.fn(async () => null);
  readonly quitAndInstall = vi.fn();
}

describe('the update policy', () => {
  it('restarts only into a downloaded update, and never while a post is being sent', () => {
    expect(restartDecision({ updateReady: false, sendsInFlight: 0 })).toEqual({ kind: 'nothing-to-install' });
    expect(restartDecision({ updateReady: true, sendsInFlight: 2 })).toEqual({ kind: 'wait', sending: 2 });
    expect(restartDecision({ updateReady: true, sendsInFlight: 0 })).toEqual({ kind: 'restart' });
  });

  it('checks at once the first time, then a day after the last check', () => {
    expect(nextCheckDelay(null, 1_000)).toBe(0);
    expect(nextCheckDelay(1_000, 1_000 + HOUR)).toBe(UPDATE_CHECK_INTERVAL_MS - HOUR);
    expect(nextCheckDelay(1_000, 1_000 + 2 * UPDATE_CHECK_INTERVAL_MS)).toBe(0);
  });
});

describe('updates in the desktop app', () => {
  let data: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let webhook: ScriptedConnector;
  let running: TestCore;
  let updater: FakeUpdater;
  let updates: AppUpdates;
  const onReady = vi.fn();
  const openWindow = vi.fn();

  beforeEach(() => {
    vi.clearAllMocks();
    Notification.instances.length = 0;
    data = tempDir();
    clock = new ManualClock(Date.UTC(2026, 10, 25, 13));
    webhook = new ScriptedConnector('webhook', clock);
    running = startTestCore({ dataDir: data.dir, clock, connectors: { webhook } });
    updater = new FakeUpdater();
    updates = startAppUpdates({
      updater,
      clock,
      core: running.core,
      currentVersion: '0.1.0',
      onReady,
      openWindow,
      words: () => wordsIn('en'),
    });
  });

  afterEach(async () => {
    updates.stop();
    await running.close();
    data.cleanup();
  });

  it('checks at start and again every day', async () => {
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    await running.runFor(UPDATE_CHECK_INTERVAL_MS - HOUR);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    await running.runFor(HOUR);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    await running.runFor(UPDATE_CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(3);
  });

  it('says in plain words that an update is ready, and restarts into it when the owner says so', async () => {
    expect(await updates.restartToUpdate()).toBe('nothing-to-install');
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(updates.isReady()).toBe(true);
    expect(onReady).toHaveBeenCalledTimes(1);
    const notice = Notification.instances.at(-1)!;
    expect(notice.options).toMatchObject({
      title: 'A new version of Cadence is ready',
      body: 'Restart Cadence to update to version 0.2.0. Your posts and drafts stay as they are.',
    });

    notice.emit('click');
    expect(openWindow).toHaveBeenCalled();
    await vi.waitFor(() => expect(updater.quitAndInstall).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ buttons: ['Restart to update', 'Later'] }),
    );
  });

  it('waits for a post being sent to go out before restarting', async () => {
    const channel = await running.call('channels.connect', {
      network: 'webhook',
      url: 'http://127.0.0.1:9/hook',
      signingSecret: 'a-signing-secret-0123',
    });
    webhook.scriptPublish({ kind: 'held' });
    const post = await running.call('posts.create', { body: 'Bread at nine', channelIds: [channel.id] });
    await running.call('posts.publishNow', { id: post.id });
    await vi.waitFor(() => expect(webhook.held).toHaveLength(1));
    updater.emit('update-downloaded', { version: '0.2.0' });

    const restarted = updates.restartToUpdate();
    await Promise.resolve();
    expect(running.core.sendsInFlight()).toBe(1);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Cadence will restart after this post' }),
    );

    webhook.held[0]!.succeed();
    expect(await restarted).toBe('restart');
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
    expect((await running.call('posts.get', { id: post.id })).status).toBe('published');
  });
});
