import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/search/sqlite/database.ts';
import { textLengthsOf } from '../../../src/search/sqlite/lengths.ts';

describe('textLengthsOf', () => {
  it('reads the stored distinct-term counts (text, speaker names) of the passages asked for, leaving out ids the table lacks', () => {
    const { db } = openDatabase(undefined, true);
    const insert = db.prepare('INSERT INTO lengths (id, text, speakers) VALUES (?, ?, ?)');
    for (const [id, text, speakers] of [
      [7, 0, 2],
      [12, 31, 0],
      [1_048_576, 1207, 14],
      [90, 5, 2],
    ] as const)
      insert.run(id, text, speakers);
    const lengths = textLengthsOf(db, [1_048_576, 90, 8, 12, 7]);
    expect([...lengths].sort((a, b) => a[0] - b[0])).toEqual([
      [7, [0, 2]],
      [12, [31, 0]],
      [90, [5, 2]],
      [1_048_576, [1207, 14]],
    ]);
    expect(textLengthsOf(db, [3, 4]).size).toBe(0);
    expect(textLengthsOf(db, []).size).toBe(0);
    db.close();
  });
});
