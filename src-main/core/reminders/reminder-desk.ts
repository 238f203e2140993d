// "Remind me" channels (issue 11 §3): at a post's time the outbox hands its target here instead
// of to a connector. The owner is reminded (a notification, and the "Post it now" panel), posts it
// by hand, and says so; or snoozes it; or, if nothing is said within the grace window, it is held
// as missed like any post. Each move is a compare-and-set (reminder-store.ts): exactly once.
import type { DueReminder, SnoozedReminder } from '../../shared/contract/reminders';
import { ReminderSetup, type Post } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { keyOf, say } from '../../shared/messages/owner-message';
import { REMINDER_SETTING, SNOOZE_MS } from '../../shared/reminder-presets';
import { localStringAt } from '../../shared/zoned-time';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { DueTarget } from '../outbox/due-targets';
import { noticeOf, type DesktopFiles, type Notifier } from '../ports';
import type { ActivityStore } from '../store/activity-store';
import type { PostStore } from '../store/post-store';
import type { ProfileStore } from '../store/profile-store';
import type { SettingsStore } from '../store/settings-store';
import { ReminderCopies } from './reminder-copies';
import type { ReminderStore, RemindingRow } from './reminder-store';

/** How much of the post the notification quotes. */
const FIRST_WORDS = 80;

export interface ReminderDeskDeps {
  store: ReminderStore;
  posts: Pick<PostStore, 'get'>;
  clock: Clock;
  notifier: Notifier;
  events: CoreEvents;
  activity: Pick<ActivityStore, 'append'>;
  settings: Pick<SettingsStore, 'get'>;
  profile: Pick<ProfileStore, 'get'>;
  /** The text as pasted: a campaign post's links tagged, utm_source the preset ('tiktok'). */
  tagLinks(postId: string, source: string, text: string): string;
  mediaPath(sha256: string): string;
  /** Where the images are copied under their own names, to drag or show in a folder. */
  filesFolder: string;
  desktop: DesktopFiles | null;
}

export class ReminderDesk {
  private readonly copies: ReminderCopies;

  constructor(private readonly deps: ReminderDeskDeps) {
    this.copies = new ReminderCopies(deps.filesFolder, deps.mediaPath);
  }

  /** Whether the channel's targets come here rather than to a connector. */
  owns(channelId: string): boolean {
    return this.deps.store.isReminderChannel(channelId);
  }

  /** A due target of a reminder channel: reminded now, or held as missed once its grace passed. */
  run(due: DueTarget): void {
    if (due.state === 'reminding') this.expire(due);
    else this.remind(due);
  }

  list(): DueReminder[] {
    return this.deps.store.reminding().map((row) => this.reminderOf(row));
  }

  /** "I posted it": published, once. A second "I posted it" changes nothing. */
  posted(targetId: string, liveUrl: string | undefined): Post {
    const target = this.reminderTarget(targetId);
    if (target.state === 'published') return this.deps.posts.get(target.postId);
    const now = this.deps.clock.now();
    // Snoozed or missed, the owner may still have posted it; never from a target not yet due.
    const moved = this.deps.store.move(
      targetId,
      ['reminding', 'retry_wait', 'missed'],
      { state: 'published', remoteUrl: liveUrl ?? null },
      now,
    );
    if (!moved) throw new AppError('CONFLICT', say('reminders.errors.notReminding'));
    this.deps.activity.append({
      kind: 'reminder.posted',
      postId: target.postId,
      targetId,
      message: say('reminders.activity.posted', { network: this.networkName(target.channelId) }),
      detail: { remoteUrl: liveUrl ?? null },
    });
    this.changed(target.postId);
    return this.deps.posts.get(target.postId);
  }

  /** "Snooze 15 min": reminded again exactly then, by the outbox's timer. */
  snooze(targetId: string): SnoozedReminder {
    const target = this.reminderTarget(targetId);
    const at = this.deps.clock.now() + SNOOZE_MS;
    const moved = this.deps.store.move(
      targetId,
      ['reminding'],
      { state: 'retry_wait', nextAttemptAt: at },
      this.deps.clock.now(),
    );
    if (!moved) throw new AppError('CONFLICT', say('reminders.errors.notReminding'));
    const local = localStringAt(at, this.deps.profile.get().timeZone).replace('T', ' ');
    this.deps.activity.append({
      kind: 'reminder.snoozed',
      postId: target.postId,
      targetId,
      message: say('reminders.activity.snoozed', { local }),
      // The window says the time in the owner's locale from this, not from the stored words.
      detail: { nextAttemptAt: at },
    });
    this.changed(target.postId);
    return { post: this.deps.posts.get(target.postId), remindsAgainAt: at };
  }

