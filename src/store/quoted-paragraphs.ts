/**
 * Which paragraphs of an article hold a quote, stored when the article is written (`articles.quoted`,
 * and per file in its columns): a search's filter then passes over a paragraph without a quote, or
 * with none `/quote` may show, without reading or decoding its article's quotes (`passages-by-id.ts`).
 *
 * One digit per paragraph, `0`–`3`: `RUNS` a quote runs in it (its paragraph spans say so, as the
 * passage's quotes are found), `SHOWN` one of those has a speaker or is a full sentence (only such a
 * quote can answer `/quote`, for any audience: an audience names a quote's speaker only when the
 * corpus gives it one). Trailing zeros are left out: `''` is an article whose paragraphs hold none.
 */
import { RUNS, SHOWN } from '../engine/passages-by-id.ts';
import type { QuoteRow } from './quote-rows.ts';

const ZERO = 48; // '0'

/** The article's digits, from its quotes' rows (speaker id -1: none; full 1/0; paragraph spans). */
export function quotedParagraphs(rows: readonly QuoteRow[]): string {
  const flags: number[] = [];
  for (const row of rows) {
    const spans = row[8];
    const first = spans[0] ?? 0;
    const flag = RUNS | (row[4] >= 0 || row[3] === 1 ? SHOWN : 0);
    for (let k = first; k < first + spans.length - 1; k++) flags[k] = (flags[k] ?? 0) | flag;
  }
  let out = '';
  for (let k = 0; k < flags.length; k++) out += String.fromCharCode(ZERO + (flags[k] ?? 0));
  return out;
}

/** A file's digits from its articles' (each padded to its paragraph count), `''` when none has a quote. */
export function joinQuoted(articles: ReadonlyArray<{ quoted: string; paragraphs: number }>): string {
  let out = '';
  let pending = 0;
  for (const { quoted, paragraphs } of articles) {
    if (quoted) {
      out += '0'.repeat(pending) + quoted;
      pending = paragraphs - quoted.length;
    } else pending += paragraphs;
  }
  return out;
}

/** The flags (`RUNS`, `SHOWN`) of paragraph `at` in digits `quoted` (0 past their end). */
export function flagsAt(quoted: string, at: number): number {
  return at >= 0 && at < quoted.length ? quoted.charCodeAt(at) - ZERO : 0;
}

/** One article's digits out of its file's (`from`: its first paragraph's place in the file), trailing zeros left out. */
export function articleQuoted(fileQuoted: string, from: number, paragraphs: number): string {
  return fileQuoted.slice(from, from + paragraphs).replace(/0+$/, '');
}
