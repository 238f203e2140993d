import type { Catalog } from '../catalog';
import type { OUTBOX_MESSAGES } from '../outbox-messages';

export const outbox: Catalog<typeof OUTBOX_MESSAGES> = {
  cannotPublishTo:
    'Cadence kann noch nicht auf {{network}} veröffentlichen. Entfernen Sie diesen Kanal aus dem Beitrag.',
  neverConfirmed: '{{network}} hat den Beitrag nie bestätigt.',
  unexpected: 'Beim Veröffentlichen ist etwas Unerwartetes passiert ({{said}}).',
  missed:
    'Der Laptop war im Ruhezustand oder Cadence war zur geplanten Zeit geschlossen. Veröffentlichen Sie ihn jetzt oder wählen Sie eine neue Zeit.',
};
