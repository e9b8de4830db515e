/**
 * The MiniSearch index over passages. One document per paragraph, with two fields:
 * - `text`: the paragraph as published;
 * - `speakers`: the resolved names of everyone quoted in it, so `Putin` finds a paragraph whose
 *   quote is attributed through `he said` or `the Russian leader`, boosted ×2 because a speaker
 *   match is a stronger signal of relevance than a passing mention.
 *
 * Passages are kept in an array (by id) rather than as MiniSearch stored fields: one copy of the
 * text in memory, and filters read the passage directly.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
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
  const term = fold(token).replace(/['’]s$/, '').replace(/['’]$/, '');
  if (!term || STOP_WORDS.has(term)) return null;
  if (!term.includes('-')) return [term];
  const parts = term.split('-').filter((p) => p && !STOP_WORDS.has(p));
  return [term, ...parts];
}

export interface PassageHit {
  passage: Passage;
  score: number;
  /** Index terms that matched (after prefix/fuzzy expansion), for marking the excerpt. */
  terms: string[];
}

export interface PassageSearch {
  combineWith: 'AND' | 'OR';
  filter?: (passage: Passage) => boolean;
}

export class PassageIndex {
  private readonly search: MiniSearch<Passage>;
  private readonly passages: Array<Passage | undefined> = [];

  constructor() {
    this.search = new MiniSearch<Passage>({
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
    });
  }

  add(passages: Passage[]): void {
    for (const p of passages) this.passages[p.id] = p;
    this.search.addAll(passages);
  }

  get size(): number {
    return this.search.documentCount;
  }

  get(id: number): Passage | undefined {
    return this.passages[id];
  }

  /** Passages matching `words`, best first. */
  find(words: string[], options: PassageSearch): PassageHit[] {
    const filter = options.filter;
    const results: SearchResult[] = this.search.search(words.join(' '), {
      combineWith: options.combineWith,
      filter: filter ? (r) => this.matches(r.id as number, filter) : undefined,
    });
    const hits: PassageHit[] = [];
    for (const r of results) {
      const passage = this.passages[r.id as number];
      if (passage) hits.push({ passage, score: r.score, terms: r.terms });
    }
    return hits;
  }

  /** Every passage, in corpus order, that passes `filter` (for queries made only of filters). */
  *scan(filter: (passage: Passage) => boolean): Generator<Passage> {
    for (const p of this.passages) if (p && filter(p)) yield p;
  }

  private matches(id: number, filter: (passage: Passage) => boolean): boolean {
    const passage = this.passages[id];
    return passage !== undefined && filter(passage);
  }
}
