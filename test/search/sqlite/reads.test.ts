import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/search/sqlite/database.ts';
import { readTogether } from '../../../src/search/sqlite/reads.ts';

describe('readTogether', () => {
  it('runs a search inside one transaction, or inside the one already open, and gives back its result', () => {
    const { db } = openDatabase(undefined, true);
    expect(readTogether(db, () => db.inTransaction)).toBe(true);
    expect(db.inTransaction).toBe(false);
    db.prepare('BEGIN').run();
    db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'written')").run();
    expect(readTogether(db, () => db.prepare("SELECT value FROM meta WHERE key = 'k'").pluck().get())).toBe('written');
    expect(db.inTransaction).toBe(true);
    db.prepare('ROLLBACK').run();
    expect(() => readTogether(db, () => db.prepare('SELECT nothing FROM nowhere').get())).toThrow();
    expect(db.inTransaction).toBe(false);
    db.close();
  });
});
