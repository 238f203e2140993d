import { z } from 'zod';
import { Instant } from './entities';

/** Why the disk refuses Cadence's writes: full, read-only, failing, or a damaged database file. */
export const StorageProblem = z.enum(['full', 'read-only', 'io', 'damaged']);
export type StorageProblem = z.infer<typeof StorageProblem>;

/** Whether Cadence can save; when it cannot, what is wrong and what the owner can do, since when. */
export const StorageStatus = z.discriminatedUnion('canSave', [
  z.object({ canSave: z.literal(true) }),
  z.object({ canSave: z.literal(false), problem: StorageProblem, message: z.string(), since: Instant }),
]);
export type StorageStatus = z.infer<typeof StorageStatus>;
