/** Loading article records from JSON (an array or one object) and JSON Lines files, plain or gzipped. */
import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { LoadResult } from './article.ts';
import { decodeText } from './decode.ts';
import { readRawLines, type RawLine } from './jsonl.ts';
import { RecordPool } from './record-pool.ts';
import { addRecord, MissingTally, recordsOf, type RecordBatch } from './records.ts';

const gunzipAsync = promisify(gunzip);
/** A JSON (not JSONL) file is parsed whole, so its decompressed size is capped. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** A JSON file: one article object, or an array of them (ids `file#<id>`, else `file#<position>`). */
export async function loadJson(file: string, bytes: Buffer, options: { gzip: boolean }): Promise<LoadResult> {
  const result: LoadResult = { articles: [], skipped: [], warnings: [] };
  let raw: Buffer;
  try {
    raw = options.gzip ? await gunzipAsync(bytes, { maxOutputLength: MAX_JSON_BYTES }) : bytes;
  } catch (error) {
    result.skipped.push({ file, reason: `not a readable gzip file (${(error as Error).message})` });
    return result;
  }
  const decoded = decodeText(raw);
  if ('reason' in decoded) {
    result.skipped.push({ file, reason: decoded.reason });
    return result;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    result.skipped.push({ file, reason: `not valid JSON (${(error as Error).message.split('\n')[0]})` });
    return result;
  }
  const tally = new MissingTally();
  if (Array.isArray(value)) {
    value.forEach((record: unknown, index) => {
      const position = String(index + 1);
      addRecord(record, file, `${file}#${position}`, (recordId) => `${file}#${recordId ?? position}`, result, tally);
    });
    if (value.length === 0) result.skipped.push({ file, reason: 'empty (a JSON array with no records)' });
  } else {
    addRecord(value, file, file, () => file, result, tally);
  }
  tally.report(file, result);
  return result;
}

/** Decoded bytes of lines handed to `recordsOf` per batch (in a worker when the file has several). */
const BATCH_BYTES = 4 * 2 ** 20;

/**
 * A JSON Lines file (a path or an open handle), streamed: ids `file#<id>`, else `file#L<line>`; a
 * bad line is skipped with its number. A file of several batches has its records parsed and
 * cleaned in worker threads (`RecordPool`), batches merged in line order: the same result as one
 * thread gives, in a fraction of the time on several cores.
 */
export async function loadJsonLines(
  file: string,
  source: string | FileHandle,
  options: { gzip: boolean; batchBytes?: number; threads?: number },
): Promise<LoadResult> {
  const result: LoadResult = { articles: [], skipped: [], warnings: [] };
  const tally = new MissingTally();
  const batchBytes = options.batchBytes ?? BATCH_BYTES;
  const pool = new RecordPool(file, options.threads);
  const pending: Array<Promise<RecordBatch>> = [];
  let lastLine = 0;
  const merge = (batch: RecordBatch) => {
    for (const a of batch.articles) result.articles.push(a);
    for (const s of batch.skipped) result.skipped.push(s);
    for (const w of batch.warnings) result.warnings.push(w);
    tally.merge(batch);
    if (batch.lastLine) lastLine = batch.lastLine;
  };
  let lines: RawLine[] = [];
  let bytes = 0;
  /** The first batch waits: a file of one batch is read in this thread, with no worker started. */
  let first: RawLine[] | undefined;
  const submit = async (batch: RawLine[]) => {
    if (!first && !pending.length) {
      first = batch;
      return;
    }
    if (first) {
      pending.push(pool.records(first));
      first = undefined;
    }
    pending.push(pool.records(batch));
    // Bounded: a file is never held whole in memory as raw lines waiting for a worker.
    while (pending.length > pool.maxWaiting) merge(await pending.shift()!);
  };
  let failure: unknown;
  try {
    for await (const raw of readRawLines(source, options)) {
      lines.push(raw);
      bytes += 'bytes' in raw ? raw.bytes.length : 0;
      if (bytes >= batchBytes) {
        await submit(lines);
        lines = [];
        bytes = 0;
      }
    }
  } catch (error) {
    failure = error;
  }
  try {
    if (first) merge(recordsOf(file, first));
    for (const batch of pending) merge(await batch);
    if (lines.length) merge(recordsOf(file, lines));
  } finally {
    pool.close();
  }
  if (failure !== undefined) {
    const where = lastLine === 0 ? '' : ` after line ${lastLine}`;
    result.skipped.push({ file, reason: `could not read the rest of the file${where} (${(failure as Error).message})` });
  }
  if (result.articles.length === 0 && result.skipped.length === 0) result.skipped.push({ file, reason: 'empty (no records)' });
  tally.report(file, result);
  return result;
}
