// Posts from a CSV the owner wrote: each row read into a scheduled post with its problems (the
// preview), then every row without one imported in one transaction, so nothing is half-imported.
// The CSV is read by the same reader as the marketing imports (imports/csv.ts), after the renderer
// decoded its bytes with shared/csv-bytes.ts under the same size limit.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../shared/errors';
import { LIMITS, type Channel } from '../../shared/entities';
import { keyOf, say, type OwnerMessage, type SaidText } from '../../shared/messages/owner-message';
import {
  POST_IMPORT_LIMITS,
  type PostImportInput,
  type PostImportPreview,
  type PostImportResult,
  type PostImportRow,
} from '../../shared/post-import';
import { validatePostForNetwork } from '../../shared/text-rules';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { posts, postTargets } from '../db/schema';
import { parseCsv, type CsvRecord } from '../imports/csv';
import type { CampaignNames } from '../imports/import-service';
import { detectDateOrder } from '../imports/values';
import type { MediaStore } from '../store/media-store';
import { resolveMapping, type ResolvedMapping } from './post-import-mapping';
import {
  checkImagePath,
  findChannel,
  listCell,
  readDay,
  readInstant,
  readTime,
  splitDateTime,
} from './post-import-values';

export interface PostImportDeps {
  db: AppDatabase;
  clock: Clock;
  media: MediaStore;
  campaigns: CampaignNames;
  timeZone: () => string;
  channels: () => Channel[];
}

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.heif': 'image/heif',
  '.mp4': 'video/mp4',
};
/** Text problems that stop a post going out; image rules wait for the images themselves. */
const TEXT_PROBLEMS = new Set(['text-too-long', 'text-too-many-bytes', 'invalid-characters']);

const said = (message: OwnerMessage): SaidText => ({ ...keyOf(message), message: message.message });

export class PostImport {
  constructor(private readonly deps: PostImportDeps) {}

  preview(input: PostImportInput): PostImportPreview {
    const { preview, fileProblems } = this.read(input);
    return { ...preview, fileProblems: fileProblems.map(said) };
  }

  private read(input: PostImportInput): {
    preview: Omit<PostImportPreview, 'fileProblems'>;
    fileProblems: OwnerMessage[];
  } {
    const timeZone = this.deps.timeZone();
    const { records } = parseCsv(input.csvText);
    const [header, ...body] = records;
    const columns = header?.cells.map((cell) => cell.trim()) ?? [];
    const mapping = resolveMapping(columns, input.mapping);
    const base = { columns, mapping, timeZone, rows: [], importable: 0 };
    const fileProblems: OwnerMessage[] = [];
    if (body.length === 0) fileProblems.push(say('postFiles.file.noRows'));
    if (mapping.text === null) fileProblems.push(say('postFiles.file.noTextColumn'));
    if (mapping.date === null) fileProblems.push(say('postFiles.file.noDateColumn'));
    if (body.length > POST_IMPORT_LIMITS.rows)
      fileProblems.push(
        say('postFiles.file.tooManyRows', { count: body.length, max: POST_IMPORT_LIMITS.rows }),
      );
    if (fileProblems.length > 0) return { preview: base, fileProblems };

    const rows = this.readRows(columns, body, mapping, timeZone);
    const importable = rows.filter((row) => row.problems.length === 0).length;
    return { preview: { ...base, rows, importable }, fileProblems };
  }

  /** Imports the rows without problems; refuses, importing nothing, when an image cannot be used. */
  async commit(input: PostImportInput): Promise<PostImportResult> {
    const { preview, fileProblems } = this.read(input);
    const ready = preview.rows.filter((row) => row.problems.length === 0);
    if (ready.length === 0)
      throw new AppError('INVALID_INPUT', fileProblems[0] ?? say('postFiles.file.nothingToImport'));
    // Every image is read and checked before anything is written.
    const images = new Map<string, Awaited<ReturnType<MediaStore['check']>>>();
    for (const path of new Set(ready.flatMap((row) => row.images))) {
      const fileName = basename(path);
      const mimeType = IMAGE_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch {
        // Moved or deleted since the preview: the owner points at it again.
        throw new AppError('INVALID_INPUT', say('postFiles.row.imageMissing', { path }));
      }
      const dataBase64 = bytes.toString('base64');
      images.set(path, await this.deps.media.check({ fileName, mimeType, dataBase64 }));
    }
    const now = this.deps.clock.now();
    const postIds: string[] = [];
    this.deps.db.transaction((tx) => {
      for (const row of ready) {
        const id = randomUUID();
        tx.insert(posts)
          .values({
            id,
            body: row.text,
            status: 'scheduled',
            kind: row.campaignId ? 'campaign' : 'organic',
            scheduledAt: row.at,
            scheduledTimeZone: preview.timeZone,
            scheduledLocal: row.local,
            campaignId: row.campaignId,
            createdAt: now,
            updatedAt: now,
          })
          .run();
        for (const channelId of row.channelIds) {
          tx.insert(postTargets)
            .values({ id: randomUUID(), postId: id, channelId, state: 'scheduled', updatedAt: now })
            .run();
        }
        // The media store writes through the same connection, so its rows join this transaction.
        for (const path of row.images) this.deps.media.attach(id, images.get(path)!);
        postIds.push(id);
      }
    });
    return { imported: postIds.length, postIds };
  }

