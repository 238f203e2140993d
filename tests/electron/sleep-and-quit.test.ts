// "Will it go out?" in the Electron glue, against a real core with a manual clock and Electron
// mocked: quitting with a post due asks first; "keep awake" holds a power-save blocker, for the
// posts within the window chosen in Settings, released once the last post has gone out; going to
// sleep says what waits; a system shutdown hands off briefly and goes on; nothing due, no question.
import { afterEach, expect, it, vi } from 'vitest';
import type { Core } from '../../src-main/core/create-core';
import { SHUTDOWN_HAND_OFF_MS } from '../../src-main/core/desktop/before-shutdown';
import { guardSleepAndQuit, type SleepAndQuitGuard } from '../../src-main/sleep-and-quit';
import { wordsIn } from '../../src-main/shared/messages/words';
import { startMastodonWorld } from '../support/mastodon-world';
import { startOutboxHarness, type OutboxHarness } from '../support/outbox-harness';
import { HOUR, MINUTE } from '../support/time';
import { dialog, Notification, powerMonitor, powerSaveBlocker } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

// Wednesday 2026-11-25, 08:00 in New York.
const EIGHT_AM = Date.parse('2026-11-25T13:00:00Z');
const open: Array<{ h: OutboxHarness; guard: SleepAndQuitGuard }> = [];
afterEach(async () => {
  for (const { h, guard } of open.splice(0)) {
    guard.dispose();
    await h.dispose();
  }
  dialog.showMessageBox.mockClear();
  powerSaveBlocker.start.mockClear();
  Notification.shown.length = 0;
});

function start() {
  const h = startOutboxHarness({ start: EIGHT_AM });
  const quit = vi.fn();
  const guard = guardSleepAndQuit({
    core: h.core,
    clock: h.clock,
    words: () => wordsIn('en', 'en-US'),
    getWindow: () => null,
    quit,
  });
  open.push({ h, guard });
  return { h, guard, quit };
}

const quitEvent = () => ({ preventDefault: vi.fn() });

it('asks before quitting with a post due, and keeps the laptop awake until it has gone out', async () => {
  const { h, guard, quit } = start();
  const channel = await h.connect('webhook');
  await h.schedule([channel], '2026-11-25T09:00', 'Bagels at nine');
  dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });

  const event = quitEvent();
  expect(guard.holdQuit(event)).toBe(true);
  expect(event.preventDefault).toHaveBeenCalled();
  await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
  const shown = dialog.showMessageBox.mock.calls[0]![0] as { message: string; buttons: string[] };
  expect(shown.message).toBe('1 post due in the next 24 h needs Cadence running: 9:00 AM.');
  expect(shown.buttons).toEqual(['Stay open and keep this laptop awake until 9:05 AM', 'Quit anyway']);
  await vi.waitFor(() => expect(guard.keepingAwake()).toBe(true));
  expect(quit).not.toHaveBeenCalled();
  expect(powerSaveBlocker.start).toHaveBeenLastCalledWith('prevent-app-suspension');
  expect(Notification.shown.at(-1)).toMatchObject({ title: 'Cadence keeps this laptop awake' });

  // Sent at nine: nothing due by then needs Cadence any more, so the laptop may sleep again.
  await h.runUntil(EIGHT_AM + HOUR + MINUTE);
  expect(h.webhook.publishes).toHaveLength(1);
  await vi.waitFor(() => expect(guard.keepingAwake()).toBe(false));
  expect(powerSaveBlocker.held.size).toBe(0);
});

it('quits when the owner says so, and then lets the quit through', async () => {
  const { h, guard, quit } = start();
  const channel = await h.connect('webhook');
  await h.schedule([channel], '2026-11-25T09:00');
  dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
  expect(guard.holdQuit(quitEvent())).toBe(true);
  await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
  expect(guard.keepingAwake()).toBe(false);
  expect(guard.holdQuit(quitEvent())).toBe(false);
});

it('quits without a question when nothing due needs Cadence', async () => {
  const { guard, quit } = start();
  expect(guard.holdQuit(quitEvent())).toBe(true);
  await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
  expect(dialog.showMessageBox).not.toHaveBeenCalled();
});

