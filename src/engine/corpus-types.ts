/**
 * The contracts of the indexed corpus (`corpus.ts`): the files it holds, the progress and options
 * of a change, the store a database-backed corpus writes through, and what a snapshot restores.
 */
import type { Statement } from '../compare/statements.ts';
import type { Article, LoadResult, SkippedFile } from '../corpus/article.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { QuoteTables } from './corpus-quotes.ts';
import type { FileQuotes } from './file-quotes.ts';
import type { EngineOptions } from './options.ts';
import type { StoredStatements } from './statement-index.ts';

/** What loading one file produced, with the hash of the bytes it was loaded from. */
export interface FileContent {
  file: string;
  hash?: string;
  /** Size and modification time when it was read (`size:mtimeMs`): an unchanged stamp keeps the hash. */
  stamp?: string;
  load: LoadResult;
}

/** A file as indexed: its content, its articles' quotes and the ids of its passages. */
export interface IndexedFile extends FileContent {
  /** Quotes of each article, in article order (a store's read per article when asked for). */
  quotes: FileQuotes;
  /** Id of the first passage; the file's passages have consecutive ids. */
  firstId: number;
  passageCount: number;
}

export interface Progress {
  phase: 'quotes' | 'index' | 'statements';
  done: number;
  total: number;
}

export interface WorkOptions {
  /** Called between slices of work (default: a `setImmediate` turn, so queries can run). */
  pause?: () => Promise<void>;
  onProgress?: (progress: Progress) => void;
  /**
   * Leave the statements of the speakers this change touches to `settleStatements` (a build in
   * batches: regrouping a big speaker after every batch made a build grow with the square of the
   * archive). Until then they stay marked stale in the store, so a crash regroups them at start.
   */
  deferStatements?: boolean;
  /**
   * With `deferStatements`, on the last batch of a build: its speakers' statements are grouped in
   * worker threads while the batch is indexed and committed, and `settleStatements` takes them
   * (a number: only from that many quotes to group early; true: from `EARLY_FROM_QUOTES`).
   */
  groupEarly?: boolean | number;
}

/**
 * Where a corpus whose database is its snapshot (SQLite) writes each change as it is shown
 * (`src/store/sqlite-store.ts`). With a store, the index keeps no passages: it reads them from the
 * corpus (`SearchIndex.attach`), built on demand from the articles, whose texts the store reads.
 */
export interface CorpusStore {
  /** Reads over the stored quotes (by speaker, counts), so the heap keeps no list of every quote. */
  readonly tables?: QuoteTables;
  /**
   * Writes a change in one transaction before it is shown: `put` files replace `removed` ones
   * (the put files' articles may be swapped for ones whose texts are read on demand). Throws, with
   * nothing written, when the write fails; the corpus then keeps showing the old state.
   */
  commit(put: readonly IndexedFile[], removed: readonly IndexedFile[], nextId: number, options?: { paragraphsWritten?: boolean }): void;
  /** Writes articles' paragraph texts (passage ids from `firstId`) into the write open on the store; `commit` then gets `paragraphsWritten`. */
  writeParagraphs?(articles: readonly Article[], firstId: number): void;
  /**
   * The statements of these speakers, regrouped (`nextId`: above every id given). A failure leaves
   * them marked for regrouping at the next start.
   */
  saveStatements(
    keys: Iterable<string>,
    statementsOf: (key: string) => readonly Statement[],
    nextId: number,
    options?: { checkpoint?: boolean },
  ): void;
  /** Moves committed writes from a write-ahead log into the file (after saves with `checkpoint: false`). */
  checkpoint?(): void;
  /**
   * Opens one transaction for the many `saveStatements` of a build's final grouping (each then a
   * savepoint in it): committed once, each page the chunks change goes to the log once, not once
   * per chunk. `rollback` takes back every save since (the speakers stay marked stale). `quotes`:
   * how many quotes the saves will regroup.
   */
  beginSettle?(quotes: number): { commit(): void; rollback(): void };
  /** The statements it holds, read when needed (what a corpus forgets once saved is read back from here). */
  storedStatements?(): StoredStatements;
  saveExtraSkipped(skipped: readonly SkippedFile[]): void;
}

/** The engine options that shape corpus work (see `ENGINE_DEFAULTS`), and the store, if any. */
export type CorpusOptions = Pick<EngineOptions, 'index' | 'sliceMs' | 'removeSlice' | 'progressEvery'> & { store?: CorpusStore };

/** A corpus as read back from a snapshot: its index already restored. */
export interface RestoredCorpus {
  index: SearchIndex;
  files: IndexedFile[];
  statements: readonly Statement[];
  /** Statements left in a store, read per speaker when needed (instead of `statements`). */
  storedStatements?: StoredStatements;
  nextId: number;
  /** Speakers whose stored statements are out of date (regrouped now). */
  stale?: readonly string[];
  /** Loader problems not tied to one file. */
  skipped?: SkippedFile[];
}
