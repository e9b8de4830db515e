/** The reads `SqliteStore` makes for queries (one row each, but `…OfRows`), prepared once per store (preparing costs more than the read itself). */
import type Database from 'better-sqlite3';

export function prepareStoreReads(db: Database.Database) {
  /** A column of many `article_rows` in one read, in row order (one statement run, not one per row): the rows as a JSON array. */
  const ofRows = (column: 'quotes' | 'details') => {
    const read = db
      .prepare<[string], [number, string]>(`SELECT seq, ${column} FROM article_rows WHERE seq IN (SELECT value FROM json_each(?))`)
      .raw(true);
    return (seqs: readonly number[]) => read.iterate(JSON.stringify(seqs));
  };
  return {
    paragraphs: db.prepare<[number, number], string>('SELECT text FROM paragraphs WHERE id >= ? AND id < ? ORDER BY id').pluck(),
    paragraph: db.prepare<[number], string>('SELECT text FROM paragraphs WHERE id = ?').pluck(),
    quoteTexts: db.prepare<[number], string>('SELECT quote_texts FROM article_rows WHERE seq = ?').pluck(),
    quotes: db.prepare<[number], string>('SELECT quotes FROM article_rows WHERE seq = ?').pluck(),
    /** `QuoteShelf.readAhead`'s read. */
    quotesOfRows: ofRows('quotes'),
    details: db.prepare<[number], string>('SELECT details FROM article_rows WHERE seq = ?').pluck(),
    /** `SqliteStore.readDetails`' read. */
    detailsOfRows: ofRows('details'),
    statements: db.prepare<[string], string>('SELECT row FROM statements WHERE speaker = ? ORDER BY pos').pluck(),
    statementRow: db.prepare<[string, number], string>('SELECT row FROM statements WHERE speaker = ? AND pos = ?').pluck(),
  };
}

export type StoreReads = ReturnType<typeof prepareStoreReads>;
