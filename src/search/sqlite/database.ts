/**
 * The SQLite side of the index: opening the file (WAL, so readers never wait for a writer), the
 * schema and its version, and the prepared statements. The only code besides `sqlite-index.ts`
 * that imports better-sqlite3.
 *
 * Passages are indexed in a contentless FTS5 table (`content=''`, deletable): the text itself lives
 * with the passages, and FTS5 keeps only what it needs to match and rank (terms, positions, column
 * sizes). Terms are this project's own (`processTerm`), written space-separated, so the tokenizer
 * only splits on spaces; `remove_diacritics 2` folds anything a query spells differently.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Bump when the tables change: a database of another version is rebuilt. */
export const SCHEMA_VERSION = 3;

export type Db = Database.Database;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    text, speakers,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-''’'"
  );
  CREATE TABLE IF NOT EXISTS lengths (id INTEGER PRIMARY KEY, text INTEGER NOT NULL, speakers INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, length INTEGER NOT NULL) WITHOUT ROWID;
  CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(fts, 'row');
  CREATE VIRTUAL TABLE IF NOT EXISTS vocab_col USING fts5vocab(fts, 'col');
`;

/**
 * Opens (creating) the database at `path` (`:memory:` when unset). With `fresh`, or when the file
 * is unreadable or of another schema version, it starts empty; `reason` then says why, for a log line.
 */
export function openDatabase(path: string | undefined, fresh: boolean, image?: Buffer): { db: Db; reason?: string } {
  if (!path) return { db: create(new Database(image ?? ':memory:')) };
  mkdirSync(dirname(path), { recursive: true });
  // No file yet (or an empty one): a new database, nothing to report.
  if (!fresh && (!existsSync(path) || statSync(path).size === 0)) return { db: create(tune(new Database(path))) };
  let reason: string | undefined = fresh ? 'a new index' : undefined;
  if (!fresh) {
    try {
      const db = new Database(path);
      const version = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() as string | undefined;
      // No `PRAGMA quick_check` here: it reads every page (6 s on news-37k's database), and start-up
      // must stay well under a second. A damaged header or schema fails the read above; damage
      // deeper in the file fails the query that reaches it (an error answer, never a crash).
      if (version === String(SCHEMA_VERSION)) return { db: tune(db) };
      reason = `the database is of schema version ${String(version)}, expected ${SCHEMA_VERSION}`;
      db.close();
    } catch (error) {
      reason = `the database cannot be read (${(error as Error).message})`;
    }
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  return { db: create(tune(new Database(path))), reason };
}

function tune(db: Db): Db {
  db.pragma('journal_mode = WAL');
  // WAL with NORMAL: a commit is durable at the next checkpoint, and the file is never corrupted by
  // a crash; a crash may lose the last commits, which the next start re-indexes from the corpus.
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32768');
  return db;
}

/**
 * FTS5 keeps a write's new terms in memory up to this many bytes before writing them as a segment
 * (default 1 MB: a build of 150 MB of terms wrote hundreds of segments, then merged them again).
 */
const FTS_HASH_BYTES = 64 * 1024 * 1024;

function create(db: Db): Db {
  db.exec(SCHEMA);
  db.exec(`INSERT INTO fts (fts, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(SCHEMA_VERSION));
  return db;
}

export interface Statements {
  /** Matching passage ids, newest (highest id) first: FTS5 walks its index in rowid order, scoring nothing. */
  matches: Database.Statement<[string], number>;
  insert: Database.Statement<[number, string, string]>;
  remove: Database.Statement<[number]>;
  /** Distinct terms per field of each passage (an index whose passages live in the store). */
  insertLengths: Database.Statement<[number, number, number]>;
  lengthsOf: Database.Statement<[number], { text: number; speakers: number } | undefined>;
  removeLengths: Database.Statement<[number]>;
  getMeta: Database.Statement<[string], string | undefined>;
  setMeta: Database.Statement<[string, string]>;
  docCount: Database.Statement<[string], { col: string; doc: number }>;
  termsFrom: Database.Statement<[string, string, number], string>;
  termsOfLength: Database.Statement<[string, string, number, number], string>;
  /** Every term ever indexed (typo candidates: a plain table, where fts5vocab counts documents for each row it reads). */
  insertTerm: Database.Statement<[string, number]>;
}

export function prepare(db: Db): Statements {
  return {
    matches: db.prepare<[string], number>('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC').pluck(),
    insert: db.prepare('INSERT INTO fts (rowid, text, speakers) VALUES (?, ?, ?)'),
    remove: db.prepare('DELETE FROM fts WHERE rowid = ?'),
    insertLengths: db.prepare('INSERT OR REPLACE INTO lengths (id, text, speakers) VALUES (?, ?, ?)'),
    lengthsOf: db.prepare<[number], { text: number; speakers: number } | undefined>('SELECT text, speakers FROM lengths WHERE id = ?'),
    removeLengths: db.prepare('DELETE FROM lengths WHERE id = ?'),
    getMeta: db.prepare<[string], string | undefined>('SELECT value FROM meta WHERE key = ?').pluck(),
    setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    docCount: db.prepare<[string], { col: string; doc: number }>('SELECT col, doc FROM vocab_col WHERE term = ?'),
    // Terms in [from, to), most frequent first (prefix expansion; typo candidates by first letter).
    termsFrom: db
      .prepare<[string, string, number], string>('SELECT term FROM vocab WHERE term >= ? AND term < ? ORDER BY doc DESC LIMIT ?')
      .pluck(),
    termsOfLength: db
      .prepare<[string, string, number, number], string>('SELECT term FROM terms WHERE term >= ? AND term < ? AND length BETWEEN ? AND ?')
      .pluck(),
    insertTerm: db.prepare('INSERT OR IGNORE INTO terms (term, length) VALUES (?, ?)'),
  };
}
