// Before the laptop sleeps, the system shuts down or Cadence quits, "Will it go out?" (issue 11).
// The words and choices are decided in core/desktop/preflight-prompt.ts and before-shutdown.ts;
// this glue listens to Electron, shows them, and holds a power-save blocker while the owner asked
// to keep the laptop awake.
import { dialog, Notification, powerMonitor, powerSaveBlocker, type BrowserWindow } from 'electron';
import type { Core } from './core/create-core';
import type { Clock, TimerHandle } from './core/clock';
import { handOffBeforeShutdown, SHUTDOWN_HAND_OFF } from './core/desktop/before-shutdown';
import { clockTime, PREFLIGHT_HOURS, quitPrompt, sleepNotice } from './core/desktop/preflight-prompt';
import { keepAwakeUntil } from './shared/preflight';
import type { Words } from './shared/messages/words';
import { invokeCore } from './invoke-core';

export interface SleepAndQuitOptions {
  core: Pick<Core, 'invoke' | 'subscribe'>;
  clock: Clock;
  words(): Words;
  getWindow(): BrowserWindow | null;
  /** Quits for real, once the owner has answered. */
  quit(): void;
}

export interface SleepAndQuitGuard {
  /** From app's before-quit: true when the quit is held to ask the owner first. */
  holdQuit(event: { preventDefault(): void }): boolean;
  /** Lets the next quit through unasked (a restart to update, a system shutdown). */
  allowQuit(): void;
  /** Whether a power-save blocker is held now. */
  keepingAwake(): boolean;
  dispose(): void;
}

export function guardSleepAndQuit(options: SleepAndQuitOptions): SleepAndQuitGuard {
  let allowed = false;
  let asking = false;
  let blocker: { id: number; until: number; timer: TimerHandle } | null = null;

  const answer = async (hours = PREFLIGHT_HOURS) => {
    const [preflight, profile, settings] = await Promise.all([
      invokeCore(options.core, 'outbox.preflight', { hours }),
      invokeCore(options.core, 'profile.get', undefined),
      invokeCore(options.core, 'settings.get', undefined),
    ]);
    return preflight.ok && profile.ok && settings.ok
      ? {
          preflight: preflight.value,
          timeZone: profile.value.timeZone,
          keepAwakeHours: settings.value.keepAwakeHours,
        }
      : null;
  };

  const release = () => {
    if (!blocker) return;
    options.clock.clearTimer(blocker.timer);
    if (powerSaveBlocker.isStarted(blocker.id)) powerSaveBlocker.stop(blocker.id);
    blocker = null;
  };

  const keepAwake = (until: number) => {
    release();
    const id = powerSaveBlocker.start('prevent-app-suspension');
    const timer = options.clock.setTimer(release, Math.max(0, until - options.clock.now()));
    blocker = { id, until, timer };
  };

  // Sent, handed off, moved or cancelled: once nothing due by then still needs Cadence, let it sleep.
  const unsubscribe = options.core.subscribe((event) => {
    if (!blocker || (event.type !== 'outbox.changed' && event.type !== 'post.changed')) return;
    const until = blocker.until;
    void answer().then((now) => {
      if (!now || blocker?.until !== until) return;
      const still = keepAwakeUntil(now.preflight, until - options.clock.now(), false);
      if (still === null) release();
    });
  });

  const ask = async () => {
    const now = await answer();
    const prompt = now && quitPrompt(now.preflight, now.timeZone, options.words(), now.keepAwakeHours);
    if (!prompt) return quitNow();
    const window = options.getWindow();
    const shown = {
      type: 'question' as const,
      title: prompt.title,
      message: prompt.message,
      detail: prompt.detail,
      buttons: prompt.buttons.map((button) => button.label),
      defaultId: 0,
      cancelId: prompt.buttons.length - 1,
      noLink: true,
    };
    const { response } = window
      ? await dialog.showMessageBox(window, shown)
      : await dialog.showMessageBox(shown);
    const choice = prompt.buttons[response]?.choice ?? 'quit';
    if (choice === 'hand-off') {
      await invokeCore(options.core, 'outbox.handOffNow', { hours: PREFLIGHT_HOURS });
      return quitNow();
    }
    if (choice === 'quit') return quitNow();
    if (choice === 'stay-awake' && prompt.awakeUntil !== null) {
      keepAwake(prompt.awakeUntil);
      const words = options.words();
      const time = clockTime(prompt.awakeUntil, now!.timeZone, words);
      new Notification({
        title: words('desktop.preflight.awakeTitle'),
        body: words('desktop.preflight.awakeBody', { time }),
      }).show();
    }
  };

  const quitNow = () => {
    allowed = true;
    options.quit();
  };

  // Sleep cannot be held: channels set to hand off do so at once, and the owner hears what waits.
  const onSuspend = () => {
    void invokeCore(options.core, 'outbox.handOffNow', { hours: PREFLIGHT_HOURS, automatic: true })
      .then(() => answer())
      .then((now) => {
        const notice = now && sleepNotice(now.preflight, now.timeZone, options.words());
        if (notice && Notification.isSupported()) new Notification(notice).show();
      });
  };
  // A shutdown cannot wait for the owner: hand off what the owner set to, briefly, then quit.
  let shuttingDown = false;
  const onShutdown = (event?: { preventDefault(): void }) => {
    allowed = true;
    if (shuttingDown) return;
    shuttingDown = true;
    event?.preventDefault();
    void handOffBeforeShutdown(
      () => invokeCore(options.core, 'outbox.handOffNow', SHUTDOWN_HAND_OFF),
      options.clock,
    ).then(() => options.quit());
  };
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('shutdown', onShutdown);

  return {
    holdQuit(event) {
      if (allowed) return false;
      event.preventDefault();
      if (!asking) {
        asking = true;
        ask()
          .catch((error: unknown) => {
            console.error('[cadence] could not ask before quitting', error);
            quitNow();
          })
          .finally(() => {
            asking = false;
          });
      }
      return true;
    },
    allowQuit: () => {
      allowed = true;
    },
    keepingAwake: () => blocker !== null,
    dispose() {
      unsubscribe();
      release();
      powerMonitor.off('suspend', onSuspend);
      powerMonitor.off('shutdown', onShutdown);
    },
  };
}
