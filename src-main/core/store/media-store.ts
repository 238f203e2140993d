import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq, max } from 'drizzle-orm';
import { LIMITS, type MediaItem } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { media } from '../db/schema';

const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Images attached to posts. Files are content-addressed under <data>/media, so a re-used image is stored once. */
export class MediaStore {
  readonly folder: string;

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

  add(input: {
    postId: string;
    fileName: string;
    mimeType: string;
    dataBase64: string;
    altText?: string;
  }): MediaItem {
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length === 0) throw new AppError('INVALID_INPUT', `“${input.fileName}” is empty.`);
    if (bytes.length > LIMITS.mediaBytes) {
      throw new AppError(
        'INVALID_INPUT',
        `“${input.fileName}” is larger than 20 MB. Choose a smaller image.`,
      );
    }
    if (!SIGNATURES[input.mimeType]?.(bytes)) {
      throw new AppError(
        'INVALID_INPUT',
        `“${input.fileName}” is not a valid PNG, JPEG, GIF or WebP image. Export it again and retry.`,
      );
    }
    const existing = this.db.select({ n: count() }).from(media).where(eq(media.postId, input.postId)).get();
    if ((existing?.n ?? 0) >= LIMITS.mediaPerPost) {
      throw new AppError('INVALID_INPUT', `A post can carry at most ${LIMITS.mediaPerPost} images.`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.writeOnce(sha256, bytes);
    const last = this.db
      .select({ position: max(media.position) })
      .from(media)
      .where(eq(media.postId, input.postId))
      .get();
    const row = {
      id: randomUUID(),
      postId: input.postId,
      sha256,
      mimeType: input.mimeType,
      byteSize: bytes.length,
      fileName: input.fileName,
      altText: input.altText ?? '',
      position: (last?.position ?? -1) + 1,
      createdAt: this.clock.now(),
    };
    this.db.insert(media).values(row).run();
    return this.get(row.id);
  }

  get(id: string): MediaItem {
    const row = this.db.select().from(media).where(eq(media.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'That image is no longer attached.');
    return {
      id: row.id,
      postId: row.postId,
      sha256: row.sha256,
      mimeType: row.mimeType,
      byteSize: row.byteSize,
      fileName: row.fileName,
      altText: row.altText,
      position: row.position,
    };
  }

  setAltText(id: string, altText: string): MediaItem {
    const result = this.db.update(media).set({ altText }).where(eq(media.id, id)).run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'That image is no longer attached.');
    return this.get(id);
  }

  remove(id: string): MediaItem {
    const item = this.get(id);
    this.db.delete(media).where(eq(media.id, id)).run();
    return item;
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
