// Shapes of the marketing side (campaigns, spend, imports, figures) that cross the IPC
// boundary. Imports nothing but zod and the shared entities.
import { z } from 'zod';
import { Id, Instant, Network } from './entities';
import { SaidText } from './messages/owner-message';
import { isCurrencyCode } from './money';
import { UTM_MEDIUMS } from './utm';

/** 10 MB: a year of a small shop's orders is a fraction of it. */
const CSV_FILE_BYTES = 10 * 1024 * 1024;

export const MARKETING_LIMITS = {
  campaignName: 200,
  slug: 80,
  url: 2_000,
  note: 500,
  /** The largest CSV export the owner may pick, checked on its size before it is read. */
  csvFileBytes: CSV_FILE_BYTES,
  /** Its text as passed to the import: no encoding gives more characters than bytes. */
  csvChars: CSV_FILE_BYTES,
  previewRows: 20,
  maxMinor: 1e13,
} as const;

export const CAMPAIGN_GOALS = ['awareness', 'traffic', 'sales'] as const;
export const CampaignGoal = z.enum(CAMPAIGN_GOALS);
export const SPEND_SOURCES = ['manual', 'meta', 'google'] as const;
export const ORDER_SOURCES = ['shopify', 'square', 'stripe'] as const;
export const IMPORT_KINDS = ['meta-ads', 'google-ads', 'ga4', 'shopify', 'square', 'stripe'] as const;
export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;
export const UtmMedium = z.enum(UTM_MEDIUMS);

/** A calendar day in the business time zone. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'input.date')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'input.noSuchDate',
    },
  );
export const CurrencyCode = z
  .string()
  .transform((c) => c.trim().toUpperCase())
  .refine(isCurrencyCode, { message: 'input.currencyCode' });
/** Minor units (cents). */
export const MinorAmount = z.number().int().min(-MARKETING_LIMITS.maxMinor).max(MARKETING_LIMITS.maxMinor);
export const Slug = z
  .string()
  .max(MARKETING_LIMITS.slug)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'input.slug');
export const WebUrl = z
  .string()
  .trim()
  .max(MARKETING_LIMITS.url)
  .regex(/^https?:\/\/\S+$/i, 'input.landingUrl');

export const Campaign = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  goal: CampaignGoal,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  budgetMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  channelIds: z.array(Id),
  landingUrl: z.string().nullable(),
  postCount: z.number().int().nonnegative(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Campaign = z.infer<typeof Campaign>;

const CampaignFields = {
  name: z.string().trim().min(1, 'input.campaignName').max(MARKETING_LIMITS.campaignName),
  /** Derived from the name when left out. */
  slug: Slug.optional(),
  goal: CampaignGoal,
  startsOn: LocalDate.nullable().optional(),
  endsOn: LocalDate.nullable().optional(),
  budgetMinor: MinorAmount.min(0, 'The budget cannot be negative').nullable().optional(),
  currency: CurrencyCode.nullable().optional(),
  channelIds: z.array(Id).max(50).optional(),
  landingUrl: WebUrl.nullable().optional(),
};
const datesInOrder = (c: { startsOn?: string | null; endsOn?: string | null }) =>
  !c.startsOn || !c.endsOn || c.startsOn <= c.endsOn;
const budgetHasCurrency = (c: { budgetMinor?: number | null; currency?: string | null }) =>
  c.budgetMinor === undefined || c.budgetMinor === null || !!c.currency;

export const CampaignCreate = z
  .object(CampaignFields)
  .strict()
  .refine(datesInOrder, { message: 'input.campaignEnd', path: ['endsOn'] })
  .refine(budgetHasCurrency, { message: 'input.budgetCurrency', path: ['currency'] });
export const CampaignUpdate = z
  .object({ id: Id, ...CampaignFields, name: CampaignFields.name.optional(), goal: CampaignGoal.optional() })
  .strict();

export const SpendEntry = z.object({
  id: Id,
  campaignId: Id.nullable(),
  campaignName: z.string().nullable(),
  date: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  impressions: z.number().int().nullable(),
  clicks: z.number().int().nullable(),
  source: z.enum(SPEND_SOURCES),
  note: z.string().nullable(),
  importedAt: Instant,
});
export type SpendEntry = z.infer<typeof SpendEntry>;

export const SpendAdd = z
  .object({
    campaignId: Id,
    date: LocalDate,
    amountMinor: MinorAmount.min(0, 'Spend cannot be negative'),
    currency: CurrencyCode,
    note: z.string().max(MARKETING_LIMITS.note).optional(),
  })
  .strict();

export const UtmPreview = z.object({
  campaignSlug: z.string(),
  network: Network,
  medium: UtmMedium,
  text: z.string(),
  links: z.array(
    z.object({
      original: z.string(),
      tagged: z.string(),
      leftAlone: SaidText.nullable(),
      start: z.number().int(),
    }),
  ),
});

/** Which CSV column feeds which field of the import, by header text. */
export const ColumnMapping = z.record(z.string().max(60), z.string().max(300));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportInput = z
  .object({
    kind: ImportKind.optional(),
    fileName: z.string().trim().min(1).max(255),
    csvText: z.string().max(MARKETING_LIMITS.csvChars, 'input.csvTooLarge'),
    mapping: ColumnMapping.optional(),
    /** For exports that do not say their currency (GA4, Square). */
    currency: CurrencyCode.optional(),
  })
  .strict();
export type ImportInput = z.infer<typeof ImportInput>;

/** One of a file's problems, sentence by sentence ("Line 4:", then that row's problems), shown joined by a space. */
export const ImportProblem = z.array(SaidText);
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportField = z.object({
  field: z.string(),
  label: SaidText,
  required: z.boolean(),
  column: z.string().nullable(),
});

export const ImportPreview = z.object({
  kind: ImportKind,
  label: SaidText,
  columns: z.array(z.string()),
  fields: z.array(ImportField),
  mapping: ColumnMapping,
  rows: z.array(
    z.object({
      line: z.number().int(),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
      problems: z.array(SaidText),
    }),
  ),
  totals: z.object({
    rows: z.number().int(),
    valid: z.number().int(),
    withProblems: z.number().int(),
    alreadyImported: z.number().int(),
  }),
  problems: z.array(ImportProblem),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  kind: ImportKind,
  imported: z.number().int(),
  skipped: z.number().int(),
  alreadyImported: z.number().int(),
  problems: z.array(ImportProblem),
});

const FigureShape = z.object({
  value: z.number().nullable(),
  formula: SaidText,
  missing: SaidText.optional(),
});
const MoneyFigureShape = FigureShape.extend({ currency: z.string().nullable() });
export const FiguresShape = z.object({
  impressions: FigureShape,
  clicks: FigureShape,
  ctr: FigureShape,
  conversions: FigureShape,
  conversionRate: FigureShape,
  spend: MoneyFigureShape,
  cpc: MoneyFigureShape,
  cpa: MoneyFigureShape,
  revenue: MoneyFigureShape,
  roas: FigureShape,
  roi: FigureShape,
});

export const CampaignFigures = z.object({
  campaignId: Id,
  name: z.string(),
  slug: z.string(),
  figures: FiguresShape,
});
export const PostFigures = z.object({
  postId: Id,
  campaignId: Id.nullable(),
  excerpt: z.string(),
  figures: FiguresShape,
});

export const FiguresRange = z
  .object({ from: LocalDate, to: LocalDate })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'input.rangeOrder' });

/** Slug for a campaign name: "Spring Sale 2026!" -> "spring-sale-2026". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MARKETING_LIMITS.slug)
    .replace(/-+$/g, '');
}
