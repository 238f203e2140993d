// The owner's library of saved pieces for the composer: templates (a whole post), snippets (a
// signature, a call to action) and hashtag groups. Shared by the core, which stores them, and
// the composer, which fills a template's variables and inserts the text where the caret is.
import { z } from 'zod';
import { Id, Instant } from './entities';

export const LIBRARY_KINDS = ['template', 'snippet', 'hashtags'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

export const LIBRARY_LIMITS = {
  name: 100,
  /** As long as the longest post any network takes (LinkedIn's 3,000), with room for variables. */
  body: 5_000,
  /** A library of a few hundred pieces is plenty; the list is read whole into the composer. */
  items: 500,
} as const;

/** The variables a template may hold, each filled in when it is inserted. */
export const TEMPLATE_VARIABLES = ['business', 'date', 'link'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export const LibraryItem = z.object({
  id: Id,
  kind: z.enum(LIBRARY_KINDS),
  name: z.string(),
  body: z.string(),
  updatedAt: Instant,
});
export type LibraryItem = z.infer<typeof LibraryItem>;

export const LibraryItemName = z.string().trim().min(1, 'input.libraryName').max(LIBRARY_LIMITS.name);
export const LibraryItemBody = z
  .string()
  .max(LIBRARY_LIMITS.body, 'input.libraryTooLong')
  .refine((text) => text.trim() !== '', 'input.libraryText');

const VARIABLE = /\{(business|date|link)\}/g;

/** The variables a template uses, each once, in the order they first appear. */
export function templateVariables(body: string): TemplateVariable[] {
  const found = [...body.matchAll(VARIABLE)].map((match) => match[1] as TemplateVariable);
  return [...new Set(found)];
}

/**
 * A template's text with its variables filled in. A variable without a value stays as written,
 * so the owner sees what is missing (the brand-kit linter and the counters see it too).
 */
export function fillTemplate(body: string, values: Partial<Record<TemplateVariable, string>>): string {
  return body.replace(VARIABLE, (whole, name: TemplateVariable) => {
    const value = values[name];
    return value === undefined || value.trim() === '' ? whole : value;
  });
}

/**
 * Text with a piece inserted at the caret (or over the selection): a space is added on either side
 * where the piece would otherwise run into a word, and the caret lands after it.
 */
export function insertPiece(
  text: string,
  piece: string,
  from: number,
  to = from,
): { text: string; caret: number } {
  const before = text.slice(0, from);
  const after = text.slice(to);
  const lead = before !== '' && !/\s$/.test(before) ? ' ' : '';
  const trail = after !== '' && !/^\s/.test(after) ? ' ' : '';
  const inserted = `${lead}${piece}${trail}`;
  return { text: before + inserted + after, caret: before.length + lead.length + piece.length };
}
