/** Query terms widened by prefix and typos, from the index's vocabulary (`SqliteIndex.find`). */
import { countLetters, editDistance, LETTER_BINS, lettersApart } from '../../text/edit-distance.ts';
import type { Statements } from './database.ts';
import type { Group } from './match.ts';
import type { SQLITE_DEFAULTS } from './options.ts';
import { prefixWeight, typoWeight } from './score.ts';

/** What the caller remembers of terms already expanded (until the vocabulary changes). */
export interface ExpansionMemo {
  get(term: string): ReadonlyMap<string, number> | undefined;
  set(term: string, expansions: ReadonlyMap<string, number>): unknown;
}

/** Each term with its prefix completions and near spellings from the vocabulary, weighted (itself: 1). */
export function expansionsOf(
  groups: readonly Group[],
  sql: Statements,
  knobs: typeof SQLITE_DEFAULTS,
  memo?: ExpansionMemo,
): Map<string, ReadonlyMap<string, number>> {
  const out = new Map<string, ReadonlyMap<string, number>>();
  for (const g of groups) {
    if (g.kind !== 'term') continue;
    let terms = memo?.get(g.term);
    if (!terms) {
      terms = expand(g.term, sql, knobs);
      memo?.set(g.term, terms);
    }
    out.set(g.term, terms);
  }
  return out;
}

function expand(term: string, sql: Statements, knobs: typeof SQLITE_DEFAULTS): Map<string, number> {
  const { prefixFrom, fuzzyFrom, fuzziness, maxFuzzy, maxExpansions } = knobs;
  const terms = new Map([[term, 1]]);
  if (term.length >= prefixFrom)
    for (const t of sql.termsFrom.all(term, `${term}\u{10ffff}`, maxExpansions)) if (t !== term) terms.set(t, prefixWeight(term, t));
  if (term.length >= fuzzyFrom) {
    const max = Math.min(maxFuzzy, Math.round(term.length * fuzziness));
    // Candidates share the first letter: a typo there is rare, and it bounds the scan to one
    // letter's share of the vocabulary.
    const first = String.fromCodePoint(term.codePointAt(0)!);
    const next = String.fromCodePoint(first.codePointAt(0)! + 1);
    // Most of a letter's terms differ from the word in more letters than the typos allowed: their
    // letter counts tell so without an edit distance, which allocates its rows (16 query words at
    // 37k articles, each read once: 89–114 ms of CPU, 44–58 with this test first).
    const letters = countLetters(term, new Uint8Array(LETTER_BINS));
    const counts = new Uint8Array(LETTER_BINS);
    for (const t of sql.termsOfLength.iterate(first, next, term.length - max, term.length + max)) {
      if (terms.size > maxExpansions) break;
      if (terms.has(t)) continue;
      counts.fill(0);
      if (lettersApart(countLetters(t, counts), 0, letters, 0, max)) continue;
      const distance = editDistance(term, t, max);
      if (distance <= max) terms.set(t, typoWeight(t, distance));
    }
  }
  return terms;
}
