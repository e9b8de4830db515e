/** Article records as JSON and JSON Lines files hold them: checked, built, and their problems tallied. */
import type { LoadResult } from './article.ts';
import { buildArticle, type Missing } from './build-article.ts';
import { parseRawLine, type RawLine } from './jsonl.ts';
import { readArticleFields } from './metadata.ts';

/** Counts what records lack, to report once per file rather than once per record. */
export class MissingTally {
  readonly counts = new Map<Missing, { count: number; example: string }>();
  records = 0;

  /** Adds the counts of the records after these (another part of the same file, read in order). */
  merge(later: { counts: ReadonlyMap<Missing, { count: number; example: string }>; records: number }): void {
    this.records += later.records;
    for (const [what, { count, example }] of later.counts) {
      const entry = this.counts.get(what);
      if (entry === undefined) this.counts.set(what, { count, example });
      else entry.count += count;
    }
  }

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
export function addRecord(value: unknown, file: string, address: string, id: (recordId?: string) => string, result: LoadResult, tally: MissingTally): void {
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

/** What the records of some lines of a JSONL file give: as `loadJsonLines` adds them, in line order. */
export interface RecordBatch {
  articles: LoadResult['articles'];
  skipped: LoadResult['skipped'];
  warnings: LoadResult['warnings'];
  counts: Map<Missing, { count: number; example: string }>;
  records: number;
  /** The last line that was not blank (0 when none was). */
  lastLine: number;
}

/** The articles (and problems) of some consecutive lines of the JSONL file `file`. */
export function recordsOf(file: string, lines: readonly RawLine[]): RecordBatch {
  const result: LoadResult = { articles: [], skipped: [], warnings: [] };
  const tally = new MissingTally();
  let lastLine = 0;
  for (const raw of lines) {
    const entry = parseRawLine(raw);
    if (entry === undefined) continue;
    lastLine = entry.line;
    const address = `${file}#L${entry.line}`;
    if ('error' in entry) result.skipped.push({ file: address, reason: entry.error });
    else addRecord(entry.value, file, address, (recordId) => `${file}#${recordId ?? `L${entry.line}`}`, result, tally);
  }
  return { ...result, counts: tally.counts, records: tally.records, lastLine };
}

