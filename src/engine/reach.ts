/**
 * Outlets a cut search did not reach. An index may read only part of a common word's matches (the
 * SQLite engine ranks the newest thousand: `SqliteIndex.find`); an outlet whose matches are all
 * older then has no candidate, and the answer must not say "nothing from" it. Those outlets are
 * searched once more, together: one read spread over their passages (`FindOptions.spread`, an
 * outlet named from a passage id by the corpus's table of articles in id order), at most
 * `PER_OUTLET` hits each, which shows the best of their newest matches. An outlet that read cannot
 * settle either is reported as not searched to the end (`unchecked`), never as having nothing.
 *
 * Cost stays bounded: nothing happens when the search was complete (MiniSearch always is); the
 * check is one more search under the index's own caps (SQLite: ids walked, passages read,
 * candidates ranked), whatever the number of outlets.
 */
import type { PassageFinder, Spread } from '../search/search-index.ts';
import { findHits, type Found, type Scope } from './find.ts';

/** Hits ranked per outlet checked: its best few excerpts (the "more" count is then a lower bound, which a note says). */
const PER_OUTLET = 5;

/**
 * When `found` was cut: checks the outlets in `outlets` it has no say on, adding what they have to
 * `found` (their candidates replace an outlet's partial ones when the every-word search was cut,
 * as those may not be all it has). Returns the outlets that could not be settled.
 */
export function reachOutlets(
  finder: PassageFinder,
  terms: readonly string[],
  scope: Scope,
  found: Found,
  outlets: readonly string[],
  outletOf: (id: number) => string | undefined,
): string[] {
  if (found.complete !== false) return [];
  const full = new Set<string>();
  const any = new Set<string>();
  for (const c of found.candidates) {
    any.add(c.passage.article.outlet);
    if (!c.partial) full.add(c.passage.article.outlet);
  }
  const wanted = new Set(outlets.filter((o) => !full.has(o) && (found.cut?.allWords || !any.has(o))));
  if (!wanted.size) return [];
  const groupOf = (id: number) => {
    const outlet = outletOf(id);
    return outlet !== undefined && wanted.has(outlet) ? outlet : undefined;
  };
  // The every-word matches the search read gave the outlets wanted nothing (or they would not be
  // wanted): the check reads on from below them.
  const below = found.cut?.allWordsFrom;
  const spread: Spread = { groupOf, perGroup: PER_OUTLET, groups: wanted.size, below };
  // Prefixes and typos only in a pass (every word, any word) that the search cut was widened by:
  // the outlets checked are searched as the others were (a spread search finds too few hits to
  // skip them on its own count).
  const exactOnly = found.exact;
  // An every-word search that was not cut read every match of all the words, and gave the outlets
  // wanted none: the check runs the any-word pass alone.
  const noAllWords = !found.cut?.allWords;
  const own = findHits(finder, terms, { ...scope, outlets: wanted, outletCount: wanted.size, spread, exactOnly, noAllWords });
  const reached = new Set(own.candidates.map((c) => c.passage.article.outlet));
  found.candidates = found.candidates.filter((c) => !reached.has(c.passage.article.outlet)).concat(own.candidates);
  // "No passage has all the words" holds only if none was found in the end.
  if (found.relaxed && found.candidates.some((c) => !c.partial)) found.relaxed = false;
  if (own.complete !== false) return [];
  return [...wanted].filter((o) => !reached.has(o) && !any.has(o));
}
