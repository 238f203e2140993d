// The core in a child process, publishing due posts to a real PDS until every target is
// published. The parent test SIGKILLs it at random moments after a random count of sends. With CRASH_AFTER_SEND set, it
// also kills itself right after a publish request was answered and before the result is
// written: the worst moment, when the post exists but the database does not know it.
import { writeSync } from 'node:fs';
import { systemClock } from '../../../src-main/core/clock';
import { blueskyConnector } from '../../../src-main/core/connectors/bluesky/bluesky-connector';
import type { Connector } from '../../../src-main/core/connectors/connector';
import { createCore } from '../../../src-main/core/create-core';
import { RecordingNotifier, SwitchableOnlineSignal } from '../../../src-main/core/ports';
import { fileSecretStore } from '../../support/file-secret-store';

const dataDir = process.env.CADENCE_DATA_DIR!;
const crashAfterSend = Number(process.env.CRASH_AFTER_SEND ?? '0');
const clock = systemClock();
const bluesky = blueskyConnector({ clock, fetch: globalThis.fetch, requestTimeoutMs: 10_000 });
const connector: Connector = {
  ...bluesky,
  async publish(account, post) {
    const published = await bluesky.publish(account, post);
    if (Math.random() < crashAfterSend) {
      // Synchronous, so the line is in the pipe before the process dies.
      writeSync(1, 'CRASH-AFTER-SEND\n');
      process.kill(process.pid, 'SIGKILL');
    }
    // Progress for the parent, whose kills count sends rather than milliseconds.
    writeSync(1, 'SENT\n');
    return published;
  },
} as Connector;

const core = createCore({
  clock,
  dataDir,
  migrationsFolder: process.env.CADENCE_MIGRATIONS!,
  secrets: fileSecretStore(`${dataDir}/test-secrets.json`),
  online: new SwitchableOnlineSignal(true),
  notifier: new RecordingNotifier(),
  connectors: { bluesky: connector },
});

writeSync(1, 'READY\n');

const remaining = core.database.sqlite
  .prepare(`select count(*) from post_targets where state != 'published'`)
  .pluck();
const poll = setInterval(() => {
  if (remaining.get() === 0) {
    clearInterval(poll);
    writeSync(1, 'DONE\n');
    void core.close().then(() => process.exit(0));
  }
}, 20);
