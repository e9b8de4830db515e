/**
 * Bytes to text, reading the encoding as browsers and feed readers do: a byte order mark first;
 * then, for a feed, its XML declaration before the HTTP `charset` (a feed is a document that names
 * its own encoding), for a page the HTTP `charset` before `<meta charset>`; UTF-8 when nothing says.
 */

export type Kind = 'html' | 'xml' | 'json';

/** The `charset` of a Content-Type header, lower-cased. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

export function decodeBody(body: Uint8Array, contentType: string | undefined, kind: Kind): string {
  const bom = bomEncoding(body);
  const head = Buffer.from(body.subarray(0, 2048)).toString('latin1');
  const declared =
    kind === 'xml'
      ? (/<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? charsetOf(contentType))
      : kind === 'html'
        ? (charsetOf(contentType) ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1])
        : undefined;
  const label = bom ?? declared?.toLowerCase() ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(body);
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return undefined;
}
