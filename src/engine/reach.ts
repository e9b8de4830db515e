/**
 * Outlets a cut search did not reach. An index may read only part of a common word's matches (the
 * SQLite engine ranks the newest thousand: `SqliteIndex.find`); an outlet whose matches are all
 * older then has no candidate, and the answer must not say "nothing from" it. Each such outlet is
 * searched again within its own passages (`FindOptions.within`: its articles' id ranges), which
 * finds its newest matches and shows the best of them; an outlet that check cannot settle either
 * is reported as not searched to the end (`unchecked`), never as having nothing.
 *
 * Cost stays bounded: nothing happens when the search was complete (MiniSearch always is); each
 * check is one bounded search (at most `PER_OUTLET` hits, the index's own caps on matches read and
 * ranges looked up), and at most `MAX_CHECKS` outlets are checked per request.
 */
import type { IdRange, PassageFinder } from '../search/search-index.ts';
import type { IndexedCorpus } from './corpus.ts';
import { findHits, type Found, type Scope } from './find.ts';

/** Hits ranked per outlet checked: enough for its best few excerpts and a fair "more" count. */
const PER_OUTLET = 50;
/** Outlets checked per request at most (each a bounded search); the rest are `unchecked`. */
const MAX_CHECKS = 64;

const rangeCache = new WeakMap<IndexedCorpus, { version: number; ranges: Map<string, IdRange[]> }>();

/** Each outlet's passage ids, as ascending ranges (one per run of consecutive articles), for the corpus's version. */
export function outletRanges(corpus: IndexedCorpus): Map<string, IdRange[]> {
  const known = rangeCache.get(corpus);
  if (known?.version === corpus.version) return known.ranges;
  const ranges = new Map<string, Array<[number, number]>>();
  for (const file of corpus.indexedFiles()) {
    let id = file.firstId;
    for (const article of file.load.articles) {
      const count = article.paragraphCount ?? article.paragraphs.length;
      let list = ranges.get(article.outlet);
      if (!list) ranges.set(article.outlet, (list = []));
      const last = list[list.length - 1];
      if (last && last[1] === id) last[1] = id + count;
      else if (count) list.push([id, id + count]);
      id += count;
    }
  }
  // Files are listed by path, not by first id: each outlet's ranges in id order, for the index.
  for (const list of ranges.values()) list.sort((a, b) => a[0] - b[0]);
  rangeCache.set(corpus, { version: corpus.version, ranges });
  return ranges;
}

/**
 * When `found` was cut: checks the outlets in `outlets` it has no say on, adding what they have to
 * `found` (its candidates replace an outlet's partial ones when the every-word search was cut, as
 * those may not be all it has). Returns the outlets that could not be settled.
 */
export function reachOutlets(
  finder: PassageFinder,
  terms: readonly string[],
  scope: Scope,
  found: Found,
  outlets: readonly string[],
  ranges: () => ReadonlyMap<string, readonly IdRange[]>,
): string[] {
  if (found.complete !== false) return [];
  const full = new Set<string>();
  const any = new Set<string>();
  for (const c of found.candidates) {
    any.add(c.passage.article.outlet);
    if (!c.partial) full.add(c.passage.article.outlet);
  }
  const toCheck = outlets.filter((o) => !full.has(o) && (found.cut?.allWords || !any.has(o)));
  const unchecked: string[] = [];
  let checks = 0;
  for (const outlet of toCheck) {
    if (++checks > MAX_CHECKS) {
      unchecked.push(outlet);
      continue;
    }
    const within = ranges().get(outlet) ?? [];
    const own = within.length
      ? findHits(finder, terms, { ...scope, outlets: new Set([outlet]), outletCount: 1, within, limit: PER_OUTLET })
      : { candidates: [], relaxed: false };
    if (own.candidates.length) {
      found.candidates = found.candidates.filter((c) => c.passage.article.outlet !== outlet).concat(own.candidates);
    } else if (own.complete === false) {
      if (!any.has(outlet)) unchecked.push(outlet);
    }
  }
  // "No passage has all the words" holds only if none was found in the end.
  if (found.relaxed && found.candidates.some((c) => !c.partial)) found.relaxed = false;
  return unchecked;
}
