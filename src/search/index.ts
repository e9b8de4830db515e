/**
 * The MiniSearch index over passages. One document per paragraph, with two fields:
 * - `text`: the paragraph as published;
 * - `speakers`: the resolved names of everyone quoted in it, so `Putin` finds a paragraph whose
 *   quote is attributed through `he said` or `the Russian leader`, boosted ×2 because a speaker
 *   match is a stronger signal of relevance than a passing mention.
 *
 * Passages are kept in an array (by id) rather than as MiniSearch stored fields: one copy of the
 * text in memory, and filters read the passage directly. Passages can be added and removed while
 * the bot runs (a live corpus); a visibility predicate set by the engine hides passages that are
 * staged, retired or embargoed from every search.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Passage } from './passage.ts';
import { STOP_WORDS } from './stopwords.ts';
import { fold, wordSpans } from './text.ts';

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
  return folded.replace(/['’]s$/, '').replace(/['’]$/, '');
}

export interface PassageHit {
  passage: Passage;
  score: number;
  /** Index terms that matched (after prefix/fuzzy expansion), for marking the excerpt. */
  terms: string[];
}

export interface PassageSearch {
  combineWith: 'AND' | 'OR';
  /**
   * A cheap test (metadata, quotes): applied while MiniSearch scores, so out-of-scope passages
   * cost one memoized lookup instead of a result object each.
   */
  filter?: (passage: Passage) => boolean;
  /** A costly test (e.g. an exact phrase), applied only to the passages that matched every word. */
  verify?: (passage: Passage) => boolean;
}

/** The MiniSearch options of the passage index; a serialized index must be loaded with the same. */
export function indexOptions(): Options<Passage> {
  return {
    idField: 'id',
    fields: ['text', 'speakers'],
    storeFields: [],
    extractField: (passage, field) => {
      if (field === 'id') return passage.id;
      if (field === 'speakers') return passage.quotes.map((q) => q.quote.speaker?.name ?? '').join(' ');
      return passage.text;
    },
    tokenize,
    processTerm,
    searchOptions: {
      boost: { speakers: 2 },
      // Prefix only from five letters: `talks` → `talkshow` is fine, `cat` → `catastrophe` is not.
      prefix: (term) => term.length >= 5,
      // One typo from six letters, two from eleven (`Gutteres` still finds Guterres); short words
      // stay exact, or `cats` would find `cuts` and `hats`.
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      maxFuzzy: 2,
    },
  };
}

/** Exact matches enough to answer without also trying prefixes and typos. */
const EXACT_ENOUGH = 50;

export class PassageIndex {
  private readonly search: MiniSearch<Passage>;
  private readonly passages: Array<Passage | undefined> = [];
  /** Passage ids by the key of a speaker quoted in them, for speaker-only queries. */
  private readonly bySpeaker = new Map<string, Set<number>>();
  private visible: (passage: Passage) => boolean = () => true;

  /** A new empty index, or one wrapping a MiniSearch loaded from a snapshot (`passages` by id). */
  constructor(loaded?: { search: MiniSearch<Passage>; passages: Passage[] }) {
    this.search = loaded?.search ?? new MiniSearch<Passage>(indexOptions());
    for (const p of loaded?.passages ?? []) this.remember(p);
  }

  private remember(p: Passage): void {
    this.passages[p.id] = p;
    for (const q of p.quotes) {
      const key = q.quote.speaker?.key;
      if (!key) continue;
      const ids = this.bySpeaker.get(key);
      if (ids) ids.add(p.id);
      else this.bySpeaker.set(key, new Set([p.id]));
    }
  }

  add(passages: Passage[]): void {
    for (const p of passages) this.remember(p);
    this.search.addAll(passages);
  }

  /** Takes passages out of the index (MiniSearch discards them; its auto-vacuum reclaims the space). */
  remove(ids: readonly number[]): void {
    for (const id of ids) {
      const passage = this.passages[id];
      if (passage === undefined) continue;
      this.search.discard(id);
      this.passages[id] = undefined;
      for (const q of passage.quotes) if (q.quote.speaker) this.bySpeaker.get(q.quote.speaker.key)?.delete(id);
    }
  }

  /** Hides passages from `find` and `scan` (staged or retired files, embargoed articles). */
  setVisibility(visible: (passage: Passage) => boolean): void {
    this.visible = visible;
  }

  /** Passages indexed, visible or not. */
  get size(): number {
    return this.search.documentCount;
  }

  /** Discarded passages whose postings are still in the index. */
  get dirt(): number {
    return this.search.dirtCount;
  }

  /** Reclaims the space of discarded passages now (in batches that yield to the event loop). */
  vacuum(): Promise<void> {
    return this.search.vacuum();
  }

  /** The underlying MiniSearch, for the snapshot writer. */
  get miniSearch(): MiniSearch<Passage> {
    return this.search;
  }

  get(id: number): Passage | undefined {
    return this.passages[id];
  }

  /** Raw MiniSearch results for a query (for the benchmark's raw-search figures). */
  rawSearch(query: string, combineWith: 'AND' | 'OR'): SearchResult[] {
    return this.search.search(query, { combineWith });
  }

  /**
   * Passages matching `words`, best first. Exact words first: only when they find fewer than
   * `EXACT_ENOUGH` passages are prefixes and typos tried too. A common word (`president`) then
   * costs one pass over its own postings instead of over every word it is a prefix of or one
   * letter away from, and the answer loses nothing a reader would miss.
   */
  find(words: string[], options: PassageSearch): PassageHit[] {
    const query = words.join(' ');
    // MiniSearch calls `boostDocument` for every posting of every query term; a boost of 0 drops the
    // passage before a result is built. The verdict is memoized, as a passage recurs once per term.
    const verdicts = new Uint8Array(this.passages.length);
    const boostDocument = (id: number) => {
      const known = verdicts[id];
      if (known) return known === 1 ? 1 : 0;
      const ok = this.matches(id, options.filter);
      verdicts[id] = ok ? 1 : 2;
      return ok ? 1 : 0;
    };
    const verify = options.verify;
    const search = (exact: boolean) =>
      this.search.search(query, {
        combineWith: options.combineWith,
        boostDocument,
        ...(verify ? { filter: (r: SearchResult) => verify(this.passages[r.id as number]!) } : {}),
        ...(exact ? { prefix: false, fuzzy: false } : {}),
      });
    let results = search(true);
    if (results.length < EXACT_ENOUGH) results = search(false);
    const hits: PassageHit[] = [];
    for (const r of results) {
      const passage = this.passages[r.id as number];
      if (passage) hits.push({ passage, score: r.score, terms: r.terms });
    }
    return hits;
  }

  /** Every passage, in corpus order, that passes `filter` (for queries made only of filters). */
  *scan(filter: (passage: Passage) => boolean): Generator<Passage> {
    for (const p of this.passages) if (p && this.visible(p) && filter(p)) yield p;
  }

  /** The passages quoting any of these speakers (by key), in corpus order, that pass `filter`. */
  *scanSpeakers(keys: ReadonlySet<string>, filter: (passage: Passage) => boolean): Generator<Passage> {
    const ids = new Set<number>();
    for (const key of keys) for (const id of this.bySpeaker.get(key) ?? []) ids.add(id);
    for (const id of [...ids].sort((a, b) => a - b)) {
      const p = this.passages[id];
      if (p && this.visible(p) && filter(p)) yield p;
    }
  }

  private matches(id: number, filter: ((passage: Passage) => boolean) | undefined): boolean {
    const passage = this.passages[id];
    return passage !== undefined && this.visible(passage) && (!filter || filter(passage));
  }
}
