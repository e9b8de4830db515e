/** Turning a file's bytes into text, or saying precisely why they are not UTF-8 text. */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that breaks UTF-8 encoding (the input is known to be invalid). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const slice = bytes.subarray(i, i + length);
    if (slice.length < length) return i;
    try {
      utf8.decode(slice);
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * The text in `bytes` (a UTF-8 byte order mark is dropped), or the reason it is not text:
 * UTF-16, NUL bytes (binary), or invalid UTF-8, with the byte offset.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { reason: 'UTF-16 encoded text; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { reason: `binary file (NUL bytes at offset ${nul})` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: `not valid UTF-8 text (invalid byte at offset ${firstInvalidUtf8Offset(bytes)})` };
  }
}
