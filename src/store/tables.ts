/** The SQLite store's tables (see `sqlite-store.ts`); bump `STORE_VERSION` there when they change. */
export const TABLES = `
  CREATE TABLE IF NOT EXISTS files (
    file TEXT PRIMARY KEY, hash TEXT, stamp TEXT, first_id INTEGER NOT NULL, passages INTEGER NOT NULL,
    skipped TEXT NOT NULL, warnings TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS articles (
    -- Never given twice (AUTOINCREMENT): caches and stored statements refer to articles by row.
    seq INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL, first_id INTEGER NOT NULL, paragraphs INTEGER NOT NULL,
    quote_count INTEGER NOT NULL, meta TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS article_rows (seq INTEGER PRIMARY KEY, details TEXT NOT NULL, quotes TEXT NOT NULL, quote_texts TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS articles_file ON articles (file);
  CREATE TABLE IF NOT EXISTS quote_speakers (
    speaker INTEGER NOT NULL, seq INTEGER NOT NULL, idx INTEGER NOT NULL,
    -- The position of the quote's statement among its speaker's (-1: none yet).
    statement INTEGER NOT NULL DEFAULT -1, PRIMARY KEY (speaker, seq, idx)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS quote_speakers_at ON quote_speakers (seq, idx, statement);
  CREATE TABLE IF NOT EXISTS paragraphs (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, quotes INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX IF NOT EXISTS speakers_key ON speakers (key);
  CREATE TABLE IF NOT EXISTS statements (speaker TEXT NOT NULL, pos INTEGER NOT NULL, row TEXT NOT NULL, PRIMARY KEY (speaker, pos)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS stale (speaker TEXT PRIMARY KEY);
`;
