import type { Catalog } from '../catalog';
import type { drafts as en } from '../en/drafts';

export const drafts: Catalog<typeof en> = {
  title: 'Entwürfe',
  count_one: '{{count}} Entwurf',
  count_other: '{{count}} Entwürfe',
  loading: 'Entwürfe werden geladen…',
  empty: {
    title: 'Noch keine Entwürfe',
    text: 'Beginnen Sie einen Beitrag, wann immer Ihnen eine Idee kommt. Er wird beim Tippen gespeichert, auch ohne Verbindung.',
    write: 'Ersten Beitrag schreiben',
  },
  untitled: 'Entwurf ohne Titel',
  noChannel: 'Noch kein Kanal',
  images_one: '{{count}} Bild',
  images_other: '{{count}} Bilder',
  editedNow: 'Gerade eben bearbeitet',
  edited: 'Bearbeitet {{when}}',
};
