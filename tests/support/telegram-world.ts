// A test core with the real connectors and a connected Telegram channel, against the fake Bot
// API on loopback, both on one manual clock. Each test's world is closed after it, once the
// fake has confirmed that no request broke the real Bot API's rules.
import { afterEach, expect } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { startTelegramFake, type TelegramFake, type TelegramFakeOptions } from '../fakes/telegram-fake';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore } from './test-core';

export interface TelegramWorld {
  tg: TelegramFake;
  t: TestCore;
  clock: ManualClock;
  /** The channel connected to '@cadence_bakery' with the fake's bot token. */
  channelId: string;
}

/** Returns the function that starts a test's world; call it at the top of a test file. */
export function telegramWorlds(): (fake?: Omit<TelegramFakeOptions, 'now'>) => Promise<TelegramWorld> {
  const cleanups: Array<() => unknown> = [];
  let started: TelegramFake | undefined;

  afterEach(async () => {
    const fake = started;
    started = undefined;
    try {
      if (fake) expect(fake.violations).toEqual([]);
    } finally {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    }
  });

  return async (fake = {}) => {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    const tg = await startTelegramFake({ ...fake, now: () => clock.now() });
    started = tg;
    const data = tempDir();
    const t = startTestCore({ dataDir: data.dir, clock });
    cleanups.push(
      data.cleanup,
      () => t.core.close(),
      () => tg.close(),
    );
    const channel = await t.call('channels.connect', {
      network: 'telegram',
      botToken: tg.token,
      chat: '@cadence_bakery',
      apiBaseUrl: tg.url,
    });
    return { tg, t, clock, channelId: channel.id };
  };
}
