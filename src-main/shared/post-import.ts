// Posts imported from a CSV the owner wrote in a spreadsheet: which columns hold what (the
// mapping), and the preview of every row with its problems, before "Import N posts".
import { z } from 'zod';
import { Id, Instant, LocalDateTime } from './entities';
import { MARKETING_LIMITS } from './marketing';
import { SaidText } from './messages/owner-message';

export const POST_IMPORT_FIELDS = ['text', 'date', 'time', 'channels', 'images', 'campaign'] as const;
export type PostImportField = (typeof POST_IMPORT_FIELDS)[number];

export const POST_IMPORT_LIMITS = {
  /** One sitting's batch; a larger plan is imported in parts. */
  rows: 500,
} as const;

/** Which column (by its header) holds each field; null or absent: no column does. */
export const PostImportMapping = z
  .object(
    Object.fromEntries(
      POST_IMPORT_FIELDS.map((field) => [field, z.string().max(200).nullable().optional()]),
    ) as {
      [F in PostImportField]: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    },
  )
  .strict();
export type PostImportMapping = z.infer<typeof PostImportMapping>;

export const PostImportInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    csvText: z.string().max(MARKETING_LIMITS.csvChars, 'input.csvTooLarge'),
    /** Without it, the columns are recognised by their headers (English or German). */
    mapping: PostImportMapping.optional(),
  })
  .strict();
export type PostImportInput = z.infer<typeof PostImportInput>;

export const PostImportRow = z.object({
  /** The line in the file where the row starts, as the owner's spreadsheet numbers it. */
  line: z.number().int().positive(),
  text: z.string(),
  /** The wall-clock time in the business time zone, when the date and time could be read. */
  local: LocalDateTime.nullable(),
  at: Instant.nullable(),
  channelIds: z.array(Id),
  images: z.array(z.string()),
  campaignId: Id.nullable(),
  /** Why the row will not be imported; empty when it will. */
  problems: z.array(SaidText),
});
export type PostImportRow = z.infer<typeof PostImportRow>;

export const PostImportPreview = z.object({
  columns: z.array(z.string()),
  mapping: z.record(z.enum(POST_IMPORT_FIELDS), z.string().nullable()),
  timeZone: z.string(),
  rows: z.array(PostImportRow),
  /** How many rows "Import" would make posts of: those without problems. */
  importable: z.number().int().nonnegative(),
  /** Problems with the whole file (no header, no text column, too many rows). */
  fileProblems: z.array(SaidText),
});
export type PostImportPreview = z.infer<typeof PostImportPreview>;

export const PostImportResult = z.object({
  imported: z.number().int().nonnegative(),
  postIds: z.array(Id),
});
export type PostImportResult = z.infer<typeof PostImportResult>;
