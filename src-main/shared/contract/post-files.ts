// Posts in from a CSV and the schedule out as a calendar file (issue 12 §7).
import { z } from 'zod';
import { Id, Instant } from '../entities';
import { PostImportInput, PostImportPreview, PostImportResult } from '../post-import';

export const postFilesContract = {
  /** Reads the CSV into posts with their problems, storing nothing; the mapping step re-asks. */
  'postImport.preview': { input: PostImportInput, output: PostImportPreview },
  /** Imports every row without problems, in one transaction; refuses when none is ready. */
  'postImport.commit': { input: PostImportInput, output: PostImportResult },
  /**
   * The scheduled posts as an iCalendar file's text and name, for the renderer to save: from now
   * (or `from`) until `to`, optionally only one channel's.
   */
  'schedule.exportIcs': {
    input: z
      .object({ from: Instant.optional(), to: Instant.optional(), channelId: Id.optional() })
      .strict()
      .refine((range) => range.from === undefined || range.to === undefined || range.to > range.from, {
        message: 'input.icsRange',
      }),
    output: z.object({ fileName: z.string(), text: z.string(), events: z.number().int().nonnegative() }),
  },
} as const;
