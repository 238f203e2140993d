import type { Catalog } from '../catalog';
import type { OUTBOX_MESSAGES } from '../outbox-messages';

export const outbox: Catalog<typeof OUTBOX_MESSAGES> = {
  cannotPublishTo:
    'Cadence kann noch nicht auf {{network}} veröffentlichen. Entfernen Sie diesen Kanal aus dem Beitrag.',
  neverConfirmed: '{{network}} hat den Beitrag nie bestätigt.',
  unexpected: 'Beim Veröffentlichen ist etwas Unerwartetes passiert ({{said}}).',
  lateUnsure:
    'Der Laptop war im Ruhezustand oder Cadence war geschlossen, bevor {{network}} den Beitrag bestätigt hat, und {{network}} kann Cadence nicht sagen, ob er erschienen ist. Sehen Sie bei {{network}} nach: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  lateUnchecked:
    'Der Laptop war im Ruhezustand oder Cadence war geschlossen, bevor das Netzwerk den Beitrag bestätigt hat, und Cadence konnte nicht nachfragen, ob er erschienen ist. Sehen Sie im Kanal nach: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  missed:
    'Der Laptop war im Ruhezustand oder Cadence war zur geplanten Zeit geschlossen. Veröffentlichen Sie ihn jetzt oder wählen Sie eine neue Zeit.',
};
