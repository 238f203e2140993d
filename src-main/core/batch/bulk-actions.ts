// One bulk action over several posts (issue 12 §6): move to a date, shift by an offset, assign a
// campaign, or delete, in one transaction. A post that cannot take the action (published, being
// sent, held by a network's scheduler, a time that does not exist) is left as it was and named
// with its reason; the others change, and their prior rows go to the undo log.
import type { BulkAction, BulkOutcome, SkippedPost } from '../../shared/contract/batch';
import { AppError, saidBy } from '../../shared/errors';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import { assertSendable } from '../../shared/sendable';
import { HANDED_OFF, UNSETTLED } from '../../shared/target-states';
import { checkLocalTime, formatLocal, localStringAt, parseLocal } from '../../shared/zoned-time';
import type { AppDatabase } from '../db/open-database';
import type { CampaignStore } from '../marketing/campaign-store';
import { progressOf } from '../outbox/send-in-progress';
import type { ActivityStore } from '../store/activity-store';
import type { PostStore, ScheduleFields } from '../store/post-store';
import type { Clock } from '../clock';
import { fingerprintOf, readPostRows, type PostRows } from './post-rows';
import type { UndoEntry, UndoLog } from './undo-log';

/** A minute of slack, as posts.schedule allows, so "now" picked a moment ago still counts. */
const PAST_TOLERANCE_MS = 60_000;

export interface BulkDeps {
  db: AppDatabase;
  clock: Clock;
  posts: PostStore;
  campaigns: CampaignStore;
  activity: ActivityStore;
  undo: UndoLog;
}

/** Why a post cannot take this action, or null when it can. */
type Refusal = OwnerMessage;

export function applyBulk(deps: BulkDeps, postIds: readonly string[], action: BulkAction): BulkOutcome {
  // A campaign that does not exist is a wrong request, not a reason per post.
  if (action.kind === 'campaign' && action.campaignId !== null) deps.campaigns.get(action.campaignId);
  const changed: string[] = [];
  const skipped: SkippedPost[] = [];
  const entries: UndoEntry[] = [];
  deps.db.transaction((tx) => {
    for (const postId of new Set(postIds)) {
      const before = readPostRows(tx, postId);
      const refusal = before ? refusalOf(before, action) : say('batch.skipped.gone');
      if (refusal) {
        skipped.push({ postId, reason: refusal });
        continue;
      }
      const outcome = changeOne(deps, before!, action);
      if (outcome) {
        skipped.push({ postId, reason: outcome });
        continue;
      }
      const after = action.kind === 'delete' ? null : readPostRows(tx, postId);
      entries.push({ before: before!, after: after ? fingerprintOf(after) : null });
      changed.push(postId);
    }
  });
  return { changed, skipped, undoId: entries.length === 0 ? null : deps.undo.add(entries) };
}

/** What keeps any action off a post: it is out, going out, or held by a network. */
function refusalOf(rows: PostRows, action: BulkAction): Refusal | null {
  const progress = rows.targets.map(progressOf);
  if (progress.includes('held') || rows.targets.some((t) => HANDED_OFF.includes(t.state))) {
    return say('batch.skipped.handedOff');
  }
  if (progress.includes('sending') || progress.includes('checking')) return say('batch.skipped.inProgress');
  // Deleting a published post forgets Cadence's copy, as a single delete does; it stays online.
  if (action.kind !== 'delete' && rows.post.status === 'published') return say('batch.skipped.published');
  return null;
}

/** Makes the change to one post; returns why not when a check at this point refuses it. */
function changeOne(deps: BulkDeps, rows: PostRows, action: BulkAction): Refusal | null {
  const { post } = rows;
  try {
    switch (action.kind) {
      case 'delete':
        deps.posts.delete(post.id);
        return null;
      case 'campaign':
        deps.campaigns.setPostCampaign(deps.posts.get(post.id), action.campaignId);
        return null;
      case 'move':
      case 'shift': {
        const planned = plannedLocal(rows, action);
        if ('refusal' in planned) return planned.refusal;
        return schedule(deps, rows, planned.local, planned.timeZone);
      }
    }
  } catch (error) {
    // The stores' own refusals (a channel needed, nothing to send, links already out) name the post.
    const said = error instanceof AppError ? saidBy(error) : null;
    if (said) return said;
    throw error;
  }
}

function plannedLocal(
  { post }: PostRows,
  action: Extract<BulkAction, { kind: 'move' | 'shift' }>,
): { local: string; timeZone: string } | { refusal: Refusal } {
  if (action.kind === 'move') {
    const time = action.time ?? post.scheduledLocal?.slice(11);
    if (!time) return { refusal: say('batch.skipped.draftNeedsTime') };
    return { local: `${action.date}T${time}`, timeZone: action.timeZone };
  }
  if (!post.scheduledLocal || !post.scheduledTimeZone) return { refusal: say('batch.skipped.noDate') };
  return {
    local: shiftLocal(post.scheduledLocal, action.days, action.minutes),
    timeZone: post.scheduledTimeZone,
  };
}

/** Wall-clock arithmetic: the same time of day some days later, then minutes on that clock. */
export function shiftLocal(local: string, days: number, minutes: number): string {
  const parts = parseLocal(local);
  const moved = new Date(
    Date.UTC(parts.year, parts.month - 1, parts.day + days, parts.hour, parts.minute + minutes),
  );
  return formatLocal({
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
    hour: moved.getUTCHours(),
    minute: moved.getUTCMinutes(),
  });
}

function schedule(deps: BulkDeps, rows: PostRows, local: string, timeZone: string): Refusal | null {
  const shown = local.replace('T', ' ');
  if (rows.targets.length === 0) return say('errors.post.channelToSchedule');
  if (rows.targets.some((t) => UNSETTLED.includes(t.state))) return say('errors.post.stillFindingOut');
  assertSendable({ body: rows.post.body, media: rows.media }, 'scheduling');
  let check;
  try {
    check = checkLocalTime(local, timeZone);
  } catch {
    return say('errors.post.notRealDate', { local: shown });
  }
  // A time the clocks skip has no instant; a time they pass twice takes its first.
  if (check.kind === 'gap') return say('batch.skipped.timeSkipped', { local: shown });
  const scheduledAt = check.kind === 'exact' ? check.utc : check.options[0]!.utc;
  if (scheduledAt < deps.clock.now() - PAST_TOLERANCE_MS)
    return say('batch.skipped.timePassed', { local: shown });
  const fields: ScheduleFields = {
    scheduledAt,
    scheduledTimeZone: timeZone,
    scheduledLocal: localStringAt(scheduledAt, timeZone),
  };
  deps.posts.setSchedule(rows.post.id, fields);
  deps.activity.append({
    kind: rows.post.status === 'scheduled' ? 'post.rescheduled' : 'post.scheduled',
    postId: rows.post.id,
    message: say('activity.scheduled', { local: shown, timeZone }),
    detail: { scheduledAt, timeZone, local: fields.scheduledLocal },
  });
  return null;
}
