/**
 * The SQLite store's tables (see `sqlite-store.ts`; bump `STORE_VERSION` there when they change):
 *
 *   files        per corpus file: its fingerprint (SHA-1, size and time), first passage id, loader problems, and
 *                its articles' rows as columns (`article-columns.ts`: what start-up reads; NULL when the file's
 *                row is written again; added to older databases by `createTables`)
 *   articles     what start-up reads, a narrow row per article: file, first passage id, paragraph and quotation counts,
 *                metadata (JSON; headline, URL, byline apart), which paragraphs hold a quote (`quoted-paragraphs.ts`)
 *   article_rows the rest, read per article when reached: headline, URL, byline (JSON), quotes (compact JSON
 *                behind a table of where each quote's row is, quote-column.ts), their words (like the paragraphs)
 *   quote_speakers  speaker id → (article row, quote position, its statement, whether it is a later part of a
 *                quotation running over paragraphs: listed, not counted, `countsAsQuotation`): a speaker's quotes
 *                without reading every quote
 *   paragraphs   one row per passage id: the texts, read on demand (never all at start)
 *   speakers     one row per speaker (quotes refer to them by id) with its number of quotations and its key's rank in
 *                collation order (`speaker-ranks.ts`; added to older databases by `migrate`)
 *   statements   statement groups, one row per statement (by speaker and position), members as (article row, quote
 *                position, the quote's row); `quote_speakers.statement` says which holds a quote; the index of
 *                position 0 lists the keys without reading the rows (created in place in older databases)
 *   stale        speakers whose statements were not yet rewritten after a change (regrouped at start)
 */
import type Database from 'better-sqlite3';

/** The index of quotes by article row and position, with their statement (dropped and made again around a build's final grouping: `openSettle`). */
export const QUOTE_SPEAKERS_AT = 'CREATE INDEX IF NOT EXISTS quote_speakers_at ON quote_speakers (seq, idx, statement)';

export const TABLES = `
  CREATE TABLE IF NOT EXISTS files (
    file TEXT PRIMARY KEY, hash TEXT, stamp TEXT, first_id INTEGER NOT NULL, passages INTEGER NOT NULL,
    skipped TEXT NOT NULL, warnings TEXT NOT NULL, articles TEXT
  );
  CREATE TABLE IF NOT EXISTS articles (
    -- Never given twice (AUTOINCREMENT): caches and stored statements refer to articles by row.
    seq INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL, first_id INTEGER NOT NULL, paragraphs INTEGER NOT NULL,
    quote_count INTEGER NOT NULL, meta TEXT NOT NULL,
    -- Which paragraphs hold a quote, one digit each (quoted-paragraphs.ts): what a search's filter reads, not the quotes.
    quoted TEXT NOT NULL DEFAULT ''
  );
  CREATE TABLE IF NOT EXISTS article_rows (seq INTEGER PRIMARY KEY, details TEXT NOT NULL, quotes TEXT NOT NULL, quote_texts TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS articles_file ON articles (file);
  CREATE TABLE IF NOT EXISTS quote_speakers (
    speaker INTEGER NOT NULL, seq INTEGER NOT NULL, idx INTEGER NOT NULL,
    -- The position of the quote's statement among its speaker's (-1: none yet).
    statement INTEGER NOT NULL DEFAULT -1,
    -- 1: a later part of a quotation running over paragraphs (listed under its speaker, not counted).
    later INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (speaker, seq, idx)
  ) WITHOUT ROWID;
  ${QUOTE_SPEAKERS_AT};
  CREATE TABLE IF NOT EXISTS paragraphs (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, quotes INTEGER NOT NULL DEFAULT 0,
    rank REAL
  );
  CREATE INDEX IF NOT EXISTS speakers_key ON speakers (key);
  CREATE TABLE IF NOT EXISTS statements (speaker TEXT NOT NULL, pos INTEGER NOT NULL, row TEXT NOT NULL, PRIMARY KEY (speaker, pos)) WITHOUT ROWID;
  -- The keys statements are stored under, without reading their (large) rows: a unit's are at positions 0, 1, ….
  CREATE INDEX IF NOT EXISTS statements_first ON statements (speaker) WHERE pos = 0;
  CREATE TABLE IF NOT EXISTS stale (speaker TEXT PRIMARY KEY);
`;

/** Creates the tables; columns added since store version 5 are added in place to a database without them (no rebuild). */
export function createTables(db: Database.Database): void {
  db.exec(TABLES);
  const has = (table: string, column: string) =>
    db
      .prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
      .all()
      .some((c) => c.name === column);
  if (!has('speakers', 'rank')) db.exec('ALTER TABLE speakers ADD COLUMN rank REAL');
  if (!has('files', 'articles')) db.exec('ALTER TABLE files ADD COLUMN articles TEXT');
}