  showInFolder(targetId: string): void {
    const desktop = this.desktopFiles();
    const paths = this.copiesOf(targetId);
    if (paths.length > 0) desktop.showInFolder(paths[0]!.path);
  }

  startDrag(targetId: string, mediaId: string): void {
    const desktop = this.desktopFiles();
    const copy = this.copiesOf(targetId).find((file) => file.mediaId === mediaId);
    if (!copy) throw new AppError('NOT_FOUND', say('errors.media.gone'));
    desktop.startDrag(copy.path);
  }

  /**
   * Removes the image copies of every reminder no longer waiting for the owner: posted, missed,
   * taken back, deleted. Run at start (what a crash left) and after each change to a post.
   */
  removeSettledCopies(): number {
    return this.copies.sweep(() => this.deps.store.waitingTargetIds());
  }

  private remind(due: DueTarget): void {
    const now = this.deps.clock.now();
    const graceMs = this.deps.settings.get().graceWindowMinutes * 60_000;
    const reminded = this.deps.store.move(
      due.targetId,
      [due.state],
      { state: 'reminding', nextAttemptAt: now + graceMs },
      now,
      true,
    );
    if (!reminded) return;
    const reminder = this.deps.store.reminding().find((row) => row.targetId === due.targetId);
    const network = this.networkName(due.channelId);
    this.deps.activity.append({
      kind: 'reminder.shown',
      postId: due.postId,
      targetId: due.targetId,
      message: say('reminders.activity.reminded', { network }),
    });
    const text = reminder ? this.reminderOf(reminder).text : '';
    this.deps.notifier.notify(noticeOf('info', say('reminders.timeToPost', { network }), firstWords(text)));
    this.changed(due.postId);
  }

  private expire(due: DueTarget): void {
    const why = say('reminders.missed');
    const held = this.deps.store.move(
      due.targetId,
      ['reminding'],
      { state: 'missed', lastError: why.message, lastErrorKey: [keyOf(why)] },
      this.deps.clock.now(),
    );
    if (!held) return;
    this.deps.activity.append({
      kind: 'post.missed',
      postId: due.postId,
      targetId: due.targetId,
      message: say('reminders.activity.missed', { network: this.networkName(due.channelId) }),
    });
    this.deps.notifier.notify(
      noticeOf('failure', say('desktop.notices.missed', { count: 1 }), say('desktop.notices.missedBody')),
    );
    this.changed(due.postId);
  }

  private reminderOf(row: RemindingRow): DueReminder {
    const setup = setupOf(row.channelSettings);
    const post = this.deps.posts.get(row.postId);
    return {
      targetId: row.targetId,
      postId: row.postId,
      channelName: row.channelName,
      networkName: setup?.networkName ?? row.channelName,
      composerUrl: setup?.composerUrl ?? '',
      text: this.deps.tagLinks(row.postId, setup?.preset ?? 'other', row.bodyOverride ?? row.body),
      scheduledAt: row.scheduledAt,
      deadline: row.deadline,
      images: post.media.map((m) => ({
        mediaId: m.id,
        sha256: m.sha256,
        fileName: m.fileName,
        mimeType: m.mimeType,
        altText: m.altText,
      })),
    };
  }

  /** The target, which must be on a reminder channel. */
  private reminderTarget(targetId: string) {
    const target = this.deps.store.target(targetId);
    if (!target) throw new AppError('NOT_FOUND', say('errors.post.gone'));
    if (!this.owns(target.channelId)) {
      throw new AppError('INVALID_INPUT', say('reminders.errors.notReminderChannel'));
    }
    return target;
  }

  private copiesOf(targetId: string): { mediaId: string; path: string }[] {
    const target = this.reminderTarget(targetId);
    const images = this.deps.posts.get(target.postId).media.map((m) => ({ ...m, mediaId: m.id }));
    return this.copies.copiesOf(targetId, images);
  }

  private desktopFiles(): DesktopFiles {
    if (!this.deps.desktop) throw new AppError('INVALID_INPUT', say('reminders.errors.desktopOnly'));
    return this.deps.desktop;
  }

  private networkName(channelId: string): string {
    const row = this.deps.store.channelOf(channelId);
    return setupOf(row?.settings ?? null)?.networkName ?? row?.displayName ?? '';
  }

  private changed(postId: string): void {
    this.deps.events.emit({ type: 'post.changed', postId });
    this.deps.events.emit({ type: 'outbox.changed' });
  }
}

function setupOf(settings: Record<string, unknown> | null): ReminderSetup | null {
  const parsed = ReminderSetup.safeParse(settings?.[REMINDER_SETTING]);
  return parsed.success ? parsed.data : null;
}

function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > FIRST_WORDS ? `${flat.slice(0, FIRST_WORDS - 1)}…` : flat;
}
