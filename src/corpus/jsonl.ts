/** Reading JSON Lines files (plain or gzip-compressed) as a stream of parsed lines, one bad line at a time. */
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { decodeText } from './decode.ts';

export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

/** Lines longer than this are reported and skipped rather than buffered. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;
const NEWLINE = 0x0a;

function parseLine(line: number, bytes: Buffer): JsonLine | undefined {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) return { line, error: `line ${line}: ${decoded.reason}` };
  if (decoded.text.trim() === '') return undefined;
  try {
    return { line, value: JSON.parse(decoded.text) };
  } catch (error) {
    return { line, error: `line ${line}: not valid JSON (${(error as Error).message.split('\n')[0]})` };
  }
}

/**
 * The file's bytes (a path, or a handle opened by `openCorpusFile`, left open for its owner to
 * close), gunzipped when `gzip` is set; errors of either stage surface on the returned stream.
 */
export function openBytes(source: string | FileHandle, gzip: boolean): Readable {
  const file =
    typeof source === 'string'
      ? createReadStream(source, { highWaterMark: 1 << 20 })
      : source.createReadStream({ highWaterMark: 1 << 20, autoClose: false, start: 0 });
  if (!gzip) return file;
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

/** A line of a JSONL file as read: its bytes (not yet decoded), or why it was not kept (too long). */
export type RawLine = { line: number; bytes: Buffer } | { line: number; error: string };

/**
 * Every line of a JSONL file as bytes, with its 1-based line number (a last line without a newline
 * included); a line over the size limit comes as an error naming it. Streams, so memory stays flat.
 * Throws only when the file itself cannot be read (missing, corrupt gzip).
 */
export async function* readRawLines(source: string | FileHandle, options: { gzip: boolean }): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  for await (const chunk of openBytes(source, options.gzip) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      line++;
      const piece = chunk.subarray(start, nl);
      const tooLong = pendingBytes + piece.length > MAX_LINE_BYTES;
      pending.push(piece);
      yield tooLong
        ? { line, error: `line ${line}: longer than ${MAX_LINE_BYTES / 2 ** 20} MB` }
        : { line, bytes: pending.length === 1 ? piece : Buffer.concat(pending) };
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
    }
    if (start < chunk.length && pendingBytes <= MAX_LINE_BYTES) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
  }
  if (pending.length > 0) yield { line: line + 1, bytes: Buffer.concat(pending) };
}

/** A raw line decoded and parsed; undefined for a blank line. */
export function parseRawLine(raw: RawLine): JsonLine | undefined {
  return 'error' in raw ? raw : parseLine(raw.line, raw.bytes);
}

/**
 * Each non-blank line of a JSONL file, parsed, with its 1-based line number; a line that is not
 * UTF-8 or not JSON comes as an error naming the line. Streams, so memory stays flat on large files.
 * Throws only when the file itself cannot be read (missing, corrupt gzip).
 */
export async function* readJsonLines(source: string | FileHandle, options: { gzip: boolean }): AsyncGenerator<JsonLine> {
  for await (const raw of readRawLines(source, options)) {
    const parsed = parseRawLine(raw);
    if (parsed !== undefined) yield parsed;
  }
}
