/**
 * Words to index terms: the one analysis every index engine, the query parser and the excerpt
 * marker share, so a word marked in an excerpt is exactly a word the index matched.
 */
import { STOP_WORDS } from './stopwords.ts';
import { fold } from '../text/fold.ts';
import { withoutPossessiveS, withoutTrailingApostrophe, wordPattern } from '../text/marks.ts';
import { wordSpans } from './text.ts';

/** Tokens as whole words, hyphenated and apostrophe'd words kept together (`covid-19`, `russia's`). */
export function tokenize(text: string): string[] {
  return wordSpans(text).map((s) => s.word);
}

/**
 * Index terms for one token: folded (accents, case), possessive `'s` dropped, stop words removed.
 * A hyphenated word also yields its parts, so `covid` finds `covid-19` and `pro-Russian` finds
 * `russian`.
 *
 * @example
 * processTerm('Guterres’s') // → ['guterres']
 * processTerm('COVID-19')   // → ['covid-19', 'covid', '19']
 */
export function processTerm(token: string): string[] | null {
  const cached = TERM_CACHE.get(token);
  if (cached !== undefined) return cached;
  const terms = termsOf(token);
  if (TERM_CACHE.size >= MAX_CACHED_TOKENS) TERM_CACHE.clear();
  TERM_CACHE.set(token, terms);
  return terms;
}

/**
 * Tokens recur (a corpus of 200 M characters has a few hundred thousand distinct spellings), so each
 * is processed once. Callers must not mutate the returned arrays.
 */
const TERM_CACHE = new Map<string, string[] | null>();
const MAX_CACHED_TOKENS = 1_000_000;
const PLAIN_LOWER = /^[a-z0-9]+$/;

function termsOf(token: string): string[] | null {
  const term = PLAIN_LOWER.test(token) ? token : foldToken(token);
  if (!term || STOP_WORDS.has(term)) return null;
  if (!term.includes('-')) return [term];
  const parts = term.split('-').filter((p) => p && !STOP_WORDS.has(p));
  return [term, ...parts];
}

function foldToken(token: string): string {
  const folded = /^[\x20-\x7e]*$/.test(token) ? token.toLowerCase() : fold(token);
  return withoutTrailingApostrophe(withoutPossessiveS(folded));
}

/** What an index stores for one field of a passage: its terms space-separated, and how many distinct. */
export interface IndexedField {
  text: string;
  distinct: number;
}

const WORD = wordPattern();

/** A term as `FieldAnalyser` tracks it: the last field it was counted in. */
interface TermEntry {
  term: string;
  field: number;
}

/**
 * `indexedField` for many fields in a row (a build): one lookup per word, where `indexedField`
 * needs three (the term cache, the field's distinct terms, the vocabulary). Each spelling maps to
 * its terms' entries, and an entry remembers the last field it was counted in. Gives the same
 * fields as `indexedField`; `takeNew` gives the terms seen for the first time since its last call.
 */
export class FieldAnalyser {
  private readonly tokens = new Map<string, TermEntry[]>();
  private readonly terms = new Map<string, TermEntry>();
  private fresh: string[] = [];
  private fields = 0;

  field(text: string): IndexedField {
    // Bounded like `processTerm`'s cache; cleared between fields only (counts stay exact), and
    // terms seen again after a clear are reported new again (harmless: writes ignore known terms).
    if (this.tokens.size >= MAX_CACHED_TOKENS) {
      this.tokens.clear();
      this.terms.clear();
    }
    const field = ++this.fields;
    let out = '';
    let distinct = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      let entries = this.tokens.get(m[0]);
      if (entries === undefined) this.tokens.set(m[0], (entries = this.entriesOf(m[0])));
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        out = out ? `${out} ${entry.term}` : entry.term;
        if (entry.field !== field) {
          entry.field = field;
          distinct++;
        }
      }
    }
    return { text: out, distinct };
  }

  /** Terms seen for the first time since the last call. */
  takeNew(): string[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }

  private entriesOf(token: string): TermEntry[] {
    return (termsOf(token) ?? []).map((term) => {
      let entry = this.terms.get(term);
      if (!entry) {
        this.terms.set(term, (entry = { term, field: 0 }));
        this.fresh.push(term);
      }
      return entry;
    });
  }
}

/**
 * `tokenize` then `processTerm` for indexing, without the per-word objects: the field as its
 * terms space-separated, the number of distinct ones, and every term added to `vocabulary`.
 */
export function indexedField(text: string, vocabulary?: Set<string>): IndexedField {
  const out: string[] = [];
  const seen = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const terms = processTerm(m[0]);
    if (!terms) continue;
    for (const term of terms) {
      out.push(term);
      seen.add(term);
    }
  }
  if (vocabulary) for (const term of seen) vocabulary.add(term);
  return { text: out.join(' '), distinct: seen.size };
}
