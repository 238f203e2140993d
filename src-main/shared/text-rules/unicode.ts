// Ways of measuring text that networks use. Each network counts differently, so the
// counters name the measure they use instead of relying on String#length everywhere.

let graphemeSegmenter: Intl.Segmenter | undefined;

/** User-perceived characters: an emoji ZWJ family, a flag or a letter with its accents each count once. */
export function countGraphemes(text: string): number {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _segment of graphemeSegmenter.segment(text)) count += 1;
  return count;
}

/** Unicode code points: an astral emoji counts once, a ZWJ sequence counts each of its parts. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _codePoint of text) count += 1;
  return count;
}

/**
 * Bytes of the text encoded as UTF-8. Computed from code points rather than with TextEncoder
 * so that it is exact without allocating; a lone surrogate counts as the 3 bytes of the
 * U+FFFD that an encoder would write in its place.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x80) bytes += 1;
    else if (codePoint < 0x800) bytes += 2;
    else if (codePoint < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}
