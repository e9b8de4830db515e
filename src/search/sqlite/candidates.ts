/**
 * The bounded read of a search's matches: ids come newest first from FTS5 (or in bulk for a
 * spread search), and reading stops after `maxCandidates` passages that pass visibility, filter
 * and verify, after `maxScanned` built (`maxScannedSpread` for a spread search with a costly
 * check), or, spread over groups (outlets), after `maxIdsRead` ids or once every group has
 * `perGroup` hits. Only what was read is ranked; `complete: false` says matches were left unread.
 */
import type { Passage } from '../passage.ts';
import type { FindOptions } from '../search-index.ts';
import type { SQLITE_DEFAULTS } from './options.ts';

export interface Candidates {
  candidates: Passage[];
  /** False when a match was left unread (each check comes before the next match is read). */
  complete: boolean;
  /** The last id read (a later check reads on from below it). */
  readFrom: number | undefined;
}

/** `ids`: one by one, or in chunks (a spread search's bulk reads: `matchIds`). */
export function readCandidates(
  ids: Iterable<number> | Iterable<Int32Array>,
  options: FindOptions,
  knobs: typeof SQLITE_DEFAULTS,
  get: (id: number) => Passage | undefined,
  articleOf?: (id: number) => Passage['article'] | undefined,
): Candidates {
  const { visible, filter, verify, spread } = options;
  // The article's part of the filter, before the passage is built (counted as read all the same).
  const articleFilter = articleOf && options.articleFilter;
  const among = options.among?.();
  const candidates: Passage[] = [];
  const { maxCandidates, maxIdsRead } = knobs;
  const maxScanned = spread && verify ? knobs.maxScannedSpread : knobs.maxScanned;
  const taken = new Map<string, number>();
  let [scanned, read, full] = [0, 0, 0];
  let complete = true;
  let readFrom: number | undefined;
  /** Reads one more id; false when reading stops before it (a match left unread). */
  const take = (id: number): boolean => {
    if (scanned >= maxScanned || candidates.length >= maxCandidates || (spread && (read >= maxIdsRead || full >= spread.groups))) {
      complete = false;
      return false;
    }
    read++;
    readFrom = id;
    const group = spread?.groupOf(id);
    if (spread && (group === undefined || (taken.get(group) ?? 0) >= spread.perGroup)) return true;
    scanned++;
    if (among && !among.has(id)) return true;
    if (articleFilter) {
      const article = articleOf!(id);
      if (!article || !articleFilter(article)) return true;
    }
    const passage = get(id);
    if (!passage || !visible(passage) || (filter && !filter(passage)) || (verify && !verify(passage))) return true;
    candidates.push(passage);
    if (group !== undefined) {
      const n = (taken.get(group) ?? 0) + 1;
      taken.set(group, n);
      if (n === spread!.perGroup) full++;
    }
    return true;
  };
  read: for (const item of ids) {
    if (typeof item === 'number') {
      if (!take(item)) break;
      continue;
    }
    for (let i = 0; i < item.length; i++) if (!take(item[i]!)) break read;
  }
  return { candidates, complete, readFrom };
}
