import type { BRAND_KIT_MESSAGES } from '../brand-kit-messages';
import type { Catalog } from '../catalog';

export const brandKit: Catalog<typeof BRAND_KIT_MESSAGES> = {
  avoid: '„{{found}}“ steht auf Ihrer Liste der zu vermeidenden Wörter.',
  avoidTry: '„{{found}}“ steht auf Ihrer Liste der zu vermeidenden Wörter. Versuchen Sie „{{suggestion}}“.',
  requiredCampaign:
    'Kampagnenbeiträge müssen „{{term}}“ enthalten. Fügen Sie es hinzu, zum Beispiel am Ende.',
  requiredOrganic:
    'Organische Beiträge müssen „{{term}}“ enthalten. Fügen Sie es hinzu, zum Beispiel am Ende.',
  emoji: 'Das ist Emoji {{index}} von {{total}}. Ihr Leitfaden erlaubt höchstens {{limit}}.',
  emojiNone: 'Das ist Emoji {{index}} von {{total}}. Ihr Leitfaden sieht keine Emojis vor.',
  hashtag: 'Das ist Hashtag {{index}} von {{total}}. Ihr Leitfaden erlaubt höchstens {{limit}}.',
  hashtagNone: 'Das ist Hashtag {{index}} von {{total}}. Ihr Leitfaden sieht keine Hashtags vor.',
  http: 'Dieser Link beginnt mit http://. Verwenden Sie https://, damit Besucher die sichere Seite erhalten.',
  shortener: '{{host}}-Links verbergen, wohin sie führen. Fügen Sie stattdessen den vollständigen Link ein.',
  utm: 'Kampagnenlinks brauchen UTM-Parameter, damit Sie sehen, was die Kampagne gebracht hat. Es fehlen: {{missing}}.',
  file: {
    tooLarge: 'Diese Datei ist zu groß für einen Cadence-Markenleitfaden.',
    notJson: 'Diese Datei ist kein Cadence-Markenleitfaden: Sie ist kein JSON.',
    notKit:
      'Diese Datei ist kein Cadence-Markenleitfaden. Exportieren Sie einen Leitfaden aus Cadence (Markenleitfaden, Exportieren) und importieren Sie diese Datei.',
    newer:
      'Dieser Markenleitfaden stammt aus einer neueren Cadence-Version (Dateiversion {{version}}). Aktualisieren Sie Cadence, um ihn zu importieren.',
    damaged: 'Diese Markenleitfaden-Datei ist beschädigt und wurde nicht importiert: {{problem}}.',
  },
};
