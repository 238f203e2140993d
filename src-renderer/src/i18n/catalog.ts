// Checks and tools over catalogs; their shape (Catalog) lives with the core's messages, which
// main and the window both read.
export type { Catalog } from '@shared/messages/catalog';

/** A catalog's strings by their dotted path ("calendar.toolbar.today"), for checks and tools. */
export function flatten(catalog: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value as object, path)) flat.set(inner, text);
  }
  return flat;
}

/** The interpolation names a string takes ({{count}}, {{name, number}}), sorted. */
export function paramsOf(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}