  private readRows(
    columns: string[],
    records: CsvRecord[],
    mapping: ResolvedMapping,
    timeZone: string,
  ): PostImportRow[] {
    const cellOf = (record: CsvRecord, field: keyof ResolvedMapping) => {
      const column = mapping[field];
      return column === null ? '' : (record.cells[columns.indexOf(column)] ?? '').trim();
    };
    const order = detectDateOrder(records.map((record) => splitDateTime(cellOf(record, 'date')).date));
    const channels = this.deps.channels();
    const now = this.deps.clock.now();
    const seen = new Map<string, number>();
    const existing = this.existingKeys();

    return records.map((record) => {
      const problems: OwnerMessage[] = [];
      const text = cellOf(record, 'text');
      const images = listCell(cellOf(record, 'images'), /[;|\n]/);
      if (text === '' && images.length === 0) problems.push(say('postFiles.row.noText'));

      const { local, at } = this.readWhen(
        cellOf(record, 'date'),
        cellOf(record, 'time'),
        order,
        timeZone,
        problems,
      );
      if (at !== null && at < now)
        problems.push(say('postFiles.row.past', { local: local!.replace('T', ' ') }));

      const named = listCell(cellOf(record, 'channels'), /[,;|]/);
      if (named.length === 0) problems.push(say('postFiles.row.noChannel'));
      const found: Channel[] = [];
      for (const name of named) {
        const channel = findChannel(name, channels);
        if (!channel) problems.push(say('postFiles.row.unknownChannel', { name }));
        else if (!found.includes(channel)) found.push(channel);
      }
      for (const channel of found) {
        const checked = validatePostForNetwork(channel.network, { text, images: [] }, channel.limits);
        for (const problem of checked) {
          if (problem.severity === 'error' && TEXT_PROBLEMS.has(problem.code) && problem.key)
            problems.push({
              key: problem.key,
              params: problem.params,
              message: problem.message,
            } as OwnerMessage);
        }
      }

      if (images.length > LIMITS.mediaPerPost)
        problems.push(say('postFiles.row.tooManyImages', { max: LIMITS.mediaPerPost }));
      for (const path of images) {
        const problem = checkImagePath(path);
        if (problem) problems.push(problem);
      }

      const campaignName = cellOf(record, 'campaign');
      const campaignId = campaignName === '' ? null : this.deps.campaigns.resolve(campaignName);
      if (campaignName !== '' && campaignId === null)
        problems.push(say('postFiles.row.unknownCampaign', { name: campaignName }));

      if (at !== null) {
        for (const channel of found) {
          const key = duplicateKey(text, at, channel.id);
          const earlier = seen.get(key);
          if (earlier !== undefined) problems.push(say('postFiles.row.duplicateInFile', { line: earlier }));
          else if (existing.has(key)) problems.push(say('postFiles.row.duplicateExisting'));
          else seen.set(key, record.line);
        }
      }

      return {
        line: record.line,
        text,
        local,
        at,
        channelIds: found.map((channel) => channel.id),
        images,
        campaignId,
        problems: dedupe(problems).map(said),
      };
    });
  }

  private readWhen(
    dateCell: string,
    timeCell: string,
    order: ReturnType<typeof detectDateOrder>,
    timeZone: string,
    problems: OwnerMessage[],
  ): { local: string | null; at: number | null } {
    const none = { local: null, at: null };
    const { date, time: timeInDate } = splitDateTime(dateCell);
    const day = readDay(date, order);
    if (day.problem) {
      problems.push(day.problem);
      return none;
    }
    const timeText = timeCell !== '' ? timeCell : timeInDate;
    if (timeText === null) {
      problems.push(say('postFiles.row.noTime'));
      return none;
    }
    const time = readTime(timeText);
    if (time.problem) {
      problems.push(time.problem);
      return none;
    }
    const local = `${day.value}T${time.value}`;
    const instant = readInstant(local, timeZone);
    if (instant.problem) {
      problems.push(instant.problem);
      return { local, at: null };
    }
    return { local, at: instant.value };
  }

  /** Text, time and channel of every planned or sent post, as the preview compares them. */
  private existingKeys(): Set<string> {
    const rows = this.deps.db.$client
      .prepare(
        `select p.body, p.scheduled_at as at, t.channel_id as channelId from posts p
         join post_targets t on t.post_id = p.id
         where p.scheduled_at is not null and p.reply_to_item_id is null`,
      )
      .all() as Array<{ body: string; at: number; channelId: string }>;
    return new Set(rows.map((row) => duplicateKey(row.body, row.at, row.channelId)));
  }
}

function duplicateKey(text: string, at: number, channelId: string): string {
  return JSON.stringify([text.trim(), at, channelId]);
}

/** One problem once: a row naming the same unknown channel twice says so once. */
function dedupe(problems: OwnerMessage[]): OwnerMessage[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.key, problem.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
