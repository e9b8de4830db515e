/** Helpers for the store's large writes: paragraphs many rows to a statement, a larger page cache while a change is written. */
import type Database from 'better-sqlite3';
import type { Statement } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import type { IndexedFile } from '../engine/corpus.ts';
import { rowOfStored, type QuoteRow } from './quote-rows.ts';
import { soleAt, type StatementRow } from './quote-tables.ts';
import { StoredQuote } from './stored-article.ts';
import { QUOTE_SPEAKERS_AT } from './tables.ts';
import { openWrite, type OpenWrite } from '../search/sqlite/write.ts';

/** Paragraph rows per statement (two parameters each, well under SQLite's limit of 32,766). */
const ROWS = 64;

/**
 * Collects `(id, text)` rows and writes them `ROWS` at a time; `flush` writes the rest (call it before
 * the transaction ends). A row replaces any row of its id, as `INSERT OR REPLACE` would.
 *
 * A statement that writes several rows and could stop half-way (`INSERT OR REPLACE … VALUES (…), (…)`:
 * a NOT NULL column) opens a statement savepoint, and at every savepoint FTS5 writes the terms it
 * holds in memory as a new segment (`fts5SavepointMethod`): a build's rows, written between batches
 * of FTS5 rows, cut the index into hundreds of small segments that FTS5 then merged again. So the
 * rows go in with `INSERT OR IGNORE` (which never stops half-way: no savepoint), after the range of
 * ids they cover is emptied (one `DELETE`, a no-op on new ids).
 */
export class ParagraphRows {
  private readonly many: Database.Statement<unknown[]>;
  private readonly one: Database.Statement<[number, string]>;
  private readonly clear: Database.Statement<[number, number]>;
  private readonly pending: Array<number | string> = [];

  constructor(db: Database.Database) {
    const values = Array.from({ length: ROWS }, () => '(?, ?)').join(', ');
    this.many = db.prepare(`INSERT OR IGNORE INTO paragraphs (id, text) VALUES ${values}`);
    this.one = db.prepare('INSERT OR REPLACE INTO paragraphs (id, text) VALUES (?, ?)');
    this.clear = db.prepare('DELETE FROM paragraphs WHERE id >= ? AND id <= ?');
  }

  add(id: number, text: string): void {
    const last = this.pending.length ? (this.pending[this.pending.length - 2] as number) : id - 1;
    if (id !== last + 1) this.flush(); // The ids of a block are consecutive: its range holds exactly them.
    this.pending.push(id, text);
    if (this.pending.length < ROWS * 2) return;
    this.clear.run(this.pending[0] as number, id);
    this.many.run(this.pending);
    this.pending.length = 0;
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

/** A file's row in `files` (`insertFile`'s values). */
export function fileRow(f: IndexedFile): [string, string | null, string | null, number, number, string, string] {
  return [
    f.file,
    f.hash ?? null,
    f.stamp ?? null,
    f.firstId,
    f.passageCount,
    JSON.stringify(f.load.skipped),
    JSON.stringify(f.load.warnings),
  ];
}

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
    insertArticle: db.prepare('INSERT INTO articles (file, first_id, paragraphs, quote_count, meta, quoted) VALUES (?, ?, ?, ?, ?, ?)'),
    insertRow: db.prepare('INSERT INTO article_rows (seq, details, quotes, quote_texts) VALUES (?, ?, ?, ?)'),
    count: db.prepare('UPDATE speakers SET quotes = quotes + ? WHERE id = ?'),
    insertQuoteSpeaker: db.prepare('INSERT INTO quote_speakers (speaker, seq, idx, later) VALUES (?, ?, ?, ?)'),
    stale: db.prepare('INSERT OR IGNORE INTO stale (speaker) VALUES (?)'),
  };
}

/** The paragraph texts of these articles (passage ids from `firstId`), in the caller's transaction. */
export function writeParagraphs(db: Database.Database, articles: readonly Article[], firstId: number): void {
  const paragraphs = new ParagraphRows(db);
  let id = firstId;
  for (const article of articles) for (const text of article.paragraphs) paragraphs.add(id++, text);
  paragraphs.flush();
}

