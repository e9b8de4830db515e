/**
 * The seam between the engine and an index engine. The engine, the store and the bench speak only
 * this interface; each implementation lives in a folder of its own (`src/search/minisearch/`,
 * `src/search/sqlite/`) and is the only code that imports its library. Start-up picks one
 * (`SEARCH_ENGINE`, `src/startup/index-choice.ts`).
 *
 * To add an engine: one new folder with a class implementing `SearchIndex`, analysing text with
 * `tokenize` and `processTerm` (`terms.ts`) so excerpts mark what it matched; then name it in
 * `INDEX_ENGINES` (`src/engine/options.ts`, one line) so the bench and `EngineOptions.index` can
 * pick it. Run `searchIndexContract` (`test/support/search-index-contract.ts`) on it.
 *
 * What every implementation must guarantee:
 * - **Ids.** A passage's `id` is chosen by the caller (consecutive per file, never reused while the
 *   passage is in the index). `put` of an id already present is a caller error.
 * - **Visibility.** The index never decides what a reader may see: every `find`, `scan` and
 *   `scanSpeakers` carries `visible` for the instant of the request, and no passage failing it is
 *   returned or costs a result object. `get` ignores visibility (the caller checks).
 * - **Order and scores.** `find` returns hits best first; ties keep the implementation's stable
 *   order (the same index and query always give the same list). Scores are comparable only within
 *   one answer: callers rank and round them, they never compare them across engines. `scan` and
 *   `scanSpeakers` return passages in id order (the corpus order).
 * - **Completeness.** An engine may read only part of a query's matches (SQLite ranks the newest
 *   few thousand of a common word). Its `find` then says so (`complete: false`, see `FoundHits`):
 *   a caller never concludes that something has no match from a search that was cut. `spread`
 *   lets the caller check the groups of passages it did not reach (outlets) in one bounded read.
 * - **Persistence.** `persist` writes the index's own state as a sequence of small JSON values
 *   (no single one near V8's string limit: the store writes each as one line); `restore`, on a new
 *   empty index of the same `kind`, takes those values back in the same order together with the
 *   passages, and must then answer exactly as the index that was persisted.
 */
import type { Passage } from './passage.ts';

export interface PassageHit {
  passage: Passage;
  score: number;
  /** Index terms that matched (after any prefix/typo expansion), for marking the excerpt. */
  terms: string[];
}

/**
 * Hits, best first. `complete` is `false` when the engine stopped reading matches early (a bound on
 * cost), so a match the caller did not get may exist; absent or `true`: every match was considered.
 * It is a non-enumerable property (see `foundHits`), so hits still compare as plain lists.
 */
export type FoundHits = PassageHit[] & { readonly complete?: boolean; readonly exact?: boolean; readonly readFrom?: number };

/**
 * `hits` marked as cut short (`complete: false`, with `readFrom`: every match with an id at or
 * above it was read, none below) or not, and (`exact: true`) as found by the words exactly as
 * typed, no prefix or typo tried; all non-enumerable.
 */
export function foundHits(hits: PassageHit[], complete: boolean, exact?: boolean, readFrom?: number): FoundHits {
  if (!complete) Object.defineProperty(hits, 'complete', { value: false, enumerable: false });
  if (!complete && readFrom !== undefined) Object.defineProperty(hits, 'readFrom', { value: readFrom, enumerable: false });
  if (exact) Object.defineProperty(hits, 'exact', { value: true, enumerable: false });
  return hits;
}

/** Which passages a request may see, decided once for the instant of that request. */
export type Visibility = (passage: Passage) => boolean;

export interface FindOptions {
  /** AND: every word; OR: any word. */
  combineWith: 'AND' | 'OR';
  /** Live files, embargoes lifted at the request's instant: the index returns nothing else. */
  visible: Visibility;
  /**
   * A cheap test (metadata, quotes): applied while scoring, so out-of-scope passages cost a
   * memoized lookup instead of a result object each.
   */
  filter?: (passage: Passage) => boolean;
  /**
   * The part of `filter` that reads only the passage's article (outlet, date): never true where
   * `filter` is false. An engine that can tell a passage's article from its id
   * (`PassageSource.articleOf`) tests it first and skips the passage unbuilt; it counts as read.
   */
  articleFilter?: (article: Passage['article']) => boolean;
  /**
   * The passages `filter` can pass, by id, when the caller can list them (a speaker's): never
   * missing one that `filter` passes. Asked for only by an engine that reads ids before building
   * passages, which then skips the others unbuilt (each counts as read).
   */
  among?: () => Pick<ReadonlySet<number>, 'has'>;
  /**
   * `filter` reads the quotes of the passages it tests (`/quote`'s: one of them must be wanted): an
   * engine whose source reads them at once (`PassageSource.readQuotes`) builds passages a window
   * ahead and has their quotes read together. A hint: the same passages pass either way.
   */
  readsQuotes?: boolean;
  /** A costly test (e.g. an exact phrase), applied only to the passages that matched the words. */
  verify?: (passage: Passage) => boolean;
  /**
   * The part of `verify` that reads only the passage's text (the phrase; never false where `verify`
   * is true): with `readsQuotes`, an engine reading texts ahead reads the quotes of the passages
   * passing it together, for the rest of `verify`.
   */
  verifyText?: (passage: Passage) => boolean;
  /**
   * Only passages of these groups (an outlet's, say), at most `perGroup` hits each: `groupOf` names
   * a passage's group from its id alone (undefined: not wanted), so an engine that reads matches
   * one by one skips the others without building them. `groups`: how many there are (a read may
   * stop once each has its hits).
   */
  spread?: Spread;
  /**
   * The words exactly as typed, no prefix or typo tried even when they find few passages: a search
   * that completes another which found enough without them (the reach check) must match what that
   * one matched.
   */
  exactOnly?: boolean;
  /**
   * What the caller keeps of the hits (`/quote`'s passages naming a speaker: those whose text has
   * the name): a hint. An engine may return a hit failing it unscored (score 0, no terms), counted
   * and ordered as any hit (its number and outlets still decide what the caller does next), since
   * the caller drops it; it never leaves a hit out for it.
   */
  keep?: (passage: Passage) => boolean;
}

