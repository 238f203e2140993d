// Figure: what committing a send's records at synchronous = FULL costs per attempt. The outbox
// store's beginAttempt + finishAttempt as shipped (FULL, so "about to send" survives a power
// cut) against the same two transactions at the connection's NORMAL, on a real file.
import { tmpdir } from 'node:os';
import { openDatabase, type AppDatabase, type Tx } from '../../src-main/core/db/open-database';
import { OutboxStore } from '../../src-main/core/outbox/outbox-store';
import { tempDir } from '../support/temp-dir';
import { median, MIGRATIONS, round, type Figure } from './figures';

const ATTEMPTS = 100;

/** The same store with the attempt transactions left at the connection's own level. */
class NormalSyncOutboxStore extends OutboxStore {
  constructor(private readonly database: AppDatabase) {
    super(database);
  }

  protected override durableTransaction<T>(write: (tx: Tx) => T): T {
    return this.database.transaction(write);
  }
}

function timeAttempts(store: OutboxStore, targetId: string): number[] {
  const times: number[] = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const started = performance.now();
    const attempt = store.beginAttempt(targetId, 'retry_wait', i)!;
    store.finishAttempt(attempt.attemptId, targetId, 'sending', { outcome: 'retry', state: 'retry_wait' }, i);
    times.push(performance.now() - started);
  }
  return times;
}

export async function measureAttemptDurability(): Promise<Figure[]> {
  const { dir: dataDir, cleanup } = tempDir('cadence-bench-attempts-');
  const database = openDatabase({ dataDir, migrationsFolder: MIGRATIONS });
  try {
    database.sqlite.exec(`
      insert into channels (id, network, display_name, handle, connection, created_at, updated_at)
        values ('c1', 'webhook', 'Hook', 'hook', 'connected', 0, 0);
      insert into posts (id, body, status, created_at, updated_at) values ('p1', 'Bench', 'scheduled', 0, 0);
      insert into post_targets (id, post_id, channel_id, state, updated_at)
        values ('t1', 'p1', 'c1', 'retry_wait', 0);`);
    const shipped = new OutboxStore(database.db);
    const normal = new NormalSyncOutboxStore(database.db);
    // Warm-up for both, then alternate so disk and cache conditions are shared.
    timeAttempts(shipped, 't1');
    timeAttempts(normal, 't1');
    const full = median([...timeAttempts(shipped, 't1'), ...timeAttempts(shipped, 't1')]);
    const baseline = median([...timeAttempts(normal, 't1'), ...timeAttempts(normal, 't1')]);
    return [
      {
        metric: 'outbox_attempt_commit_full_vs_normal',
        value: round(full),
        unit: 'ms',
        baseline: round(baseline),
        ratio: round(full / baseline),
        goal: 'report: the price of a send record that survives a power cut',
        detail: `median of ${2 * ATTEMPTS} beginAttempt + finishAttempt pairs (two commits) on a file in ${tmpdir()}; baseline: the same pairs at synchronous = NORMAL`,
      },
    ];
  } finally {
    database.close();
    cleanup();
  }
}
