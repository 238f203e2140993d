// The library of saved pieces the composer inserts: templates, snippets and hashtag groups.
import { z } from 'zod';
import { Id } from '../entities';
import { LIBRARY_KINDS, LibraryItem, LibraryItemBody, LibraryItemName } from '../library';
import { ById, Deleted, NoInput } from './common';

export const libraryContract = {
  /** Every piece, by kind then name. */
  'library.list': { input: NoInput, output: z.array(LibraryItem) },
  'library.create': {
    input: z.object({ kind: z.enum(LIBRARY_KINDS), name: LibraryItemName, body: LibraryItemBody }).strict(),
    output: LibraryItem,
  },
  'library.update': {
    input: z
      .object({
        id: Id,
        kind: z.enum(LIBRARY_KINDS).optional(),
        name: LibraryItemName.optional(),
        body: LibraryItemBody.optional(),
      })
      .strict(),
    output: LibraryItem,
  },
  'library.delete': { input: ById, output: Deleted },
} as const;
