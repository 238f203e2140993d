// Telegram's formatting options, parsed the way the Bot API does before it measures text:
// limits apply to the plain text left after entities are parsed and surrounding whitespace is
// trimmed, counted in UTF-16 code units (the unit of Telegram's entity offsets).

export type ParsedText = { ok: true; text: string } | { ok: false; description: string };

const HTML_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'tg-emoji',
  'code',
  'pre',
  'blockquote',
]);
const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const MARKDOWN_V2_RESERVED = '_*[]()~`>#+-=|{}.!';
const MARKDOWN_V2_NAMES: Record<string, string> = {
  '*': 'Bold',
  _: 'Italic',
  __: 'Underline',
  '~': 'Strikethrough',
  '||': 'Spoiler',
};

const cannotParse = (detail: string): ParsedText => ({
  ok: false,
  description: `Bad Request: can't parse entities: ${detail}`,
});
const byteOffset = (source: string, index: number) => Buffer.byteLength(source.slice(0, index));

export function parseFormattedText(source: string, parseMode: string | undefined): ParsedText {
  const parsed =
    parseMode === undefined || parseMode === ''
      ? ({ ok: true, text: source } as const)
      : parseMode === 'HTML'
        ? parseHtml(source)
        : parseMode === 'MarkdownV2'
          ? parseMarkdownV2(source)
          : parseMode === 'Markdown'
            ? parseMarkdown(source)
            : ({ ok: false, description: 'Bad Request: unsupported parse_mode' } as const);
  return parsed.ok ? { ok: true, text: parsed.text.trim() } : parsed;
}

function parseHtml(source: string): ParsedText {
  let text = '';
  const open: string[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (char === '&') {
      const entity = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(source.slice(i));
      const name = entity?.[1];
      const decoded = !name
        ? undefined
        : name.startsWith('#x') || name.startsWith('#X')
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? String.fromCodePoint(Number(name.slice(1)))
            : HTML_ENTITIES[name.toLowerCase()];
      text += decoded ?? '&';
      i += decoded && entity ? entity[0].length : 1;
    } else if (char === '<') {
      const tag = /^<(\/?)([a-z-]*)((?:\s+[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)\s*>/i.exec(
        source.slice(i),
      );
      if (!tag) return cannotParse(`Unclosed start tag at byte offset ${byteOffset(source, i)}`);
      const name = (tag[2] ?? '').toLowerCase();
      if (tag[1]) {
        if (open.pop() !== name)
          return cannotParse(`Unexpected end tag at byte offset ${byteOffset(source, i)}`);
      } else {
        if (!HTML_TAGS.has(name))
          return cannotParse(`Unsupported start tag "${name}" at byte offset ${byteOffset(source, i)}`);
        open.push(name);
      }
      i += tag[0].length;
    } else {
      text += char;
      i += 1;
    }
  }
  const unclosed = open.pop();
  return unclosed
    ? cannotParse(`Can't find end tag corresponding to start tag "${unclosed}"`)
    : { ok: true, text };
}

function parseMarkdownV2(source: string): ParsedText {
  let text = '';
  const open: { marker: string; at: number }[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const rest = source.slice(i);
    if (char === '\\') {
      const next = source[i + 1];
      if (next === undefined || next.charCodeAt(0) > 126)
        return cannotParse(`Character '\\' is reserved and must be escaped with the preceding '\\'`);
      text += next;
      i += 2;
      continue;
    }
    if (rest.startsWith('```') || char === '`') {
      const fence = rest.startsWith('```') ? '```' : '`';
      const end = findUnescaped(source, fence, i + fence.length);
      if (end < 0)
        return cannotParse(
          `Can't find end of ${fence === '`' ? 'Code' : 'Pre'} entity at byte offset ${byteOffset(source, i)}`,
        );
      let body = source.slice(i + fence.length, end).replace(/\\([`\\])/g, '$1');
      if (fence === '```') body = body.replace(/^[^\n]*\n/, (line) => (/^\w*\n$/.test(line) ? '' : line));
      text += body;
      i = end + fence.length;
      continue;
    }
    if (char === '[' || (char === '!' && source[i + 1] === '[')) {
      const start = char === '!' ? i + 2 : i + 1;
      const close = findUnescaped(source, '](', start);
      const end = close < 0 ? -1 : findUnescaped(source, ')', close + 2);
      if (close < 0 || end < 0)
        return cannotParse(`Can't find end of a url at byte offset ${byteOffset(source, i)}`);
      const inner = parseMarkdownV2(source.slice(start, close));
      if (!inner.ok) return inner;
      text += inner.text;
      i = end + 1;
      continue;
    }
    if (char === '>' && (i === 0 || source[i - 1] === '\n')) {
      i += 1;
      continue;
    }
    const marker = ['||', '__', '*', '_', '~'].find((candidate) => rest.startsWith(candidate));
    if (marker) {
      if (open.at(-1)?.marker === marker) open.pop();
      else open.push({ marker, at: i });
      i += marker.length;
      continue;
    }
    if (MARKDOWN_V2_RESERVED.includes(char)) {
      return cannotParse(`Character '${char}' is reserved and must be escaped with the preceding '\\'`);
    }
    text += char;
    i += 1;
  }
  const unclosed = open.pop();
  if (unclosed)
    return cannotParse(
      `Can't find end of ${MARKDOWN_V2_NAMES[unclosed.marker]} entity at byte offset ${byteOffset(source, unclosed.at)}`,
    );
  return { ok: true, text };
}

function parseMarkdown(source: string): ParsedText {
  let text = '';
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const marker = ['```', '*', '_', '`', '['].find((candidate) => rest.startsWith(candidate));
    if (!marker) {
      text += source[i];
      i += 1;
      continue;
    }
    const closing = marker === '[' ? '](' : marker;
    const end = source.indexOf(closing, i + marker.length);
    if (end < 0)
      return cannotParse(`Can't find end of the entity starting at byte offset ${byteOffset(source, i)}`);
    text += source.slice(i + marker.length, end);
    i = end + closing.length;
    if (marker === '[') {
      const close = source.indexOf(')', i);
      if (close < 0)
        return cannotParse(`Can't find end of the entity starting at byte offset ${byteOffset(source, i)}`);
      i = close + 1;
    }
  }
  return { ok: true, text };
}

function findUnescaped(source: string, needle: string, from: number): number {
  for (let i = from; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source.startsWith(needle, i)) return i;
  }
  return -1;
}
