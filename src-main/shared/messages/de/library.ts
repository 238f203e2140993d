import type { LIBRARY_MESSAGES } from '../library-messages';
import type { Catalog } from '../catalog';

export const library: Catalog<typeof LIBRARY_MESSAGES> = {
  itemGone: 'Diesen Baustein gibt es nicht mehr.',
  full: 'Die Bibliothek fasst höchstens {{max}} Bausteine. Löschen Sie einen, den Sie nicht mehr brauchen, und speichern Sie diesen dann.',
};