it('says what waits for Cadence as the laptop goes to sleep', async () => {
  const { h } = start();
  const channel = await h.connect('webhook');
  await h.schedule([channel], '2026-11-25T09:00');
  await h.schedule([channel], '2026-11-25T13:00');
  powerMonitor.emit('suspend');
  await vi.waitFor(() =>
    expect(Notification.shown.at(-1)).toEqual({
      title: '2 posts wait for Cadence',
      body: 'Due while this laptop sleeps: 9:00 AM and 1:00 PM. They go out when it wakes, within the grace window you set.',
    }),
  );
});

it('keeps the laptop awake only for the posts due within the window chosen in Settings', async () => {
  const { h, guard } = start();
  const channel = await h.connect('webhook');
  await h.schedule([channel], '2026-11-25T13:00', 'Soup at one');
  await h.call('settings.update', { keepAwakeHours: 2 });
  dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
  guard.holdQuit(quitEvent());
  await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
  const beyond = dialog.showMessageBox.mock.calls[0]![0] as { buttons: string[] };
  expect(beyond.buttons).toEqual(['Keep Cadence running', 'Quit anyway']);

  await h.call('settings.update', { keepAwakeHours: 6 });
  dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
  // Asked again once the first question has been answered.
  await vi.waitFor(() => {
    guard.holdQuit(quitEvent());
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });
  const within = dialog.showMessageBox.mock.calls[1]![0] as { buttons: string[] };
  expect(within.buttons[0]).toBe('Stay open and keep this laptop awake until 1:05 PM');
  await vi.waitFor(() => expect(guard.keepingAwake()).toBe(true));
  // Only the second answer held a blocker: "Keep Cadence running" holds none.
  expect(powerSaveBlocker.start).toHaveBeenCalledTimes(1);
});

it('at a system shutdown, holds it to hand off on the channels set to, then quits unasked', async () => {
  const m = await startMastodonWorld({ start: EIGHT_AM });
  const quit = vi.fn();
  const guard = guardSleepAndQuit({
    core: m.t.core,
    clock: m.clock,
    words: () => wordsIn('en', 'en-US'),
    getWindow: () => null,
    quit,
  });
  try {
    const mastodon = await m.connect();
    await m.t.call('channels.setHandOffOnSleep', { id: mastodon, on: true });
    const draft = await m.t.call('posts.create', { body: 'Rye at nine', channelIds: [mastodon] });
    await m.t.call('posts.schedule', {
      id: draft.id,
      local: '2026-11-25T09:00',
      timeZone: 'America/New_York',
    });

    const shutdown = quitEvent();
    powerMonitor.emit('shutdown', shutdown);
    expect(shutdown.preventDefault).toHaveBeenCalled();
    // Real requests to the fake Mastodon, which checks each against its OpenAPI schema first.
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    // Done before the bound: no time passed on the clock.
    expect(m.clock.now()).toBe(EIGHT_AM);
    expect(m.fake.scheduledStatuses.map((s) => s.status.text)).toEqual(['Rye at nine']);
    expect(m.target(draft.id).state).toBe('handed_off');
    // The quit that follows is not asked about: nobody is there to answer.
    expect(guard.holdQuit(quitEvent())).toBe(false);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  } finally {
    guard.dispose();
    await m.dispose();
  }
});

it('lets a shutdown go on after a few seconds when the hand-off does not finish', async () => {
  const h = startOutboxHarness({ start: EIGHT_AM });
  const quit = vi.fn();
  // The network never answers: the hand-off hangs.
  const core: Pick<Core, 'invoke' | 'subscribe'> = {
    invoke: (channel, input) =>
      channel === 'outbox.handOffNow' ? new Promise(() => {}) : h.core.invoke(channel, input),
    subscribe: (listener) => h.core.subscribe(listener),
  };
  const guard = guardSleepAndQuit({
    core,
    clock: h.clock,
    words: () => wordsIn('en'),
    getWindow: () => null,
    quit,
  });
  open.push({ h, guard });
  powerMonitor.emit('shutdown', quitEvent());
  await new Promise((resolve) => setImmediate(resolve));
  expect(quit).not.toHaveBeenCalled();
  h.clock.set(EIGHT_AM + SHUTDOWN_HAND_OFF_MS);
  await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
});
