// The brand voice kit: what the owner wants every post to sound and look like. Shared so the
// composer can check a post live, with no connection to the core.
import { z } from 'zod';
import { say, type OwnerMessage } from '../messages/owner-message';

export const KIT_LIMITS = {
  voice: 2_000,
  term: 100,
  words: 200,
  required: 20,
  maxCount: 100,
  /** A kit file larger than this is not a kit. */
  fileChars: 200_000,
} as const;

const Term = z.string().trim().min(1, 'input.termEmpty').max(KIT_LIMITS.term, 'input.termTooLong');

export const AvoidWord = z.object({ term: Term, suggestion: Term.optional() }).strict();
export type AvoidWord = z.infer<typeof AvoidWord>;

const Limit = z.number().int().min(0).max(KIT_LIMITS.maxCount).nullable();

export const BrandKit = z
  .object({
    /** How the business sounds, in the owner's words. */
    voice: z.string().max(KIT_LIMITS.voice, 'input.voiceTooLong'),
    avoidWords: z.array(AvoidWord).max(KIT_LIMITS.words),
    preferWords: z.array(Term).max(KIT_LIMITS.words),
    /** Hashtags or disclosures each kind of post must carry, such as "#ad" on campaign posts. */
    requiredByKind: z
      .object({
        campaign: z.array(Term).max(KIT_LIMITS.required),
        organic: z.array(Term).max(KIT_LIMITS.required),
      })
      .strict(),
    /** null: no limit. */
    maxEmoji: Limit,
    maxHashtags: Limit,
    links: z
      .object({
        requireHttps: z.boolean(),
        forbidShorteners: z.boolean(),
        requireUtmOnCampaign: z.boolean(),
      })
      .strict(),
  })
  .strict();
export type BrandKit = z.infer<typeof BrandKit>;

/** What a business starts with: only the rules almost everyone wants. */
export const DEFAULT_BRAND_KIT: BrandKit = {
  voice: '',
  avoidWords: [],
  preferWords: [],
  requiredByKind: { campaign: ['#ad'], organic: [] },
  maxEmoji: null,
  maxHashtags: null,
  links: { requireHttps: true, forbidShorteners: true, requireUtmOnCampaign: true },
};

export const KIT_FILE_FORMAT = 'cadence.brand-kit';
export const KIT_FILE_VERSION = 1;

export const BrandKitFile = z.object({
  format: z.literal(KIT_FILE_FORMAT),
  version: z.literal(KIT_FILE_VERSION),
  exportedAt: z.string().max(40).optional(),
  kit: BrandKit,
});
export type BrandKitFile = z.infer<typeof BrandKitFile>;

/** A file the owner picked that is not a kit Cadence can read; the message says why, plainly. */
export class KitFileError extends Error {
  override readonly name = 'KitFileError';

  constructor(readonly said: OwnerMessage) {
    super(said.message);
  }
}

export function exportKit(kit: BrandKit, exportedAt: Date): string {
  const file: BrandKitFile = {
    format: KIT_FILE_FORMAT,
    version: KIT_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    kit,
  };
  return JSON.stringify(file, null, 2);
}

/** Reads a kit file, or throws a KitFileError whose message can be shown as it is. */
export function importKit(json: string): BrandKit {
  if (json.length > KIT_LIMITS.fileChars) {
    throw new KitFileError(say('brandKit.file.tooLarge'));
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new KitFileError(say('brandKit.file.notJson'));
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== KIT_FILE_FORMAT
  ) {
    throw new KitFileError(say('brandKit.file.notKit'));
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > KIT_FILE_VERSION) {
    throw new KitFileError(say('brandKit.file.newer', { version }));
  }
  const parsed = BrandKitFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    // The schema's own words name the field; they stay as zod wrote them.
    throw new KitFileError(say('brandKit.file.damaged', { problem: `${issue.message}${where}` }));
  }
  return parsed.data.kit;
}
