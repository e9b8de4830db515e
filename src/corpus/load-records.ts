/** Loading article records from JSON (an array or one object) and JSON Lines files, plain or gzipped. */
import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { LoadResult } from './article.ts';
import { buildArticle, type Missing } from './build-article.ts';
import { decodeText } from './decode.ts';
import { readJsonLines } from './jsonl.ts';
import { readArticleFields } from './metadata.ts';

const gunzipAsync = promisify(gunzip);
/** A JSON (not JSONL) file is parsed whole, so its decompressed size is capped. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** Counts what records lack, to report once per file rather than once per record. */
class MissingTally {
  private readonly counts = new Map<Missing, { count: number; example: string }>();
  records = 0;

  add(missing: readonly Missing[], address: string): void {
    this.records++;
    for (const what of missing) {
      const entry = this.counts.get(what);
      if (entry === undefined) this.counts.set(what, { count: 1, example: address });
      else entry.count++;
    }
  }

  report(file: string, result: LoadResult): void {
    for (const [what, { count, example }] of this.counts) {
      result.warnings.push({ file, reason: `${count} of ${this.records} records have no ${what} (first: ${example})` });
    }
  }
}

/** Adds the record at `address` (with article id `id`) to `result`, or says why it was skipped. */
function addRecord(value: unknown, file: string, address: string, id: (recordId?: string) => string, result: LoadResult, tally: MissingTally): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    result.skipped.push({ file: address, reason: 'not a JSON object' });
    return;
  }
  const { fields, problems } = readArticleFields(value as Record<string, unknown>);
  for (const problem of problems) result.warnings.push({ file: address, reason: problem });
  if (fields.text === undefined || fields.text.trim() === '') {
    result.skipped.push({ file: address, reason: "record has no 'text'" });
    return;
  }
  const built = buildArticle({ id: id(fields.id), file, fields, body: fields.text });
  if ('reason' in built) {
    result.skipped.push({ file: address, reason: built.reason });
    return;
  }
  result.articles.push(built.article);
  tally.add(built.missing, address);
}

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

/** A JSON Lines file (a path or an open handle), streamed: ids `file#<id>`, else `file#L<line>`; a bad line is skipped with its number. */
export async function loadJsonLines(file: string, source: string | FileHandle, options: { gzip: boolean }): Promise<LoadResult> {
  const result: LoadResult = { articles: [], skipped: [], warnings: [] };
  const tally = new MissingTally();
  let lastLine = 0;
  try {
    for await (const entry of readJsonLines(source, options)) {
      lastLine = entry.line;
      const address = `${file}#L${entry.line}`;
      if ('error' in entry) result.skipped.push({ file: address, reason: entry.error });
      else addRecord(entry.value, file, address, (recordId) => `${file}#${recordId ?? `L${entry.line}`}`, result, tally);
    }
  } catch (error) {
    const where = lastLine === 0 ? '' : ` after line ${lastLine}`;
    result.skipped.push({ file, reason: `could not read the rest of the file${where} (${(error as Error).message})` });
  }
  if (result.articles.length === 0 && result.skipped.length === 0) result.skipped.push({ file, reason: 'empty (no records)' });
  tally.report(file, result);
  return result;
}
