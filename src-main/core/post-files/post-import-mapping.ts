// Which column of a post CSV holds which field: recognised from the header in English or German,
// or as the owner chose in the mapping step.
import { POST_IMPORT_FIELDS, type PostImportField, type PostImportMapping } from '../../shared/post-import';

/** Header names each field goes by in the spreadsheets owners write, lowercased. */
const HEADER_NAMES: Record<PostImportField, readonly string[]> = {
  text: ['text', 'post', 'body', 'message', 'content', 'caption', 'copy', 'beitrag', 'inhalt', 'nachricht'],
  date: ['date', 'day', 'publish date', 'scheduled date', 'datum', 'tag'],
  time: ['time', 'hour', 'publish time', 'scheduled time', 'uhrzeit', 'zeit'],
  channels: [
    'channels',
    'channel',
    'networks',
    'network',
    'platform',
    'platforms',
    'kanäle',
    'kanal',
    'netzwerk',
  ],
  images: ['images', 'image', 'image paths', 'media', 'photos', 'photo', 'bilder', 'bild', 'fotos', 'foto'],
  campaign: ['campaign', 'kampagne'],
};

export type ResolvedMapping = Record<PostImportField, string | null>;

/**
 * The owner's mapping where they gave one (a column the file lacks counts as none), else the
 * column whose header names the field.
 */
export function resolveMapping(headers: string[], chosen: PostImportMapping | undefined): ResolvedMapping {
  const present = new Set(headers);
  const byName = new Map(headers.map((header) => [header.trim().toLowerCase(), header]));
  const entries = POST_IMPORT_FIELDS.map((field) => {
    if (chosen && field in chosen) {
      const column = chosen[field] ?? null;
      return [field, column !== null && present.has(column) ? column : null] as const;
    }
    const found = HEADER_NAMES[field].map((name) => byName.get(name)).find((header) => header !== undefined);
    return [field, found ?? null] as const;
  });
  return Object.fromEntries(entries) as ResolvedMapping;
}
