// Schemas every domain's channels share.
import { z } from 'zod';
import { Id, LIMITS } from '../entities';

/** A channel that takes nothing: absent, null or an empty object (what each bridge may send). */
export const NoInput = z.undefined().or(z.null()).or(z.object({}).strict());
export const ById = z.object({ id: Id }).strict();
/** The id of what was deleted, so the renderer can drop it. */
export const Deleted = z.object({ id: Id });
export const Text = (max: number) => z.string().max(max);
/** Per-channel text for a post, by channel id; null clears the override so the channel uses the main body. */
export const PostVariants = z
  .record(Id, Text(LIMITS.body).nullable())
  .refine((variants) => Object.keys(variants).length <= LIMITS.channelsPerPost, {
    message: 'input.variantsTooMany',
    params: { maximum: LIMITS.channelsPerPost },
  });