/**
 * Rewrites these speakers' statements in one transaction (`SqliteStore.saveStatements`): their
 * rows, each stored member quote's statement in `quote_speakers`, and the next statement id.
 */
export function writeStatements(
  db: Database.Database,
  keys: Iterable<string>,
  statementsOf: (key: string) => readonly Statement[],
  nextId: number,
): void {
  const { drop, fresh, insert, holds, holdsOf, nextStatement } = statementStatements(db);
  db.transaction(() => {
    for (const key of keys) {
      drop.run(key);
      fresh.run(key);
      statementsOf(key).forEach((s, pos) => {
        const members: Array<[number, number, QuoteRow]> = [];
        // A statement of one member is written as -2 - pos (`soleAt`): readers know it is alone without reading its row.
        const at = s.members.length > 1 ? pos : soleAt(pos);
        for (const m of s.members) {
          const q = m.quote;
          if (!(q instanceof StoredQuote)) continue;
          members.push([q.storedAt[0], q.storedAt[1], rowOfStored(q)]);
          // By the primary key when the quote's speaker row is known (one B-tree probe, not the index's then the table's).
          if (q.speakerId >= 0) holds.run(at, q.speakerId, q.storedAt[0], q.storedAt[1]);
          else holdsOf.run(at, q.storedAt[0], q.storedAt[1]);
        }
        insert.run(key, pos, JSON.stringify([s.id, s.confidence, s.outlets, members] satisfies StatementRow));
      });
    }
    nextStatement.run(String(nextId));
  })();
}

const STATEMENT_STATEMENTS = new WeakMap<Database.Database, ReturnType<typeof prepareStatements>>();

/** The statements `writeStatements` runs, prepared once per database (a build saves in dozens of chunks). */
function statementStatements(db: Database.Database): ReturnType<typeof prepareStatements> {
  let statements = STATEMENT_STATEMENTS.get(db);
  if (!statements) STATEMENT_STATEMENTS.set(db, (statements = prepareStatements(db)));
  return statements;
}

function prepareStatements(db: Database.Database) {
  return {
    drop: db.prepare('DELETE FROM statements WHERE speaker = ?'),
    fresh: db.prepare('DELETE FROM stale WHERE speaker = ?'),
    insert: db.prepare('INSERT INTO statements (speaker, pos, row) VALUES (?, ?, ?)'),
    /** A quote's statement, by the primary key (speaker row, article row, position). */
    holds: db.prepare('UPDATE quote_speakers SET statement = ? WHERE speaker = ? AND seq = ? AND idx = ?'),
    /** The same without the speaker row (through the `quote_speakers_at` index). */
    holdsOf: db.prepare('UPDATE quote_speakers SET statement = ? WHERE seq = ? AND idx = ?'),
    nextStatement: db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('statement_next_id', ?)"),
  };
}

/**
 * Share of the stored quotes from which a final grouping regroups enough of them to drop
 * `quote_speakers_at` and make it again (`openSettle`): at 37k articles making it is 0.1 s of CPU
 * for 457k rows, updating it in place about 0.7 s for 454k of them.
 */
const REBUILD_SHARE = 0.25;

/**
 * The transaction of a build's final grouping (`SqliteStore.beginSettle`). When it regroups at
 * least `REBUILD_SHARE` of the stored quotes (`regroup.stored`: each speaker's count),
 * `quote_speakers_at` is dropped in it and made again before the commit (one sort, instead of each
 * quote's statement update moving an entry of it). Other connections never see the table without
 * it (the drop and the making are in the one transaction); this connection reads the table without
 * it until the commit, and a rollback (a refused commit too) brings it back.
 */
export function openSettle(db: Database.Database, restore: () => void, regroup: { quotes: number; stored: readonly number[] }): OpenWrite {
  const write = openWrite(db, restore);
  const stored = regroup.stored.reduce((n, c) => n + (c ?? 0), 0);
  if (regroup.quotes < stored * REBUILD_SHARE) return write;
  db.exec('DROP INDEX IF EXISTS quote_speakers_at');
  return {
    ...write,
    commit: () => {
      if (!write.isOpen()) return;
      try {
        db.exec(QUOTE_SPEAKERS_AT);
      } catch (error) {
        write.rollback();
        throw error;
      }
      write.commit();
    },
  };
}
