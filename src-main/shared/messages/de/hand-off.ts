import type { Catalog } from '../catalog';
import type { HAND_OFF_MESSAGES } from '../hand-off-messages';

export const handOff: Catalog<typeof HAND_OFF_MESSAGES> = {
  activity: {
    handedOff:
      '{{network}} hält den Beitrag jetzt bereit und veröffentlicht ihn um {{local}} selbst, auch wenn dieser Laptop zugeklappt ist.',
    notHandedOff: 'Er bleibt bei Cadence, das ihn zu seiner Zeit sendet.',
    foundHeld: 'Bei {{network}} nachgefragt: Der Beitrag ist für seine Zeit eingeplant.',
    notHeld: 'Bei {{network}} nachgefragt: Der Beitrag ist dort nicht eingeplant, Cadence behält ihn.',
    publishedThere: 'Von {{network}} zu seiner Zeit veröffentlicht ({{handle}}).',
    withdrawn: 'Vor der Änderung aus dem Zeitplan von {{network}} zurückgenommen.',
  },
  goneUnconfirmed:
    '{{network}} hält den übergebenen Beitrag nicht mehr bereit, und er ist nicht unter den neuesten Beiträgen des Kontos. Geben Sie an, ob er erschienen ist, oder senden Sie ihn erneut.',
  errors: {
    noScheduler: 'Dieses Netzwerk hat keinen eigenen Zeitplan, an den Cadence Beiträge übergeben kann.',
    stillHandingOff:
      'Cadence übergibt diesen Beitrag gerade an {{network}}. Versuchen Sie es gleich noch einmal.',
    cannotTakeBack:
      '{{network}} hält diesen Beitrag für seine Zeit bereit, und Cadence konnte {{network}} nicht erreichen, um ihn zurückzunehmen. Es wurde nichts geändert: Versuchen Sie es erneut, sobald Cadence {{network}} erreicht.',
    alreadyOut: 'Er ist bereits erschienen: {{network}} hat ihn zu seiner Zeit veröffentlicht.',
    heldThere:
      'Ein Netzwerk hält diesen Beitrag für seine Zeit bereit. Cadence nimmt ihn zuerst zurück: Prüfen Sie die Verbindung und versuchen Sie es dann erneut.',
  },
};
