/**
 * The bounded read of a search's matches: ids come newest first from FTS5 (or in bulk for a
 * spread search), and reading stops after `maxCandidates` passages that pass visibility, filter
 * and verify, after `maxScanned` built (`maxScannedSpread` for a spread search with a costly
 * check), or, spread over groups (outlets), after `maxIdsRead` ids or once every group has
 * `perGroup` hits. Only what was read is ranked; `complete: false` says matches were left unread.
 */
import type { Passage } from '../passage.ts';
import type { FindOptions, PassageSource } from '../search-index.ts';
import type { SQLITE_DEFAULTS } from './options.ts';

export interface Candidates {
  candidates: Passage[];
  /** False when a match was left unread (each check comes before the next match is read). */
  complete: boolean;
  /** The last id read (a later check reads on from below it). */
  readFrom: number | undefined;
}

/** Ids of a chunk whose passages are built ahead, their texts read at once, for a plain search's exact-text check. */
const TEXTS_AHEAD = 256;

/**
 * `ids`: one by one, or in chunks (a spread search's bulk reads: `matchIds`). `source`: where a
 * passage's article is named from its id unbuilt, and passages' texts read at once (`readTexts`).
 * A plain search with an exact-text check (a phrase) reads the text of every passage it builds, ten
 * thousand for `"we will not"` at 37k articles: in chunks, the passages of the next `TEXTS_AHEAD`
 * ids that pass every test before the check are built first and their texts read together (the
 * tests are pure, so the same passages pass, in the same order, with the same counts).
 */
export function readCandidates(
  ids: Iterable<number> | Iterable<Int32Array>,
  options: FindOptions,
  knobs: typeof SQLITE_DEFAULTS,
  get: (id: number) => Passage | undefined,
  source?: Pick<PassageSource, 'articleOf' | 'readTexts'>,
): Candidates {
  const articleOf = source?.articleOf && ((id: number) => source.articleOf!(id));
  const readTexts = source?.readTexts && ((passages: readonly Passage[]) => source.readTexts!(passages));
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
  const stops = () =>
    scanned >= maxScanned || candidates.length >= maxCandidates || (spread && (read >= maxIdsRead || full >= spread.groups));
  /** Passages built ahead by id (undefined: none shown there), for the ids of the window being read. */
  const ahead = verify && !spread && readTexts ? new Map<number, Passage | undefined>() : undefined;
  const buildAhead = (chunk: Int32Array, from: number) => {
    ahead!.clear();
    const passing: Passage[] = [];
    for (let i = from; i < Math.min(chunk.length, from + TEXTS_AHEAD); i++) {
      const id = chunk[i]!;
      if (among && !among.has(id)) continue;
      if (articleFilter) {
        const article = articleOf!(id);
        if (!article || !articleFilter(article)) continue;
      }
      const passage = get(id);
      ahead!.set(id, passage);
      if (passage && visible(passage) && (!filter || filter(passage))) passing.push(passage);
    }
    readTexts!(passing);
  };
  /** Reads one more id; false when reading stops before it (a match left unread). */
  const take = (id: number): boolean => {
    if (stops()) {
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
    const passage = ahead?.has(id) ? ahead.get(id) : get(id);
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
    for (let i = 0; i < item.length; i++) {
      if (ahead && i % TEXTS_AHEAD === 0 && !stops()) buildAhead(item, i);
      if (!take(item[i]!)) break read;
    }
  }
  return { candidates, complete, readFrom };
}
