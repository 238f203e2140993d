import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq, inArray, max } from 'drizzle-orm';
import { LIMITS, type MediaItem, type VideoFacts } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { media, postSeries } from '../db/schema';
import { heicToJpeg, looksLikeHeic } from './heic-photo';
import { ImageProblem, readImageSize } from './image-facts';
import { looksLikeMp4, readVideoFacts } from './video-facts';
import { say } from '../../shared/messages/owner-message';

const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  'video/mp4': looksLikeMp4,
  'image/heic': looksLikeHeic,
  'image/heif': looksLikeHeic,
};

const SHA256_NAME = /^[0-9a-f]{64}$/;

/** An image or video whose bytes were checked, ready to attach. */
export interface CheckedImage {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  /** What was read of a video; null for a photo. */
  video: VideoFacts | null;
}

type MediaRow = typeof media.$inferSelect;

/** A media row as the rest of Cadence sees it. */
export function mediaItemOf(row: MediaRow): MediaItem {
  const video =
    row.videoDurationMs !== null && row.videoCodec !== null
      ? {
          durationMs: row.videoDurationMs,
          codec: row.videoCodec,
          width: row.videoWidth ?? 0,
          height: row.videoHeight ?? 0,
        }
      : null;
  return {
    id: row.id,
    postId: row.postId,
    sha256: row.sha256,
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    fileName: row.fileName,
    altText: row.altText,
    position: row.position,
    video,
  };
}

/**
 * Images attached to posts. Files are content-addressed under <data>/media, so a re-used image
 * is stored once, and a file goes when no image row names its hash any more.
 *
 * The rule that keeps a file from being deleted while it is being attached: a file is written
 * and its row inserted in one synchronous step (`attach`), and a file is deleted only in one
 * synchronous step that first looks for a row naming it (`removeUnused`, `sweep`). The core
 * runs on one thread, so no attach can fall between that look and the delete. The slow part of
 * an attach, reading the image (`check`), happens before, and writes nothing. A file without a
 * row can therefore only be left by a crash inside `attach`, or by a post deleted before files
 * were collected; the sweep at start removes those, and temporary files of interrupted writes.
 * A file Undo may still need (a deleted post's image, core/batch/undo-log.ts) is held: no row
 * names it, yet it stays until released.
 */
