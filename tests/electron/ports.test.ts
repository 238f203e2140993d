import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronNotifier } from '../../src-main/ports/electron-notifier';
import { electronOnlineSignal, ONLINE_RECHECK_MS } from '../../src-main/ports/electron-online-signal';
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
});

describe('Electron notifier', () => {
  it('shows a desktop notification, loud only for failures', () => {
    const notifier = electronNotifier();
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
    electronNotifier().notify({ title: 'x', body: 'y', kind: 'info' });
    expect(Notification.shown).toHaveLength(before);
  });
});
