/** The store's bulk paragraph rows: what they write, and that they leave FTS5's pending terms in memory. */
import { describe, expect, it } from 'vitest';
import { openDatabase, prepare } from '../../src/search/sqlite/database.ts';
import { ParagraphRows } from '../../src/store/bulk-write.ts';
import { createTables } from '../../src/store/tables.ts';

function freshDb() {
  const { db } = openDatabase(undefined, true);
  createTables(db);
  return db;
}

const texts = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} number ${i}`);

describe('paragraph rows written in bulk', () => {
  it('write every row, replacing a row of the same id', () => {
    const db = freshDb();
    db.prepare('INSERT INTO paragraphs (id, text) VALUES (?, ?)').run(70, 'an older text');
    const rows = new ParagraphRows(db);
    texts(150, 'lantern').forEach((text, i) => rows.add(i, text));
    rows.add(400, 'a lone row');
    rows.flush();
    const stored = db.prepare<[], { id: number; text: string }>('SELECT id, text FROM paragraphs ORDER BY id').all();
    expect(stored).toHaveLength(151);
    expect(stored[70]).toEqual({ id: 70, text: 'lantern number 70' });
    expect(stored.at(-1)).toEqual({ id: 400, text: 'a lone row' });
  });

  it('do not make FTS5 write the terms it holds as a segment in the middle of a write', () => {
    const db = freshDb();
    const sql = prepare(db);
    const segmentRows = () => db.prepare('SELECT count(*) FROM fts_data').pluck().get() as number;
    db.exec('BEGIN');
    texts(100, 'harbour').forEach((text, i) => sql.insert.run(i, text, ''));
    const before = segmentRows();
    const rows = new ParagraphRows(db);
    texts(200, 'harbour').forEach((text, i) => rows.add(i, text));
    rows.flush();
    expect(segmentRows()).toBe(before);
    db.exec('COMMIT');
    expect(segmentRows()).toBeGreaterThan(before);
  });
});
