import type { PROBLEM_MESSAGES } from '../problems-messages';
import type { Catalog } from '../catalog';

export const problems: Catalog<typeof PROBLEM_MESSAGES> = {
  empty: 'Schreiben Sie etwas oder fügen Sie ein Foto hinzu, bevor Sie auf {{network}} veröffentlichen.',
  textTooLong: {
    x: 'X erlaubt {{limit, number}} Zeichen; dieser Text zählt als {{used, number}}, weil Links als 23 zählen und Emoji und viele Schriften doppelt. Kürzen Sie ihn um {{over, number}}.',
    mastodon:
      'Ihr Mastodon-Server erlaubt {{limit, number}} Zeichen; dieser Text zählt als {{used, number}}, jeder Link als {{perLink, number}}. Kürzen Sie ihn um {{over, number}}.',
    telegramCaption:
      'Telegram erlaubt unter Fotos {{limit, number}} Zeichen; dieser Text hat {{used, number}}. Kürzen Sie ihn um {{over, number}} oder veröffentlichen Sie ihn ohne Fotos (bis zu {{messageLimit, number}}).',
    telegram:
      'Telegram erlaubt {{limit, number}} Zeichen; dieser Text hat {{used, number}}. Kürzen Sie ihn um {{over, number}}.',
    webhook:
      'Cadence sendet höchstens {{limit, number}} Zeichen an einen Webhook; dieser Text hat {{used, number}}. Kürzen Sie ihn um {{over, number}}.',
    other:
      '{{network}} erlaubt {{limit, number}} Zeichen; dieser Text hat {{used, number}}. Kürzen Sie ihn um {{over, number}}.',
  },
  tooManyBytes_one:
    '{{network}} erlaubt {{limit, number}} Byte Text; dieser hat {{count, number}} Byte, weil Emoji und viele nicht-lateinische Buchstaben je 3 oder 4 Byte belegen. Kürzen Sie ihn.',
  tooManyBytes_other:
    '{{network}} erlaubt {{limit, number}} Byte Text; dieser hat {{count, number}} Byte, weil Emoji und viele nicht-lateinische Buchstaben je 3 oder 4 Byte belegen. Kürzen Sie ihn.',
  invalidCharacters:
    'X lehnt einige unsichtbare Zeichen in diesem Text ab (etwa U+FFFE, U+FFFF oder U+FEFF). Entfernen Sie sie; sie stammen oft aus Text, der aus anderen Apps kopiert wurde.',
  imageRequired:
    'Instagram-Beiträge brauchen mindestens ein Foto. Fügen Sie ein Foto hinzu (bis zu 10 ergeben ein Karussell).',
  tooManyHashtags:
    'Instagram erlaubt {{limit, number}} Hashtags in einer Bildunterschrift; diese hat {{used, number}}. Entfernen Sie {{extra, number}}.',
  tooManyImages_one:
    '{{network}} erlaubt {{count, number}} Foto pro Beitrag; dieser hat {{used, number}}. Entfernen Sie {{extra, number}}.',
  tooManyImages_other:
    '{{network}} erlaubt {{count, number}} Fotos pro Beitrag; dieser hat {{used, number}}. Entfernen Sie {{extra, number}}.',
  gifAlone: '{{network}} zeigt ein GIF nur allein. Entfernen Sie die anderen Fotos oder das GIF.',
  imageWillBeResized:
    'Foto {{photo}} hat {{size, number}} MB, mehr als die {{limit, number}} MB, die {{network}} annimmt. Cadence verkleinert es vor dem Veröffentlichen.',
  imageTooLarge:
    'Foto {{photo}} hat {{size, number}} MB; {{network}} nimmt Fotos bis {{limit, number}} MB an. Verwenden Sie ein kleineres Foto.',
  altTextMissing:
    'Foto {{photo}} hat keine Bildbeschreibung. Wer auf {{network}} einen Screenreader nutzt, ist darauf angewiesen.',
  altTextTooLong_one:
    'Die Bildbeschreibung von Foto {{photo}} hat {{count, number}} Zeichen; {{network}} erlaubt {{limit, number}}. Kürzen Sie sie um {{over, number}}.',
  altTextTooLong_other:
    'Die Bildbeschreibung von Foto {{photo}} hat {{count, number}} Zeichen; {{network}} erlaubt {{limit, number}}. Kürzen Sie sie um {{over, number}}.',
};
