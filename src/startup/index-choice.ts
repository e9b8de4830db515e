/**
 * Start-up's choice of index engine (`SEARCH_ENGINE`), and the memory check before a build.
 *
 * `auto` picks MiniSearch (everything in the heap, the fastest answers on small and medium corpora)
 * up to `AUTO_MINISEARCH_MAX_BYTES` of corpus text, and SQLite FTS5 above it. The corpus text is
 * estimated from the files' sizes before anything is loaded (a compressed file counts
 * `GZIP_RATIO` times its size), so the choice is made before the snapshot is opened.
 *
 * The memory check compares what the build will hold in the heap with V8's heap limit and refuses
 * with a sentence saying what to do, instead of letting V8 abort with "heap out of memory" minutes
 * into the build.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { ConfigError } from '../config/index.ts';
import { MiniSearchIndex } from '../search/minisearch/minisearch-index.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { SqliteIndex } from '../search/sqlite/sqlite-index.ts';

export type SearchEngineSetting = 'minisearch' | 'sqlite' | 'auto';

/**
 * Corpus text above which `auto` picks SQLite: 64 MB, a few thousand articles. MiniSearch on
 * news-37k (≈ 250 MB of text) served from 2 GB and cold-started in 17 s, far over the 37k targets
 * (400 MB, 1 s); at a quarter of that its memory and start-up are still those of a small bot.
 */
export const AUTO_MINISEARCH_MAX_BYTES = 64 * 2 ** 20;
/** Uncompressed bytes per byte of a `.gz` corpus file (news-37k: 89 MB compressed, ≈ 260 MB of JSON lines). */
const GZIP_RATIO = 3;
/**
 * Heap bytes a build needs per byte of estimated corpus text, at its peak. Measured on news-37k
 * (≈ 255 MB estimated): MiniSearch held 3.0 GB after its build (a full GC) and peaked at 4.4 GB
 * while the old snapshot writer ran; with 15, its build on Node's default 4 GB heap is refused with
 * the advice below rather than risked. SQLite (articles, passages and quotes in the heap, the index
 * not): 2.9 GB peak resident with the quote workers, 1.5 GB serving.
 */
const HEAP_PER_TEXT_BYTE: Record<'minisearch' | 'sqlite', number> = { minisearch: 15, sqlite: 8 };

export interface IndexChoice {
  engine: 'minisearch' | 'sqlite';
  /** Why, for the start-up log line. */
  why: string;
  /** A new, empty index of that engine. */
  make: () => SearchIndex;
  /** The database file, for SQLite kept on disk. */
  sqlitePath?: string;
}

/** Estimated corpus text from the files' sizes. */
export async function corpusBytes(dir: string, files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    try {
      const { size } = await stat(join(dir, file));
      total += file.endsWith('.gz') ? size * GZIP_RATIO : size;
    } catch {
      // A file that vanished is reported by the loader.
    }
  }
  return total;
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

export function chooseIndex(setting: SearchEngineSetting, bytes: number, sqlitePath: string | undefined): IndexChoice {
  const engine = setting !== 'auto' ? setting : bytes > AUTO_MINISEARCH_MAX_BYTES ? 'sqlite' : 'minisearch';
  const why =
    setting !== 'auto'
      ? `SEARCH_ENGINE=${setting}`
      : `auto: corpus ≈ ${mb(bytes)} of text, ${engine === 'sqlite' ? 'above' : 'within'} MiniSearch's ${mb(AUTO_MINISEARCH_MAX_BYTES)}`;
  if (engine === 'minisearch') return { engine, why, make: () => new MiniSearchIndex() };
  return { engine, why, make: () => new SqliteIndex(sqlitePath ? { path: sqlitePath } : {}), ...(sqlitePath ? { sqlitePath } : {}) };
}

/** Throws a `ConfigError` saying what to do when building `bytes` of text on `engine` would exhaust the heap. */
export function checkHeapFor(engine: 'minisearch' | 'sqlite', bytes: number, limit = getHeapStatistics().heap_size_limit): void {
  const needed = bytes * HEAP_PER_TEXT_BYTE[engine];
  if (needed <= limit * 0.8) return;
  const advice =
    engine === 'minisearch'
      ? `set SEARCH_ENGINE=sqlite (or auto), which keeps the index on disk, or give Node more heap: NODE_OPTIONS=--max-old-space-size=${Math.ceil((needed * 1.2) / 2 ** 20)}`
      : `give Node more heap (NODE_OPTIONS=--max-old-space-size=${Math.ceil((needed * 1.2) / 2 ** 20)}) or split the corpus`;
  throw new ConfigError([
    `the corpus (≈ ${mb(bytes)} of text) needs about ${mb(needed)} of memory to index with ${engine}, and this process may use ${mb(limit)}: ${advice}.`,
  ]);
}
