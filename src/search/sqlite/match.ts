/**
 * Query words to FTS5 MATCH expressions. Passages are indexed as their `processTerm` terms (the
 * analysis MiniSearch uses), so a query term is looked up exactly as written here; every term is
 * quoted, which keeps FTS5's own syntax (`AND`, `NEAR`, `*`, `-`) out of what users type.
 */
import { processTerm, tokenize } from '../terms.ts';

/** One query word: a single term (expandable by prefix and typos) or several (a phrase). */
export type Group = { kind: 'term'; term: string } | { kind: 'phrase'; terms: string[] };

/** The words as groups; stop words and empty words drop out, as in MiniSearch. */
export function groupsOf(words: readonly string[]): Group[] {
  const groups: Group[] = [];
  for (const word of words) {
    // A hyphenated token's first term is the whole word (`covid-19`), which implies its parts.
    const terms = tokenize(word).flatMap((t) => (processTerm(t) ?? []).slice(0, 1));
    if (terms.length === 1) groups.push({ kind: 'term', term: terms[0]! });
    else if (terms.length > 1) groups.push({ kind: 'phrase', terms });
  }
  return groups;
}

/** The text FTS5 indexes for a passage field (its terms, space-separated) and its distinct terms. */
export function indexedText(text: string): { text: string; distinct: number; terms: ReadonlySet<string> } {
  const out: string[] = [];
  for (const token of tokenize(text)) for (const term of processTerm(token) ?? []) out.push(term);
  const terms = new Set(out);
  return { text: out.join(' '), distinct: terms.size, terms };
}

export const quoted = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/**
 * A phrase's terms near each other, in any order: the index holds terms without stop words and with
 * the parts of hyphenated words after them, so exact adjacency would miss real phrases. The
 * caller's exact-text check (`verify`) then decides.
 */
export function phraseExpression(terms: readonly string[]): string {
  return `NEAR(${terms.map(quoted).join(' ')}, ${terms.length * 3})`;
}

/** `expansions` of each term group (the term itself first); phrases as they are. */
export function matchExpression(
  groups: readonly Group[],
  expansions: ReadonlyMap<string, readonly string[]>,
  combineWith: 'AND' | 'OR',
): string {
  return groups
    .map((g) => {
      if (g.kind === 'phrase') return phraseExpression(g.terms);
      const terms = expansions.get(g.term) ?? [g.term];
      return terms.length === 1 ? quoted(terms[0]!) : `(${terms.map(quoted).join(' OR ')})`;
    })
    .join(` ${combineWith} `);
}
