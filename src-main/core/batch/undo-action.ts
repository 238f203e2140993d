// Undo: puts back the rows an action changed or deleted, post by post, in one transaction. A post
// touched since (edited, sent, going out, deleted) stays as it is now and is named with its reason:
// undoing it would lose the later change or contradict what a network already has.
import { eq, inArray } from 'drizzle-orm';
import type { SkippedPost, UndoOutcome } from '../../shared/contract/batch';
import { say } from '../../shared/messages/owner-message';
import { MAY_BE_OUT } from '../../shared/target-states';
import type { Clock } from '../clock';
import type { AppDatabase, Tx } from '../db/open-database';
import { campaigns, channels } from '../db/schema';
import { progressOf } from '../outbox/send-in-progress';
import type { ActivityStore } from '../store/activity-store';
import { fingerprintOf, insertPostRows, readPostRows, restorePostRows, type PostRows } from './post-rows';
import type { UndoEntry, UndoLog } from './undo-log';

export interface UndoDeps {
  db: AppDatabase;
  clock: Clock;
  activity: ActivityStore;
  undo: UndoLog;
}

export function applyUndo(deps: UndoDeps, undoId: string): UndoOutcome & { expired: boolean } {
  const entries = deps.undo.take(undoId);
  if (!entries) return { restored: [], skipped: [], expired: true };
  const restored: string[] = [];
  const skipped: SkippedPost[] = [];
  try {
    deps.db.transaction((tx) => {
      for (const entry of entries) {
        const postId = entry.before.post.id;
        const reason = entry.after === null ? bringBack(tx, entry.before) : putBack(tx, entry);
        if (reason) {
          skipped.push({ postId, reason });
          continue;
        }
        deps.activity.append({
          kind: 'post.undone',
          postId,
          message: entry.after === null ? say('batch.activity.restored') : say('batch.activity.undone'),
        });
        restored.push(postId);
      }
    });
  } finally {
    // Restored posts name their images again; the images of the rest may go.
    deps.undo.release(entries);
  }
  return { restored, skipped, expired: false };
}

/** A deleted post, inserted again as it was, unless a channel it went to is gone. */
function bringBack(tx: Tx, rows: PostRows) {
  const channelIds = [...new Set(rows.targets.map((target) => target.channelId))];
  if (channelIds.length > 0) {
    const present = tx
      .select({ id: channels.id })
      .from(channels)
      .where(inArray(channels.id, channelIds))
      .all();
    if (present.length !== channelIds.length) return say('batch.undo.channelGone');
  }
  insertPostRows(tx, rows, campaignExists(tx, rows.post.campaignId));
  return null;
}

/** A changed post's rows put back, unless anything touched it after the action. */
function putBack(tx: Tx, entry: UndoEntry) {
  const now = readPostRows(tx, entry.before.post.id);
  if (!now) return say('batch.undo.gone');
  if (fingerprintOf(now) !== entry.after) {
    const out = now.targets.some((t) => MAY_BE_OUT.includes(t.state) || progressOf(t) !== null);
    return out ? say('batch.undo.wentOut') : say('batch.undo.changed');
  }
  restorePostRows(tx, entry.before, campaignExists(tx, entry.before.post.campaignId));
  return null;
}

function campaignExists(tx: Tx, campaignId: string | null): boolean {
  if (campaignId === null) return false;
  return (
    tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, campaignId)).get() !== undefined
  );
}
