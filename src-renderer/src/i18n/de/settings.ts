import type { Catalog } from '../catalog';
import type { settings as en } from '../en/settings';

export const settings: Catalog<typeof en> = {
  title: 'Einstellungen',
  language: {
    title: 'Sprache',
    label: 'Sprache von Cadence',
    system: 'Wie auf diesem Computer ({{language}})',
    hint: 'Datum, Uhrzeit, Zahlen und Beträge werden so geschrieben, wie es in dieser Sprache üblich ist.',
  },
};
