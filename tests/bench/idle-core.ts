// What a core costs while the owner does nothing: how often its timers wake it over an hour
// with nothing due (goal: never), and the memory of a core process idle on 100,000 posts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ManualClock, type Clock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { HOUR, MINUTE } from '../support/time';
import { MIGRATIONS, round, type Figure } from './figures';

/** A manual clock that counts the timer callbacks it runs: each is a wake-up of the process. */
class WakeCountingClock extends ManualClock implements Clock {
  wakeUps = 0;
  override setTimer(callback: () => void, delayMs: number) {
    return super.setTimer(() => {
      this.wakeUps++;
      callback();
    }, delayMs);
  }
}

/**
 * The core as the app starts it (publishing, background inbox reads, daily backups), on the
 * manual clock at `now`, which the seed keeps a day away from any due post. Start-up work is
 * let finish first; then an hour passes a minute at a time and every timer that fires counts.
 */
export async function measureIdleWakeUps(dataDir: string, timeZone: string, now: number): Promise<Figure[]> {
  const clock = new WakeCountingClock(now);
  const core = createCore({
    clock,
    dataDir,
    migrationsFolder: MIGRATIONS,
    secrets: memorySecretStore(),
    online: new SwitchableOnlineSignal(true),
    notifier: new RecordingNotifier(),
    defaultTimeZone: timeZone,
    automaticBackups: true,
  });
  try {
    await core.invoke('calendar.range', { from: now, to: now + 31 * 24 * HOUR });
    clock.advance(0);
    await core.whenIdle();
    const atStart = clock.wakeUps;
    const armed = clock.pendingTimers;
    for (let minute = 0; minute < 60; minute++) {
      clock.advance(MINUTE);
      await core.whenIdle();
    }
    const wakeUps = clock.wakeUps - atStart;
    return [
      {
        metric: 'idle_hour_timer_wake_ups',
        value: wakeUps,
        unit: 'wake-ups',
        baseline: null,
        ratio: null,
        goal: 'value = 0',
        detail: `timer callbacks run while an injected clock passes one hour, a minute at a time, on 100,000 posts with nothing due; publishing, inbox reads and daily backups on as in the app; ${armed} timers armed for later (each for its next due moment)`,
      },
    ];
  } finally {
    await core.close();
  }
}

const IDLE_PROCESS = fileURLToPath(new URL('./idle-core-process.ts', import.meta.url));
// Beside out/main, so that its packages resolve from the project's node_modules as the app's do.
const BUNDLE = fileURLToPath(new URL('../../out/bench/idle-core-process.mjs', import.meta.url));

/** The resident memory of a process that only runs a core, idle after its first month. */
export async function measureIdleMemory(dataDir: string, timeZone: string): Promise<Figure[]> {
  // Bundled like out/main (packages stay external), so no TypeScript loader sits in the figure.
  await build({
    entryPoints: [IDLE_PROCESS],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, dataDir, timeZone, MIGRATIONS], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`the idle core process exited with ${code}`)),
    );
  });
  const { rss, heapUsed, baseRss } = JSON.parse(output.trim().split('\n').at(-1)!) as {
    rss: number;
    heapUsed: number;
    baseRss: number;
  };
  const MB = 2 ** 20;
  return [
    {
      metric: 'core_process_idle_rss_100k_posts',
      value: round(rss / MB, 1),
      unit: 'MB',
      baseline: round(baseRss / MB, 1),
      ratio: null,
      goal: 'value <= 150 MB',
      detail: `RSS of a Node process running only the core (as the main process does), after the first month query and 2 s idle; JS heap ${round(heapUsed / MB, 1)} MB; baseline: the same process before the core started, its code loaded; bundled with esbuild as out/main is, packages external`,
    },
  ];
}
