// Figure a: the calendar's month query through the app's PostStore against a hand-written
// better-sqlite3 statement running the very SQL drizzle sends, on the same index.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { systemClock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { DATABASE_FILE } from '../../src-main/core/db/open-database';
import { schema } from '../../src-main/core/db/schema';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { PostStore } from '../../src-main/core/store/post-store';
import type { PostSummary } from '../../src-main/shared/entities';
import { localStringAt, startOfLocalDay } from '../../src-main/shared/zoned-time';
import { MIGRATIONS, round, type Figure } from './figures';
import { race } from './race';

const ITERATIONS = 300;

export function monthWindow(year: number, month: number, timeZone: string): MonthWindow {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    from: startOfLocalDay(year, month, 1, timeZone),
    to: startOfLocalDay(next.year, next.month, 1, timeZone),
  };
}

export interface MonthWindow {
  from: number;
  to: number;
}

/**
 * The SQL the app's PostStore sends for `read`, captured from drizzle in the order sent, so that a
 * raw statement elsewhere runs the very same query.
 */
export function sqlSentBy<T>(
  sqlite: Database.Database,
  read: (store: PostStore) => T,
): { sent: string[]; answer: T } {
  const sent: string[] = [];
  const db = drizzle(sqlite, { schema, logger: { logQuery: (query) => sent.push(query) } });
  const answer = read(new PostStore(db, systemClock()));
  return { sent, answer };
}

export async function measureMonthQuery(
  dataDir: string,
  timeZone: string,
  window: MonthWindow,
): Promise<Figure[]> {
  const sqlite = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const {
    sent: [captured = ''],
    answer: fromStore,
  } = sqlSentBy(sqlite, (store) => store.range(window.from, window.to));
  const store = new PostStore(drizzle(sqlite, { schema }), systemClock());

  const raw = sqlite.prepare(captured).raw(true);
  const viaRaw = (): PostSummary[] =>
    (raw.all(window.from, window.to) as unknown[][]).map((row) => ({
      id: row[0] as string,
      excerpt: row[1] as string,
      status: row[2] as PostSummary['status'],
      kind: row[3] as PostSummary['kind'],
      scheduledAt: row[4] as number,
      scheduledTimeZone: row[5] as string,
      scheduledLocal: row[6] as string,
      updatedAt: row[7] as number,
      channelIds: row[8] ? (row[8] as string).split(',') : [],
      mediaCount: row[9] as number,
      handedOff: row[10] === 1,
      repeats: row[11] !== null,
      recycled: row[12] !== null,
    }));
  if (JSON.stringify(viaRaw()) !== JSON.stringify(fromStore)) throw new Error('raw and store results differ');
  const plan = (
    sqlite.prepare(`explain query plan ${captured}`).all(window.from, window.to) as Array<{ detail: string }>
  )
    .map((step) => step.detail)
    .find((detail) => detail.includes('posts'));

  const core = createCore({
    clock: systemClock(),
    dataDir,
    migrationsFolder: MIGRATIONS,
    secrets: memorySecretStore(),
    online: new SwitchableOnlineSignal(true),
    notifier: new RecordingNotifier(),
    defaultTimeZone: timeZone,
  });
  const viaInvoke = () => core.invoke('calendar.range', window);

  const [storeMs, rawMs, invokeMs] = (await race(
    [() => store.range(window.from, window.to), viaRaw, viaInvoke],
    ITERATIONS,
  )) as [number, number, number];
  await core.close();
  sqlite.close();
  const rows = `${fromStore.length} posts in ${localStringAt(window.from, timeZone).slice(0, 7)} (${timeZone}); ${ITERATIONS} alternating rounds, medians; plan: ${plan}`;
  return [
    {
      metric: 'calendar_month_query_store_vs_raw',
      value: round(storeMs),
      unit: 'ms',
      baseline: round(rawMs),
      ratio: round(storeMs / rawMs),
      goal: 'ratio <= 1.3',
      detail: `PostStore.range (the store calendar.range calls) vs a raw prepared statement of the same SQL; ${rows}`,
    },
    {
      metric: 'calendar_month_query_invoke_vs_raw',
      value: round(invokeMs),
      unit: 'ms',
      baseline: round(rawMs),
      ratio: round(invokeMs / rawMs),
      goal: 'ratio <= 1.5',
      detail: `core.invoke('calendar.range') (input and output checked against the contract) vs the same raw statement; ${rows}`,
    },
  ];
}
