/** The single-row reads `SqliteStore` makes for queries, prepared once per store (preparing costs more than the read itself). */
import type Database from 'better-sqlite3';

export function prepareStoreReads(db: Database.Database) {
  return {
    paragraphs: db.prepare<[number, number], string>('SELECT text FROM paragraphs WHERE id >= ? AND id < ? ORDER BY id').pluck(),
    paragraph: db.prepare<[number], string>('SELECT text FROM paragraphs WHERE id = ?').pluck(),
    quoteTexts: db.prepare<[number], string>('SELECT quote_texts FROM article_rows WHERE seq = ?').pluck(),
    quotes: db.prepare<[number], string>('SELECT quotes FROM article_rows WHERE seq = ?').pluck(),
    details: db.prepare<[number], string>('SELECT details FROM article_rows WHERE seq = ?').pluck(),
    statements: db.prepare<[string], string>('SELECT row FROM statements WHERE speaker = ? ORDER BY pos').pluck(),
    statementRow: db.prepare<[string, number], string>('SELECT row FROM statements WHERE speaker = ? AND pos = ?').pluck(),
  };
}

export type StoreReads = ReturnType<typeof prepareStoreReads>;
