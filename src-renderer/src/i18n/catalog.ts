// The shape every language's catalog shares with the English one: the same namespaces and keys,
// each a string. A key missing from a translation is a type error, so tsc catches it.

export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

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
