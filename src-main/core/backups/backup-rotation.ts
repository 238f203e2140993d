// Which backups stay: the newest backup of each of the 7 latest days that have one, then the
// newest of each of the 4 latest weeks before those days; and the 3 latest copies saved before
// a restore. Days and weeks are the business's (its time zone, weeks from Monday). Counting days
// that have a backup, rather than days of the calendar, means a laptop left shut for a month
// still finds its last backups kept. Pure, so the tests decide it with any clock.
import { BACKUP_NAME, type BackupKind } from '../../shared/contract/backups';
import { localAt } from '../../shared/zoned-time';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_BEFORE_RESTORE = 3;

export interface NamedBackup {
  name: string;
  kind: BackupKind;
  createdAt: number;
}

/** The name a backup made at `at` gets. */
export function backupName(kind: BackupKind, at: number): string {
  const iso = new Date(at).toISOString(); // 2026-11-25T13:00:00.000Z
  const [date, time] = iso.slice(0, -1).split('T') as [string, string];
  const [clock, millis] = time.split('.') as [string, string];
  return `cadence-${kind}-${date}-${clock.replaceAll(':', '')}-${millis}.db`;
}

/** The kind and moment a backup's name says, or null for any other file. */
export function parseBackupName(name: string): NamedBackup | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const kind = match[1] as BackupKind;
  const [year, month, day, hour, minute, second, millis] = match.slice(2).map(Number) as number[];
  const createdAt = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, millis!);
  // Written back, the moment must give the same name: no 30 February, no hour 25.
  if (Number.isNaN(createdAt) || backupName(kind, createdAt) !== name) return null;
  return { name, kind, createdAt };
}

/** The names of the backups to keep; every other one may be deleted. */
export function backupsToKeep(backups: readonly NamedBackup[], timeZone: string): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const regular = newestFirst.filter((backup) => backup.kind === 'backup');
  const keep = new Set<string>();

  const daily = newestOfEach(regular, (backup) => dayKey(backup.createdAt, timeZone), KEEP_DAILY);
  for (const backup of daily) keep.add(backup.name);
  // The weeks before the daily ones: a week they reach into already has its newest backup kept.
  const firstDailyWeek = daily.length === 0 ? null : weekKey(daily[daily.length - 1]!.createdAt, timeZone);
  const older = regular.filter(
    (b) => firstDailyWeek !== null && weekKey(b.createdAt, timeZone) < firstDailyWeek,
  );
  for (const backup of newestOfEach(older, (b) => weekKey(b.createdAt, timeZone), KEEP_WEEKLY)) {
    keep.add(backup.name);
  }
  const safety = newestFirst
    .filter((backup) => backup.kind === 'before-restore')
    .slice(0, KEEP_BEFORE_RESTORE);
  for (const backup of safety) keep.add(backup.name);
  return keep;
}

/** From a newest-first list, the first of each group, for the first `limit` groups. */
function newestOfEach(
  newestFirst: readonly NamedBackup[],
  group: (backup: NamedBackup) => string,
  limit: number,
): NamedBackup[] {
  const seen = new Set<string>();
  const picked: NamedBackup[] = [];
  for (const backup of newestFirst) {
    const key = group(backup);
    if (seen.has(key)) continue;
    if (seen.size === limit) break;
    seen.add(key);
    picked.push(backup);
  }
  return picked;
}

function dayKey(at: number, timeZone: string): string {
  const { year, month, day } = localAt(at, timeZone);
  return `${year}-${month}-${day}`;
}

/** The business-local date of the Monday that starts the week of `at`. */
function weekKey(at: number, timeZone: string): string {
  const { year, month, day } = localAt(at, timeZone);
  const date = new Date(Date.UTC(year, month - 1, day));
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}
