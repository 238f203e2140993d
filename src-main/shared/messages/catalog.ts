// The shape every language's catalog shares with the English one: the same namespaces and keys,
// each a string. A key missing from a translation is a type error, so tsc catches it.
export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
