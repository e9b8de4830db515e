/** The SQLite index's write helpers: rows, the `terms` table, and a write open across several puts. */
import type { IndexedField } from '../terms.ts';
import type { Db, Statements } from './database.ts';

/** One FTS5 row: a passage's two fields as indexed. */
export type Row = { id: number; text: IndexedField; speakers: IndexedField };
export const NO_FIELD: IndexedField = { text: '', distinct: 0 };

/** Terms remembered as written (about 20 MB of strings at most). */
const MAX_KNOWN_TERMS = 300_000;

/** Terms known to be in the `terms` table (so a build writes each once); bounded, cleared when full. */
export class KnownTerms {
  private readonly known = new Set<string>();

  /** Writes the terms not yet known (inside the caller's transaction). */
  write(sql: Statements, vocabulary: Iterable<string>): void {
    for (const term of vocabulary) {
      if (this.known.has(term)) continue;
      if (this.known.size >= MAX_KNOWN_TERMS) this.known.clear();
      this.known.add(term);
      sql.insertTerm.run(term, term.length);
    }
  }

  /** After a write that failed: some may not have been written. */
  clear(): void {
    this.known.clear();
  }
}

/** A transaction left open across several writes (each a savepoint in it), until `commit` or `rollback`. */
export interface OpenWrite {
  /** Makes every write since `beginWrite` durable; throws (having rolled back) when the database refuses. */
  commit(): void;
  /** Takes back every write since `beginWrite` (needs no space: a full disk cannot stop it). Harmless when already settled. */
  rollback(): void;
  /** True until committed or rolled back. */
  isOpen(): boolean;
}

/** Page cache while a write is open, in KiB (a build's transaction writes hundreds of MB: a small cache spills pages to the log and reads them back). */
const BULK_CACHE_KIB = 256 * 1024;

/** The write `openWrite` opened last on each database. */
const OPEN = new WeakMap<Db, OpenWrite>();

/** Opens a transaction on `db`; `restore` puts back what the index remembers of the rows written since, on rollback. */
export function openWrite(db: Db, restore: () => void): OpenWrite {
  if (db.inTransaction) throw new Error('a write is already open on the index');
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.exec('BEGIN');
  db.pragma(`cache_size = ${-Math.max(BULK_CACHE_KIB, cache < 0 ? -cache : 0)}`);
  let open = true;
  const settled = () => {
    open = false;
    db.pragma(`cache_size = ${cache}`);
  };
  const rollback = () => {
    if (!open) return;
    settled();
    // SQLite rolls back by itself on some errors (SQLITE_FULL among them).
    if (db.inTransaction) db.exec('ROLLBACK');
    restore();
  };
  const write: OpenWrite = {
    commit: () => {
      if (!open) return;
      try {
        db.exec('COMMIT');
        settled();
      } catch (error) {
        rollback();
        throw error;
      }
    },
    rollback,
    isOpen: () => open,
  };
  OPEN.set(db, write);
  return write;
}

/**
 * Runs `body` in a transaction of its own, or straight inside the write `openWrite` left open on `db`:
 * no savepoint there, since FTS5 writes a segment at each one (a build's hundreds of small segments
 * were merged again), and whoever opened the write rolls all of it back on any failure.
 */
export function transact(db: Db, body: () => void): void {
  if (OPEN.get(db)?.isOpen()) body();
  else db.transaction(body)();
}
