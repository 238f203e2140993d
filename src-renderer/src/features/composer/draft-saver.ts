// Saves a draft as the owner types: the first change creates the post, later ones are sent
// after a short pause. One request at a time, always with the newest text; the journal keeps
// every keystroke until the core confirms it.
import type { MediaItem, Post } from '@shared/entities';
import { t } from '../../i18n/i18n';
import { ApiError, call } from '../../lib/api';
import { clearJournal, isBlank, sameContent, writeJournal, type DraftContent } from './draft-journal';

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; reason: string };

export interface DraftSaverOptions {
  postId: string | null;
  /** What the store holds now; the saver sends only differences from it. */
  stored: DraftContent;
  storedUpdatedAt: number | null;
  delayMs?: number;
  retryMs?: number;
  onStatus(status: SaveStatus): void;
  onPostSaved(post: Post): void;
}

export class DraftSaver {
  private postId: string | null;
  private stored: DraftContent;
  private latest: DraftContent;
  private baseUpdatedAt: number | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private runAgain = false;
  private discarded = false;
  private readonly delayMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: DraftSaverOptions) {
    this.postId = options.postId;
    this.stored = options.stored;
    this.latest = options.stored;
    this.baseUpdatedAt = options.storedUpdatedAt;
    this.delayMs = options.delayMs ?? 400;
    this.retryMs = options.retryMs ?? 3000;
  }

  get id(): string | null {
    return this.postId;
  }

  /** True after discard(): the post is being deleted from here, not elsewhere. */
  get isDiscarded(): boolean {
    return this.discarded;
  }

  /** True while some change has not been confirmed by the core. */
  get hasUnsavedChanges(): boolean {
    return (
      this.running !== null ||
      !sameContent(this.latest, this.stored) ||
      (!this.postId && !isBlank(this.latest))
    );
  }

  /** Records a change: journaled now, saved after the pause (at once for a post not created yet). */
  change(next: DraftContent): void {
    this.discarded = false;
    this.latest = next;
    writeJournal({
      postId: this.postId,
      ...next,
      editedAt: Date.now(),
      baseUpdatedAt: this.baseUpdatedAt,
    });
    this.options.onStatus({ kind: 'saving' });
    this.schedule(this.postId ? this.delayMs : 0);
  }

  /** Sends whatever is pending now, and resolves once the core has answered. */
  flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) {
      this.runAgain = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Makes sure the post exists (for images and scheduling) and returns its id. */
  async ensureCreated(): Promise<string> {
    await this.flush();
    if (this.postId) return this.postId;
    const { body, channelIds } = this.latest;
    const post = await call('posts.create', { body, channelIds });
    this.adopt(post);
    this.stored = { body, channelIds, altTexts: {}, variants: {} };
    return post.id;
  }

  /** The stored post changed elsewhere (or we just saved it): take it as the new baseline. */
  accept(post: Post, content: DraftContent): void {
    this.stored = content;
    this.latest = content;
    this.baseUpdatedAt = post.updatedAt;
  }

  mediaAdded(item: MediaItem): void {
    this.stored = { ...this.stored, altTexts: { ...this.stored.altTexts, [item.id]: item.altText } };
    this.latest = { ...this.latest, altTexts: { ...this.latest.altTexts, [item.id]: item.altText } };
  }

  mediaRemoved(id: string): void {
    this.stored = { ...this.stored, altTexts: without(this.stored.altTexts, id) };
    this.latest = { ...this.latest, altTexts: without(this.latest.altTexts, id) };
  }

  /** Drops pending work, for a post that is being deleted. */
  discard(): void {
    this.discarded = true;
    this.cancelTimer();
    this.stored = this.latest;
    clearJournal(this.postId);
  }

  private schedule(delay: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    do {
      this.runAgain = false;
      const target = this.latest;
      if (this.postId ? sameContent(target, this.stored) : isBlank(target)) break;
      try {
        await this.send(target);
      } catch (error) {
        this.failed(error);
        return;
      }
    } while (this.runAgain);
    if (sameContent(this.latest, this.stored) && this.timer === null) {
      clearJournal(this.postId);
      if (this.postId) this.options.onStatus({ kind: 'saved' });
    }
  }

  private async send(target: DraftContent): Promise<void> {
    this.options.onStatus({ kind: 'saving' });
    let id = this.postId;
    if (!id) {
      const post = await call('posts.create', { body: target.body, channelIds: target.channelIds });
      this.adopt(post);
      id = post.id;
      this.stored = { ...target, altTexts: {}, variants: {} };
      // Per-channel text can only be stored once the post and its channels exist.
      if (Object.keys(target.variants).length === 0) return;
    }
    if (!sameContent({ ...target, altTexts: {} }, { ...this.stored, altTexts: {} })) {
      const post = await call('posts.update', {
        id,
        body: target.body,
        channelIds: target.channelIds,
        variants: variantChanges(this.stored.variants, target),
      });
      this.baseUpdatedAt = post.updatedAt;
      this.options.onPostSaved(post);
    }
    const altTexts = { ...target.altTexts };
    for (const [mediaId, altText] of Object.entries(target.altTexts)) {
      if (this.stored.altTexts[mediaId] === altText) continue;
      try {
        await call('media.update', { id: mediaId, altText });
      } catch (error) {
        // Removed meanwhile (here or in another window): its alt text has nowhere to go.
        if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') throw error;
        delete altTexts[mediaId];
        this.latest = { ...this.latest, altTexts: without(this.latest.altTexts, mediaId) };
      }
    }
    this.stored = { ...target, altTexts };
  }

  /** A newly created post: move the journal under its id so a crash now recovers into it. */
  private adopt(post: Post): void {
    this.postId = post.id;
    this.baseUpdatedAt = post.updatedAt;
    writeJournal({ postId: post.id, ...this.latest, editedAt: Date.now(), baseUpdatedAt: post.updatedAt });
    clearJournal(null);
    this.options.onPostSaved(post);
  }

  private failed(error: unknown): void {
    // A full or read-only disk can be fixed while the composer stays open: keep trying.
    const retryable = !(error instanceof ApiError) || error.code === 'INTERNAL' || error.code === 'STORAGE';
    const reason =
      error instanceof ApiError ? error.message.replace(/[.!\s]+$/, '') : t('composer:save.notReachable');
    this.options.onStatus({ kind: 'error', reason });
    if (retryable) this.schedule(this.retryMs);
  }
}

/** Only the channels whose text changed; null puts a channel back on the main text. */
function variantChanges(stored: Record<string, string>, target: DraftContent): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const channelId of target.channelIds) {
    const text = target.variants[channelId] ?? null;
    if (text !== (stored[channelId] ?? null)) changes[channelId] = text;
  }
  return changes;
}

function without(record: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
