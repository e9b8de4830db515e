/** Helpers for the store's large writes: paragraphs many rows to a statement, a larger page cache while a change is written. */
import type Database from 'better-sqlite3';

/** Paragraph rows per statement (two parameters each, well under SQLite's limit of 32,766). */
const ROWS = 64;

/** Collects `(id, text)` rows and writes them `ROWS` at a time; `flush` writes the rest (call it before the transaction ends). */
export class ParagraphRows {
  private readonly many: Database.Statement<unknown[]>;
  private readonly one: Database.Statement<[number, string]>;
  private readonly pending: Array<number | string> = [];

  constructor(db: Database.Database) {
    const values = Array.from({ length: ROWS }, () => '(?, ?)').join(', ');
    this.many = db.prepare(`INSERT OR REPLACE INTO paragraphs (id, text) VALUES ${values}`);
    this.one = db.prepare('INSERT OR REPLACE INTO paragraphs (id, text) VALUES (?, ?)');
  }

  add(id: number, text: string): void {
    this.pending.push(id, text);
    if (this.pending.length === ROWS * 2) {
      this.many.run(this.pending);
      this.pending.length = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.pending.length; i += 2) this.one.run(this.pending[i] as number, this.pending[i + 1] as string);
    this.pending.length = 0;
  }
}

/** Page cache while a change is written, in KiB. */
const COMMIT_CACHE_KIB = 256 * 1024;

/**
 * Runs `write` (a transaction) with a page cache of at least `COMMIT_CACHE_KIB`, then puts the
 * cache size back: a build's change is hundreds of MB of rows, and a small cache spills pages to
 * the log and reads them back.
 */
export function withLargeCache(db: Database.Database, write: () => void): void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-Math.max(COMMIT_CACHE_KIB, cache < 0 ? -cache : 0)}`);
  try {
    write();
  } finally {
    db.pragma(`cache_size = ${cache}`);
  }
}

const COMMIT_STATEMENTS = new WeakMap<Database.Database, ReturnType<typeof prepareCommit>>();

/** The statements `SqliteStore.commit` runs, prepared once per database. */
export function commitStatements(db: Database.Database): ReturnType<typeof prepareCommit> {
  let statements = COMMIT_STATEMENTS.get(db);
  if (!statements) COMMIT_STATEMENTS.set(db, (statements = prepareCommit(db)));
  return statements;
}

function prepareCommit(db: Database.Database) {
  return {
    insertSpeaker: db.prepare('INSERT INTO speakers (id, kind, key, name) VALUES (?, ?, ?, ?)'),
    insertFile: db.prepare(
      'INSERT OR REPLACE INTO files (file, hash, stamp, first_id, passages, skipped, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertArticle: db.prepare('INSERT INTO articles (file, first_id, paragraphs, quote_count, meta) VALUES (?, ?, ?, ?, ?)'),
    insertRow: db.prepare('INSERT INTO article_rows (seq, details, quotes, quote_texts) VALUES (?, ?, ?, ?)'),
    count: db.prepare('UPDATE speakers SET quotes = quotes + ? WHERE id = ?'),
    insertQuoteSpeaker: db.prepare('INSERT INTO quote_speakers (speaker, seq, idx) VALUES (?, ?, ?)'),
    stale: db.prepare('INSERT OR IGNORE INTO stale (speaker) VALUES (?)'),
  };
}
