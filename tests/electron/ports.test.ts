import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronNotifier } from '../../src-main/ports/electron-notifier';
import { noticeOf } from '../../src-main/core/ports';
import { say } from '../../src-main/shared/messages/owner-message';
import { wordsIn } from '../../src-main/shared/messages/words';
import {
  AFTER_WAKE_RECHECKS_MS,
  electronOnlineSignal,
  ONLINE_RECHECK_MS,
} from '../../src-main/ports/electron-online-signal';
import { net, Notification, powerMonitor } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

afterEach(() => {
  vi.useRealTimers();
  net.isOnline.mockReturnValue(true);
});

describe('Electron online signal', () => {
  it('starts from net.isOnline and tells listeners when it changes on wake or unlock', () => {
    net.isOnline.mockReturnValue(true);
    const signal = electronOnlineSignal();
    const listener = vi.fn();
    signal.subscribe(listener);
    expect(signal.isOnline()).toBe(true);

    net.isOnline.mockReturnValue(false);
    powerMonitor.emit('resume');
    expect(signal.isOnline()).toBe(false);
    expect(listener).toHaveBeenLastCalledWith(false);

    powerMonitor.emit('resume');
    expect(listener).toHaveBeenCalledTimes(1);

    net.isOnline.mockReturnValue(true);
    powerMonitor.emit('unlock-screen');
    expect(listener).toHaveBeenLastCalledWith(true);
    signal.stop();
  });

  it('re-checks every 30 seconds and stops cleanly', () => {
    vi.useFakeTimers();
    const signal = electronOnlineSignal();
    const listener = vi.fn();
    const unsubscribe = signal.subscribe(listener);
    net.isOnline.mockReturnValue(false);
    vi.advanceTimersByTime(ONLINE_RECHECK_MS - 1);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledWith(false);

    unsubscribe();
    net.isOnline.mockReturnValue(true);
    vi.advanceTimersByTime(ONLINE_RECHECK_MS);
    expect(listener).toHaveBeenCalledTimes(1);

    signal.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });

  it('checks again within seconds of a wake, when the Wi-Fi has had time to reconnect', () => {
    vi.useFakeTimers();
    net.isOnline.mockReturnValue(false);
    const signal = electronOnlineSignal();
    const listener = vi.fn();
    signal.subscribe(listener);

    powerMonitor.emit('resume');
    expect(listener).not.toHaveBeenCalled();
    net.isOnline.mockReturnValue(true);
    vi.advanceTimersByTime(AFTER_WAKE_RECHECKS_MS[0]);
    expect(listener).toHaveBeenCalledWith(true);
    expect(AFTER_WAKE_RECHECKS_MS.at(-1)).toBeLessThan(ONLINE_RECHECK_MS);

    powerMonitor.emit('unlock-screen');
    signal.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('Electron notifier', () => {
  const english = wordsIn('en');
  it('shows a desktop notification, loud only for failures', () => {
    const notifier = electronNotifier(
      () => undefined,
      () => english,
    );
    notifier.notify({ title: 'Published', body: 'Your post is live.', kind: 'success' });
    notifier.notify({ title: 'Not published', body: 'Bluesky refused the post.', kind: 'failure' });
    expect(Notification.shown).toEqual([
      expect.objectContaining({ title: 'Published', body: 'Your post is live.', silent: true }),
      expect.objectContaining({ title: 'Not published', silent: false, urgency: 'critical' }),
    ]);
  });

  it('drops the notice where the OS has no notifications', () => {
    Notification.isSupported.mockReturnValueOnce(false);
    const before = Notification.shown.length;
    electronNotifier(
      () => undefined,
      () => english,
    ).notify({ title: 'x', body: 'y', kind: 'info' });
    expect(Notification.shown).toHaveLength(before);
  });

  it('writes a keyed notice in the owner’s language, and a network’s own words as they are', () => {
    const notifier = electronNotifier(
      () => undefined,
      () => wordsIn('de', 'de-DE'),
    );
    notifier.notify(
      noticeOf('failure', say('desktop.notices.missed', { count: 2 }), say('desktop.notices.missedBody')),
    );
    notifier.notify(
      noticeOf('success', say('desktop.notices.published', { network: 'Mastodon' }), 'https://x.test/1'),
    );
    expect(Notification.shown.slice(-2)).toEqual([
      expect.objectContaining({
        title: '2 Beiträge wurden verpasst',
        body: 'Sie waren fällig, als Cadence nicht veröffentlichen konnte. Öffnen Sie Cadence, um jetzt zu veröffentlichen oder neu einzuplanen.',
      }),
      expect.objectContaining({ title: 'Auf Mastodon veröffentlicht', body: 'https://x.test/1' }),
    ]);
  });

  it('brings the window up when the owner clicks a notice', () => {
    const open = vi.fn();
    electronNotifier(open, () => english).notify({
      title: 'Not published',
      body: 'Reconnect Mastodon.',
      kind: 'failure',
    });
    expect(open).not.toHaveBeenCalled();
    Notification.instances.at(-1)!.emit('click');
    expect(open).toHaveBeenCalledTimes(1);
  });
});
