// How fast the business answers: per week in the business time zone, the median time from an
// item being written to our first reply through Cadence, and how many items waited longer
// than the reply target (answered late, or still waiting). The plan reads the same numbers.
import { sql } from 'drizzle-orm';
import type { Stage } from '../../shared/entities';
import type { ResponseTimes, ResponseWeek } from '../../shared/inbox';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { ruleById } from '../plan/evaluate';
import type { InboxFacts } from '../plan/facts';
import { weekBefore, type Period } from '../plan/periods';
import type { ProfileStore } from '../store/profile-store';

const HOUR_MS = 60 * 60_000;
const DEFAULT_TARGET_HOURS = 24;

interface TimingRow {
  receivedAt: number;
  firstRepliedAt: number | null;
  status: string;
}

/** The stage's reply target from the plan's "answer within" item, 24 h when it names none. */
export function replyTargetHours(stage: Stage): number {
  return ruleById('reply-on-time')?.stages[stage]?.hours ?? DEFAULT_TARGET_HOURS;
}

export class ResponseTimeReport {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
    private readonly profile: ProfileStore,
  ) {}

  weeks(count: number, targetHours?: number): ResponseTimes {
    const { timeZone, weekStartsOn, stage } = this.profile.get();
    const hours = targetHours ?? replyTargetHours(stage);
    const now = this.clock.now();
    const weeks: ResponseWeek[] = [];
    for (let back = count - 1; back >= 0; back--) {
      const period = weekBefore(now, timeZone, weekStartsOn, back);
      weeks.push(this.week(period, hours * HOUR_MS, now));
    }
    return { targetHours: hours, weeks };
  }

  /** The plan's view: items received in the period and how many were answered in time. */
  facts(): InboxFacts {
    return {
      replies: (period, hours) => {
        const rows = this.rows(period).filter(awaitedReply);
        const target = hours * HOUR_MS;
        const answeredInTime = rows.filter(
          (r) => r.firstRepliedAt !== null && r.firstRepliedAt - r.receivedAt <= target,
        ).length;
        return { received: rows.length, answeredInTime };
      },
    };
  }

  private week(period: Period, targetMs: number, now: number): ResponseWeek {
    const rows = this.rows(period).filter(awaitedReply);
    const waits = rows
      .filter((r) => r.firstRepliedAt !== null)
      .map((r) => Math.max(0, r.firstRepliedAt! - r.receivedAt))
      .sort((a, b) => a - b);
    const waitingPastTarget = rows.filter((r) =>
      r.firstRepliedAt !== null ? r.firstRepliedAt - r.receivedAt > targetMs : now - r.receivedAt > targetMs,
    ).length;
    return {
      weekKey: period.key,
      from: period.from,
      to: period.to,
      medianMs: median(waits),
      replied: waits.length,
      waitingPastTarget,
    };
  }

  private rows(period: Period): TimingRow[] {
    return this.db.all<TimingRow>(sql`
      select received_at as receivedAt, first_replied_at as firstRepliedAt, status
      from inbox_items where received_at >= ${period.from} and received_at < ${period.to}`);
  }
}

/** An item marked done without a reply needed none: it neither waits nor counts as late. */
function awaitedReply(row: TimingRow): boolean {
  return row.firstRepliedAt !== null || row.status !== 'done';
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
