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

/** Ids of a chunk whose passages are built ahead, their texts (or quotes) read at once. */
const TEXTS_AHEAD = 256;

/**
 * `ids`: one by one, or in chunks (a spread search's bulk reads: `matchIds`). `source`: where a
 * passage's article is named from its id unbuilt, and passages' texts or quotes read at once
 * (`readTexts`, `readQuotes`). A plain search with an exact-text check (a phrase) reads the text of
 * every passage it builds, ten thousand for `"we will not"` at 37k articles; one whose filter reads
 * the passages' quotes (`readsQuotes`: `/quote`) reads a quote row per candidate article, several
 * hundred for a common word. In chunks, the passages of the next `TEXTS_AHEAD` ids are built first
 * and what the tests will read of those that may pass is read together (the tests are pure, so the
 * same passages pass, in the same order, with the same counts): the texts of those passing every
 * test before the check, or the quotes of every visible one (the filter that reads them is the
 * test; with a check, those passing its text part).
 */
export function readCandidates(
  ids: Iterable<number> | Iterable<Int32Array>,
  options: FindOptions,
  knobs: typeof SQLITE_DEFAULTS,
  get: (id: number) => Passage | undefined,
  source?: Pick<PassageSource, 'articleOf' | 'readTexts' | 'readQuotes'>,
): Candidates {
  const articleOf = source?.articleOf && ((id: number) => source.articleOf!(id));
  const readTexts = source?.readTexts && ((passages: readonly Passage[]) => source.readTexts!(passages));
  const { visible, filter, verify, spread } = options;
  const quotesAhead =
    options.readsQuotes && source?.readQuotes ? (passages: readonly Passage[]) => source.readQuotes!(passages) : undefined;
  // With a check (a phrase), the quotes are read ahead only for the passages passing its text part
  // (`verifyText`, once their texts are read): most passages fail it.
  const readQuotes = verify ? options.verifyText && readTexts && quotesAhead : quotesAhead;
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
  const ahead = !spread && ((verify && readTexts) || readQuotes) ? new Map<number, Passage | undefined>() : undefined;
  const buildAhead = (chunk: Int32Array, from: number) => {
    ahead!.clear();
    const built: Passage[] = [];
    for (let i = from; i < Math.min(chunk.length, from + TEXTS_AHEAD); i++) {
      const id = chunk[i]!;
      if (among && !among.has(id)) continue;
      if (articleFilter) {
        const article = articleOf!(id);
        if (!article || !articleFilter(article)) continue;
      }
      const passage = get(id);
      ahead!.set(id, passage);
      if (passage && visible(passage)) built.push(passage);
    }
    if (!verify) return readQuotes!(built);
    const passing = filter ? built.filter(filter) : built;
    readTexts!(passing);
    if (readQuotes) readQuotes(passing.filter(options.verifyText!));
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