export interface Spread {
  groupOf: (id: number) => string | undefined;
  perGroup: number;
  groups: number;
  /**
   * Matches with an id at or above this were read by the search this one completes (its
   * `readFrom`) and gave the groups nothing: an engine may skip them.
   */
  below?: number;
}

/** Where `persist` writes: one small JSON value at a time, in order. */
export interface IndexWriter {
  write(chunk: unknown): Promise<void>;
}

/** What `restore` reads: the values `persist` wrote, in order, and every passage of the index. */
export interface IndexReader {
  chunks: Iterable<unknown>;
  passages: Iterable<Passage>;
}

/**
 * Where an index that keeps no passages of its own reads them (SQLite with its store: the corpus
 * builds a passage from its article when asked, texts read on demand).
 */
export interface PassageSource {
  get(id: number): Passage | undefined;
  /** The article of passage `id` without building the passage (undefined: no such passage shown). */
  articleOf?(id: number): Passage['article'] | undefined;
  scan(visible: Visibility, filter: (passage: Passage) => boolean): Iterable<Passage>;
  scanSpeakers(keys: ReadonlySet<string>, visible: Visibility, filter: (passage: Passage) => boolean): Iterable<Passage>;
  /** Reads these passages' texts at once where they are not held yet (a store's: one read instead of one each). */
  readTexts?(passages: readonly Passage[]): void;
  /** Reads the quotes of these passages at once where `filter` may ask for them and they are not read yet (`FindOptions.readsQuotes`). */
  readQuotes?(passages: readonly Passage[]): void;
}

export interface SearchIndex {
  /** The engine's name, written into snapshots: a snapshot is restored only by the same kind. */
  readonly kind: string;
  /** Passages indexed, visible or not. */
  readonly size: number;
  /** Indexes passages (a file's or a batch's); their ids must be new to the index. */
  put(passages: readonly Passage[]): void;
  /** Takes passages out by id; unknown ids are ignored. Space may be reclaimed later (`vacuum`). */
  remove(ids: readonly number[]): void;
  /** Passages matching `words` (as typed; the index analyses them), best first. */
  find(words: readonly string[], options: FindOptions): FoundHits;
  /** Every visible passage passing `filter`, in id order (for queries made only of filters). */
  scan(visible: Visibility, filter: (passage: Passage) => boolean): Iterable<Passage>;
  /** The visible passages quoting any of these speakers (by key) and passing `filter`, in id order. */
  scanSpeakers(keys: ReadonlySet<string>, visible: Visibility, filter: (passage: Passage) => boolean): Iterable<Passage>;
  /** The passage with this id, visible or not. */
  get(id: number): Passage | undefined;
  /** Reclaims the space of removed passages now (yielding to the event loop as it goes). */
  vacuum(): Promise<void>;
  /** Writes the index's own state (see the guarantees above). */
  persist(writer: IndexWriter): Promise<void>;
  /** Loads what `persist` wrote into this new, empty index. Throws on data it cannot read. */
  restore(reader: IndexReader): void;
  /**
   * Optional: from now on `get`, `scan` and `scanSpeakers` read passages from `source` and `put`
   * keeps none in the heap (an engine whose database is the corpus store). Engines without it hold
   * their passages.
   */
  attach?(source: PassageSource): void;
}

/** The searches of one request: an index with the request's visibility bound, for code that only reads. */
export interface PassageFinder {
  find(words: readonly string[], options: Omit<FindOptions, 'visible'>): FoundHits;
  scan(filter: (passage: Passage) => boolean): Iterable<Passage>;
  scanSpeakers(keys: ReadonlySet<string>, filter: (passage: Passage) => boolean): Iterable<Passage>;
}

/** `index` as seen by one request: every search carries `visible`. */
export function finderFor(index: SearchIndex, visible: Visibility): PassageFinder {
  return {
    find: (words, options) => index.find(words, { ...options, visible }),
    scan: (filter) => index.scan(visible, filter),
    scanSpeakers: (keys, filter) => index.scanSpeakers(keys, visible, filter),
  };
}
