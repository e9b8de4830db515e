import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/search/sqlite/database.ts';
import { textLengthsOf } from '../../../src/search/sqlite/lengths.ts';

describe('textLengthsOf', () => {
  it('reads the stored distinct-term counts of the passages asked for, leaving out ids the table lacks', () => {
    const { db } = openDatabase(undefined, true);
    const insert = db.prepare('INSERT INTO lengths (id, text, speakers) VALUES (?, ?, ?)');
    for (const [id, text] of [
      [7, 0],
      [12, 31],
      [1_048_576, 1207],
      [90, 5],
    ] as const)
      insert.run(id, text, 2);
    const lengths = textLengthsOf(db, [1_048_576, 90, 8, 12, 7]);
    expect([...lengths].sort((a, b) => a[0] - b[0])).toEqual([
      [7, 0],
      [12, 31],
      [90, 5],
      [1_048_576, 1207],
    ]);
    expect(textLengthsOf(db, [3, 4]).size).toBe(0);
    expect(textLengthsOf(db, []).size).toBe(0);
    db.close();
  });
});
