// Run by the bench in a process of its own, bundled as the main process is (no TypeScript
// loader in memory): starts a core on the data folder it is given, answers the first month as
// the calendar asks for it, waits idle, then prints its memory.
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';

const [dataDir, timeZone, migrationsFolder] = process.argv.slice(2) as [string, string, string];
const baseRss = process.memoryUsage().rss;
const core = createCore({
  clock: systemClock(),
  dataDir,
  migrationsFolder,
  secrets: memorySecretStore(),
  online: new SwitchableOnlineSignal(true),
  notifier: new RecordingNotifier(),
  defaultTimeZone: timeZone,
});
const now = Date.now();
const month = await core.invoke('calendar.range', { from: now - 15 * 86_400_000, to: now + 15 * 86_400_000 });
if (!month.ok) throw new Error('the first month query failed');
await sleep(2000);
const { rss, heapUsed } = process.memoryUsage();
await core.close();
console.log(JSON.stringify({ rss, heapUsed, baseRss }));
