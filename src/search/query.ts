/**
 * Parses what a user types after a command into words, exact phrases and filters.
 *
 * @example
 * parseQuery('Putin "village of Bucha" outlet:axios since:2022-04-01')
 * // → { terms: ['putin'], phrases: ['village of Bucha'], outlets: ['axios'], since: '2022-04-01', … }
 *
 * Filters: `outlet:NAME` (repeatable; `outlet:"the national"` for names with spaces), `speaker:NAME`,
 * `since:DATE`, `until:DATE` with DATE as YYYY, YYYY-MM or YYYY-MM-DD. Everything else is a word.
 * Bad input throws a `BotError` whose message says what to fix.
 */
import { MAX_PER_OUTLET, type ParsedQueryView } from '../answer.ts';
import { BotError } from '../errors.ts';
import { STOP_WORDS } from './stopwords.ts';
import { fold } from '../text/fold.ts';
import { CLOSING_MARK_FOR, MARK, PHRASE_OPENING_MARKS } from '../text/marks.ts';
import { wordSpans } from './text.ts';

export const MAX_QUERY_LENGTH = 500;

export interface ParsedQuery extends ParsedQueryView {
  /** The query as typed (whitespace tidied). */
  raw: string;
  /** Words that were dropped as stop words. */
  dropped: string[];
  /** `limit:N`: excerpts shown per outlet (1–50), typed in the query on any platform. */
  limit?: number;
}

/** The most excerpts per outlet `limit:` may ask for. */
export const MAX_LIMIT = MAX_PER_OUTLET;

const FILTERS = new Set(['outlet', 'speaker', 'since', 'until', 'limit']);

export function parseQuery(input: string): ParsedQuery {
  const raw = checkedInput(input);
  const parsed: ParsedQuery = { raw, terms: [], phrases: [], outlets: [], dropped: [] };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] ?? '';
    if (ch === ' ') {
      i++;
      continue;
    }
    if (PHRASE_OPENING_MARKS.includes(ch)) {
      const { value, next } = readQuoted(raw, i);
      if (value.trim()) parsed.phrases.push(value.trim());
      i = next;
      continue;
    }
    const filter = /^([a-z]+):(?=\S)/i.exec(raw.slice(i));
    if (filter) {
      const name = (filter[1] ?? '').toLowerCase();
      if (!FILTERS.has(name)) throw new BotError('unknown_filter', { name });
      i += filter[0].length;
      let value: string;
      if (PHRASE_OPENING_MARKS.includes(raw[i] ?? '')) {
        ({ value, next: i } = readQuoted(raw, i));
      } else {
        const end = raw.indexOf(' ', i);
        value = raw.slice(i, end === -1 ? raw.length : end);
        i = end === -1 ? raw.length : end;
      }
      applyFilter(parsed, name, value.trim());
      continue;
    }
    const end = raw.indexOf(' ', i);
    const token = raw.slice(i, end === -1 ? raw.length : end);
    i = end === -1 ? raw.length : end;
    for (const { word } of wordSpans(token)) {
      if (STOP_WORDS.has(fold(word))) parsed.dropped.push(word);
      else parsed.terms.push(word);
    }
  }

  const hasFilter = parsed.outlets.length > 0 || parsed.speaker || parsed.since || parsed.until;
  if (!parsed.terms.length && !parsed.phrases.length && !hasFilter) {
    throw new BotError(parsed.dropped.length ? 'stopwords_only' : 'empty_query', { query: raw });
  }
  if (parsed.since && parsed.until && parsed.since > parsed.until) {
    throw new BotError('bad_date_range', { since: parsed.since, until: parsed.until });
  }
  return parsed;
}

/** A mark that opens a quoted phrase (a lone closing ” does not). */
const OPENS_A_PHRASE = new RegExp(`[${PHRASE_OPENING_MARKS.replace(MARK.rightDouble, '')}]`);
/** Double marks left in a phrase typed without an opening one: dropped. */
const STRAY_DOUBLE_MARKS = new RegExp(`[${MARK.straightDouble}${MARK.rightDouble}]`, 'g');

/**
 * What `/who` takes: one exact phrase, quotation marks optional. Text that opens a quotation is read
 * as a query (so `"we will not" "peace"` asks for both phrases); anything else is the phrase itself.
 *
 * @example
 * parsePhrase('village of Bucha') // → { phrases: ['village of Bucha'], terms: [], … }
 */
export function parsePhrase(input: string): ParsedQuery {
  if (OPENS_A_PHRASE.test(input)) return parseQuery(input);
  const raw = checkedInput(input.replace(STRAY_DOUBLE_MARKS, ''));
  return { raw, terms: [], phrases: [raw], outlets: [], dropped: [] };
}

/** The input with whitespace tidied; throws for what no query may hold (too long, control characters, nothing). */
function checkedInput(input: string): string {
  if (input.length > MAX_QUERY_LENGTH) {
    throw new BotError('query_too_long', { length: input.length.toLocaleString('en-US'), max: MAX_QUERY_LENGTH });
  }
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(input);
  if (control) {
    const code = control[0].codePointAt(0) ?? 0;
    throw new BotError('control_characters', { char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  const raw = input.replace(/\s+/g, ' ').trim();
  if (!raw) throw new BotError('empty_query');
  return raw;
}

function readQuoted(text: string, at: number): { value: string; next: number } {
  const close = CLOSING_MARK_FOR[text[at] ?? '"'] ?? '"';
  let end = text.indexOf(close, at + 1);
  if (end === -1 && close !== '"') end = text.indexOf('"', at + 1);
  if (end === -1) throw new BotError('unbalanced_quotes');
  return { value: text.slice(at + 1, end), next: end + 1 };
}

function applyFilter(parsed: ParsedQuery, name: string, value: string): void {
  if (!value) return;
  if (name === 'outlet') parsed.outlets.push(value);
  else if (name === 'speaker') parsed.speaker = value;
  else if (name === 'since') parsed.since = toIsoBound(value, 'since', 'start');
  else if (name === 'until') parsed.until = toIsoBound(value, 'until', 'end');
  else if (name === 'limit') {
    const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= MAX_LIMIT)) throw new BotError('bad_limit', { value, max: MAX_LIMIT });
    parsed.limit = n;
  }
}

/** `2022` → `2022-01-01` (since) or `2022-12-31` (until); checks the date exists. */
function toIsoBound(value: string, name: string, side: 'start' | 'end'): string {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!m) throw new BotError('bad_date', { value, name });
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : side === 'start' ? 1 : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : side === 'start' ? 1 : lastDay;
  if (month < 1 || month > 12 || day < 1 || day > lastDay) throw new BotError('bad_date', { value, name });
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
