import type { Catalog } from '../catalog';
import type { library as en } from '../en/library';

export const library: Catalog<typeof en> = {
  title: 'Bibliothek',
  intro:
    'Speichern Sie, was Sie immer wieder schreiben: ganze Beiträge als Vorlagen, Bausteine wie eine Signatur oder einen Aufruf und Hashtag-Gruppen. Fügen Sie sie im Editor über „Aus Bibliothek einfügen“ ein oder indem Sie „/“ am Wortanfang tippen.',
  add: 'Neuer Baustein',
  new: 'Neuer Bibliotheksbaustein',
  empty:
    'Ihre Bibliothek ist leer. Speichern Sie eine Hashtag-Gruppe oder eine Signatur, um sie in jeden Beitrag einzufügen.',
  emptyShort: 'Noch nichts gespeichert. Legen Sie Bausteine unter Bibliothek an.',
  kinds: { template: 'Vorlagen', snippet: 'Textbausteine', hashtags: 'Hashtag-Gruppen' },
  kind: { template: 'Vorlage', snippet: 'Textbaustein', hashtags: 'Hashtag-Gruppe' },
  kindLabel: 'Art',
  name: 'Bezeichnung',
  text: 'Inhalt',
  hint: {
    template:
      'Ein ganzer Beitrag. {business} wird zu Ihrem Firmennamen, {date} zum Tag des Beitrags und {link} zu einem Link, nach dem Cadence fragt.',
    snippet: 'Eine Signatur, ein Aufruf, ein Einstieg: eingefügt, wo der Cursor steht.',
    hashtags: 'Hashtags mit Leerzeichen getrennt, etwa #bäckerei #sauerteig.',
  },
  edit: 'Bearbeiten',
  editNamed: '„{{name}}“ bearbeiten',
  delete: 'Löschen',
  deleteNamed: '„{{name}}“ löschen',
  deleteTitle: 'Diesen Baustein löschen?',
  deleteMessage:
    '„{{name}}“ wird aus Ihrer Bibliothek entfernt. Beiträge, in die er eingefügt wurde, behalten ihren Text.',
  cancel: 'Abbrechen',
  save: 'Baustein speichern',
  saveChanges: 'Änderungen speichern',
  insert: 'Aus Bibliothek einfügen',
  insertTitle: 'Bibliotheksbausteine',
  search: 'Baustein suchen',
  pieces: 'Bausteine',
  noMatch: 'Kein Baustein passt.',
  linkTitle: 'Link für „{{name}}“',
  linkLabel: 'Link für diesen Beitrag',
  insertTemplate: 'Vorlage einfügen',
};
