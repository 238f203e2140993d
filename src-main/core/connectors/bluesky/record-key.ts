// Bluesky posts are published with putRecord at a record key Cadence chooses. Deriving it
// from the target makes every retry address the same record, so a retry after a crash or a
// timeout overwrites the post it may already have made instead of making a second one.
import { createHash } from 'node:crypto';
import { loadAtprotoCommon } from './atproto-library';

/** A TID (timestamp id) from the first attempt's time and a clock id hashed from the target. */
export async function recordKeyFor(targetId: string, firstAttemptAt: number): Promise<string> {
  const { TID } = await loadAtprotoCommon();
  const digest = createHash('sha256').update(targetId).digest();
  const clockId = digest.readUInt16BE(0) % 1024;
  // TIDs count microseconds; the low three digits spread targets that start in the same ms.
  const micros = firstAttemptAt * 1000 + (digest.readUInt16BE(2) % 1000);
  return TID.fromTime(micros, clockId).toString();
}
