/**
 * Ranking, in JavaScript, with MiniSearch's formula (BM25+, k 1.2, b 0.7, d 0.5; field boosts;
 * prefix and typo matches weighted down by their distance; the sum times the number of query terms
 * matched), so both engines rank alike. FTS5's own bm25 clamps the weight of a term found in more
 * than half the passages to zero, which ranks small corpora (and the seeds) arbitrarily.
 *
 * Only the bounded candidate set (`maxCandidates`) is scored, from the passages' own text: FTS5
 * supplies the matching ids and the document frequencies (its vocabulary table).
 */
import type { Passage } from '../passage.ts';
import { processTerm, tokenize } from '../terms.ts';

/** One query term with the index terms it matches and their weights (1 for the term itself). */
export interface QueryTerm {
  term: string;
  matches: ReadonlyMap<string, number>;
}

/** A field's term counts: the count of a term (undefined: none) and the number of distinct terms. */
export interface TermCounts {
  get(term: string): number | undefined;
  readonly size: number;
}

/**
 * A field's counts of some terms (those a search wants) and its number of distinct terms (stored
 * when indexed). A class, not an object with its own `get` closure: ranking makes one per candidate,
 * a thousand a search, and each closure was also given its name at run time (tsx keeps names).
 */
export class CountedTerms implements TermCounts {
  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    readonly size: number,
  ) {}

  get(term: string): number | undefined {
    return this.counts.get(term);
  }
}

export interface CorpusStats {
  docs: number;
  /** Average distinct terms per passage, per field (text, speakers). */
  avgLength: readonly [number, number];
  /** Passages holding `term` in each field. */
  docFrequency(term: string): readonly [number, number];
}

const K = 1.2;
const B = 0.7;
const D = 0.5;

export const speakerNames = (p: Passage): string => p.quotes.map((q) => q.quote.speaker?.name ?? '').join(' ');

/** Index terms of one field, with their counts. */
export function fieldTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) for (const term of processTerm(token) ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * `fieldTerms` of speaker names, remembered: the same few names recur across a search's thousand
 * candidates. A plain map emptied when full (an LRU cache's bookkeeping cost more than the analysis).
 */
const NAMES_TERMS = new Map<string, ReadonlyMap<string, number>>();
const MAX_NAMES = 10_000;

/** `fieldTerms(names)` (the counts must not be changed: they are shared). */
export function namesTerms(names: string): ReadonlyMap<string, number> {
  let terms = NAMES_TERMS.get(names);
  if (!terms) {
    if (NAMES_TERMS.size >= MAX_NAMES) NAMES_TERMS.clear();
    NAMES_TERMS.set(names, (terms = fieldTerms(names)));
  }
  return terms;
}

/** Distinct terms of a passage's two fields (what the average lengths are made of). */
export function fieldLengths(p: Passage): [number, number] {
  return [fieldTerms(p.text).size, fieldTerms(speakerNames(p)).size];
}

/** Weight of a derived term: MiniSearch's prefix (0.375) and typo (0.45) weights, by distance. */
export function prefixWeight(term: string, derived: string): number {
  return (0.375 * derived.length) / (derived.length + 0.3 * (derived.length - term.length));
}
export function typoWeight(derived: string, distance: number): number {
  return (0.45 * derived.length) / (derived.length + distance);
}

export function scorePassage(
  p: Passage,
  query: readonly QueryTerm[],
  stats: CorpusStats,
  speakerBoost: number,
  fields: readonly [TermCounts, TermCounts] = [fieldTerms(p.text), fieldTerms(speakerNames(p))],
): { score: number; terms: string[] } {
  const boosts = [1, speakerBoost] as const;
  let total = 0;
  let matchedQueryTerms = 0;
  const matched = new Set<string>();
  for (const q of query) {
    let score = 0;
    for (const [term, weight] of q.matches) {
      for (const f of [0, 1] as const) {
        const tf = fields[f].get(term);
        if (!tf) continue;
        const df = stats.docFrequency(term)[f];
        const idf = Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5));
        const norm = fields[f].size / (stats.avgLength[f] || 1);
        score += weight * boosts[f] * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + B * norm)));
        matched.add(term);
      }
    }
    if (score > 0) {
      total += score;
      matchedQueryTerms++;
    }
  }
  return { score: total * Math.max(1, matchedQueryTerms), terms: [...matched] };
}
