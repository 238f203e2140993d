// The text of a CSV export, from its bytes. Exporters disagree on encoding: most write UTF-8
// (some with a byte-order mark); Excel's "Unicode Text" and Google Ads' "CSV for Excel" write
// UTF-16 little-endian with a BOM (FF FE) and tabs between cells; a few tools write UTF-16
// big-endian (FE FF); and Excel's plain "CSV" on Windows writes the ANSI code page
// (Windows-1252 in the West). Reading every file as UTF-8, as File.text() does, turns the
// UTF-16 ones into NUL-riddled noise and every "€" of the Windows ones into "�".

/** How many leading bytes are looked at to recognise UTF-16 written without a BOM. */
const SNIFF_BYTES = 4096;

/** The file's text, without its byte-order mark: the BOM's encoding, else what the bytes allow. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const text = decodeByEncoding(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeByEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  // Big-endian is read as little-endian with each pair swapped: every platform decodes UTF-16LE.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16le').decode(swapPairs(bytes));
  const unmarked = utf16WithoutBom(bytes.subarray(0, SNIFF_BYTES));
  if (unmarked === 'le') return new TextDecoder('utf-16le').decode(bytes);
  if (unmarked === 'be') return new TextDecoder('utf-16le').decode(swapPairs(bytes));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: an 8-bit code page, and Windows-1252 is the one spreadsheet programs write.
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it has "€", curly quotes and dashes.
 * Decoded here because Node's TextDecoder reads the label as plain Latin-1.
 */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CHUNK = 8192;

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_TO_9F.charCodeAt(byte - 0x80) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * CSV text is mostly ASCII, and ASCII in UTF-16 puts a zero in every other byte: after each
 * character in little-endian, before it in big-endian. A UTF-8 or 8-bit file has no zeros.
 */
function utf16WithoutBom(head: Uint8Array): 'le' | 'be' | null {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return null;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) zeroFirst++;
    if (head[i + 1] === 0) zeroSecond++;
  }
  // Some characters (U+4E00, U+0100…) have a zero byte of their own: "mostly on one side".
  if (zeroSecond >= pairs / 2 && zeroFirst * 4 <= zeroSecond) return 'le';
  if (zeroFirst >= pairs / 2 && zeroSecond * 4 <= zeroFirst) return 'be';
  return null;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}
