/**
 * The engine's knobs, in one place, with their defaults. Everything is optional: pass only what
 * differs from `ENGINE_DEFAULTS`. The index engine's own knobs (boosts, prefix and typo matching)
 * belong to its folder (e.g. `src/search/minisearch/options.ts`); pick and tune it with `index`.
 *
 * @example
 * // A test clock, five excerpts per outlet, and a MiniSearch index with stricter typo matching:
 * new Engine(load, {
 *   clock: () => Date.parse('2030-01-01T09:00:00Z'),
 *   perOutlet: 5,
 *   index: () => new MiniSearchIndex({ fuzzyFrom: 8 }),
 * });
 */
import { MiniSearchIndex } from '../search/minisearch/minisearch-index.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { SqliteIndex } from '../search/sqlite/sqlite-index.ts';

export interface EngineOptions {
  /** Milliseconds since the epoch: the instant each request is answered for (embargoes). */
  clock?: () => number;
  /** A new, empty passage index (the index engine and its knobs). */
  index?: () => SearchIndex;
  /** Excerpts shown per outlet when the request does not say. */
  perOutlet?: number;
  /** Characters of an excerpt, cut around what matched. */
  excerptLength?: number;
  /** Statements shown by `/compare` and `/who`; the rest are counted in a note. */
  maxStatements?: number;
  /** Cross-outlet statements shown under a `/quote` answer. */
  maxStatementsInQuote?: number;
  /** Corpus work (indexing, removing) runs this long before yielding, so a query waits at most about this much. */
  sliceMs?: number;
  /** Passages taken out of the index per step when a file is removed or replaced. */
  removeSlice?: number;
  /** Items (articles, passages) between two progress reports. */
  progressEvery?: number;
}

export type EngineSettings = Required<EngineOptions>;

/** The index engines by name (`npm run bench -- --engines`, snapshots' `index` field): each a new, empty index. */
export const INDEX_ENGINES: Readonly<Record<string, () => SearchIndex>> = {
  minisearch: () => new MiniSearchIndex(),
  sqlite: () => new SqliteIndex(),
};
const defaultIndex = (): SearchIndex => new MiniSearchIndex();

export const ENGINE_DEFAULTS: EngineSettings = {
  clock: Date.now,
  index: defaultIndex,
  perOutlet: 3,
  excerptLength: 320,
  maxStatements: 10,
  maxStatementsInQuote: 3,
  sliceMs: 15,
  removeSlice: 500,
  progressEvery: 1000,
};

/** `options` over the defaults (an `undefined` value keeps the default). */
export function engineSettings(options: EngineOptions = {}): EngineSettings {
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...ENGINE_DEFAULTS, ...set };
}
