import type { MEDIA_MESSAGES } from '../media-messages';
import type { Catalog } from '../catalog';

export const media: Catalog<typeof MEDIA_MESSAGES> = {
  videoUnreadable:
    '„{{file}}“ ist kein MP4-Video, das Cadence lesen kann (es enthält keine Videospur). Exportieren Sie es erneut als MP4 (H.264) und versuchen Sie es noch einmal.',
  videoNotSent:
    'Video {{video}}: Cadence sendet keine Videos an {{network}}. Entfernen Sie das Video aus diesem Beitrag oder veröffentlichen Sie es selbst auf {{network}}.',
  videoTooLarge:
    'Video {{video}} ist {{size, number}} MB groß; {{network}} nimmt Videos bis {{limit, number}} MB. Verwenden Sie ein kürzeres oder kleineres Video.',
  videoTooLong:
    'Video {{video}} dauert {{seconds, number}} Sekunden; {{network}} nimmt Videos bis {{limit, number}} Sekunden. Kürzen Sie es.',
  videoCodec:
    'Video {{video}} ist als {{codec}} kodiert; {{network}} spielt {{wanted}}. Exportieren Sie es erneut als {{wanted}}-MP4.',
  heicUnconvertible:
    '„{{file}}“ sieht aus wie ein iPhone-Foto (HEIC), aber Cadence konnte es nicht in ein JPEG umwandeln ({{reason}}). Exportieren Sie es als JPEG und versuchen Sie es noch einmal.',
};