export class MediaStore {
  readonly folder: string;
  /** How many undo records hold each file. */
  private readonly held = new Map<string, number>();

  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
    dataDir: string,
  ) {
    this.folder = join(dataDir, 'media');
  }

  pathFor(sha256: string): string {
    return join(this.folder, sha256.slice(0, 2), sha256);
  }

  /** Reads the bytes and checks them; saves nothing, so a post may change while this waits. */
  async check(input: { fileName: string; mimeType: string; dataBase64: string }): Promise<CheckedImage> {
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length === 0)
      throw new AppError('INVALID_INPUT', say('errors.media.empty', { file: input.fileName }));
    if (bytes.length > LIMITS.mediaBytes) {
      throw new AppError('INVALID_INPUT', say('errors.media.tooLarge', { file: input.fileName }));
    }
    if (!SIGNATURES[input.mimeType]?.(bytes)) {
      throw new AppError('INVALID_INPUT', say('errors.media.invalid', { file: input.fileName }));
    }
    try {
      if (input.mimeType === 'video/mp4') {
        const video = await readVideoFacts(bytes, input.fileName);
        return { fileName: input.fileName, mimeType: input.mimeType, bytes, video };
      }
      if (input.mimeType === 'image/heic' || input.mimeType === 'image/heif') {
        const photo = await heicToJpeg(bytes, input.fileName);
        if (photo.bytes.length > LIMITS.mediaBytes) {
          throw new AppError('INVALID_INPUT', say('errors.media.tooLarge', { file: input.fileName }));
        }
        return { ...photo, mimeType: 'image/jpeg', video: null };
      }
      await readImageSize(bytes, input.fileName);
    } catch (error) {
      if (error instanceof ImageProblem) throw new AppError('INVALID_INPUT', error.said);
      throw error;
    }
    return { fileName: input.fileName, mimeType: input.mimeType, bytes, video: null };
  }

  /** Stores the file and its row together; see the class comment for why nothing awaits here. */
  attach(postId: string, image: CheckedImage, altText = ''): MediaItem {
    const existing = this.db.select({ n: count() }).from(media).where(eq(media.postId, postId)).get();
    if ((existing?.n ?? 0) >= LIMITS.mediaPerPost) {
      throw new AppError('INVALID_INPUT', say('errors.media.tooMany', { count: LIMITS.mediaPerPost }));
    }
    const sha256 = createHash('sha256').update(image.bytes).digest('hex');
    this.writeOnce(sha256, image.bytes);
    const last = this.db
      .select({ position: max(media.position) })
      .from(media)
      .where(eq(media.postId, postId))
      .get();
    const row = {
      id: randomUUID(),
      postId,
      sha256,
      mimeType: image.mimeType,
      byteSize: image.bytes.length,
      fileName: image.fileName,
      altText,
      position: (last?.position ?? -1) + 1,
      createdAt: this.clock.now(),
      videoDurationMs: image.video?.durationMs ?? null,
      videoCodec: image.video?.codec ?? null,
      videoWidth: image.video?.width ?? null,
      videoHeight: image.video?.height ?? null,
    };
    this.db.insert(media).values(row).run();
    return this.get(row.id);
  }

  get(id: string): MediaItem {
    const row = this.db.select().from(media).where(eq(media.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', say('errors.media.gone'));
    return mediaItemOf(row);
  }

  setAltText(id: string, altText: string): MediaItem {
    const result = this.db.update(media).set({ altText }).where(eq(media.id, id)).run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', say('errors.media.gone'));
    return this.get(id);
  }

  remove(id: string): MediaItem {
    const item = this.get(id);
    this.db.delete(media).where(eq(media.id, id)).run();
    this.removeUnused([item.sha256]);
    return item;
  }

  /** The hashes of a post's images, to collect once the post is gone. */
  hashesOf(postId: string): string[] {
    return this.db
      .select({ sha256: media.sha256 })
      .from(media)
      .where(eq(media.postId, postId))
      .all()
      .map((row) => row.sha256);
  }

  /** Deletes the files of these hashes that no image row names any more and nothing holds. */
  removeUnused(sha256s: readonly string[]): void {
    if (sha256s.length === 0) return;
    const used = this.usedAmong(sha256s);
    for (const sha256 of new Set(sha256s)) {
      if (!used.has(sha256) && !this.held.has(sha256)) rmSync(this.pathFor(sha256), { force: true });
    }
  }

  /** Keeps these files while a deleted post that names them may come back. */
  hold(sha256s: readonly string[]): void {
    for (const sha256 of sha256s) this.held.set(sha256, (this.held.get(sha256) ?? 0) + 1);
  }

  /** Ends a hold, and collects the files nothing names or holds any more. */
  release(sha256s: readonly string[]): void {
    for (const sha256 of sha256s) {
      const holds = (this.held.get(sha256) ?? 0) - 1;
      if (holds > 0) this.held.set(sha256, holds);
      else this.held.delete(sha256);
    }
    this.removeUnused(sha256s);
  }

  /**
   * At start: every file no row names, and what interrupted writes left. A file that cannot be
   * deleted now stays until a later start; tidying never stops Cadence from opening.
   */
  sweep(): number {
    let removed = 0;
    try {
      if (!existsSync(this.folder)) return 0;
      const files = readdirSync(this.folder, { recursive: true, withFileTypes: true }).filter((entry) =>
        entry.isFile(),
      );
      const used = this.usedAmong(files.map((file) => file.name).filter((name) => SHA256_NAME.test(name)));
      for (const file of files.filter((entry) => !used.has(entry.name))) {
        rmSync(join(file.parentPath, file.name), { force: true });
        removed++;
      }
    } catch (error) {
      console.error('[cadence] could not remove unused media files', error);
    }
    return removed;
  }

  private usedAmong(sha256s: readonly string[]): Set<string> {
    const used = new Set<string>();
    // In slices, under SQLite's limit on bound values.
    for (let start = 0; start < sha256s.length; start += 500) {
      const slice = [...sha256s.slice(start, start + 500)];
      for (const row of this.db
        .selectDistinct({ sha256: media.sha256 })
        .from(media)
        .where(inArray(media.sha256, slice))
        .all()) {
        used.add(row.sha256);
      }
    }
    // A recurring post's later occurrences are made from its series' template, images included.
    const wanted = new Set(sha256s);
    for (const { template } of this.db.select({ template: postSeries.template }).from(postSeries).all()) {
      for (const image of template.media) if (wanted.has(image.sha256)) used.add(image.sha256);
    }
    return used;
  }

  /** Writes through a temporary name so a crash never leaves a half-written file under the hash. */
  private writeOnce(sha256: string, bytes: Buffer): void {
    const target = this.pathFor(sha256);
    if (existsSync(target)) return;
    mkdirSync(join(this.folder, sha256.slice(0, 2)), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
  }
}
