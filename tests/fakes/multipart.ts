// A strict multipart/form-data reader (RFC 7578). The fakes stand in for servers that refuse
// malformed uploads, so structural mistakes are reported rather than guessed around.

export interface MultipartPart {
  name: string;
  /** Present for file parts; a field without it is plain text. */
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export type MultipartResult = { ok: true; parts: MultipartPart[] } | { ok: false; error: string };

export function parseMultipart(body: Buffer, boundary: string | undefined): MultipartResult {
  if (!boundary) return { ok: false, error: 'multipart/form-data without a boundary parameter' };
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let cursor = body.indexOf(delimiter);
  if (cursor < 0) return { ok: false, error: 'multipart body does not contain its boundary' };
  for (;;) {
    cursor += delimiter.length;
    if (body.subarray(cursor, cursor + 2).toString() === '--') return { ok: true, parts };
    if (body.subarray(cursor, cursor + 2).toString() !== '\r\n') {
      return { ok: false, error: 'multipart boundary line is not followed by CRLF' };
    }
    cursor += 2;
    const headerEnd = body.indexOf('\r\n\r\n', cursor);
    if (headerEnd < 0) return { ok: false, error: 'multipart part has no blank line after its headers' };
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) return { ok: false, error: 'multipart body is not closed with its final boundary' };
    const headers = parsePartHeaders(body.subarray(cursor, headerEnd).toString('utf8'));
    const disposition = headers.get('content-disposition');
    const name = disposition && /(?:^|;)\s*name="([^"]*)"/i.exec(disposition)?.[1];
    if (!disposition?.toLowerCase().startsWith('form-data') || name === undefined) {
      return { ok: false, error: 'multipart part lacks Content-Disposition: form-data; name="..."' };
    }
    const filename = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1];
    parts.push({
      name: name ?? '',
      filename,
      contentType: headers.get('content-type'),
      data: body.subarray(headerEnd + 4, next),
    });
    cursor = next + 2;
  }
}

function parsePartHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}
