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

  it("reads each passage's text with its lengths once the database holds a store's paragraphs, so ranking reads no text alone", () => {
    const { db } = openDatabase(undefined, true);
    const insert = db.prepare('INSERT INTO lengths (id, text, speakers) VALUES (?, ?, ?)');
    for (const [id, text, speakers] of [
      [3, 6, 0],
      [4, 9, 2],
      [5, 2, 0],
    ] as const)
      insert.run(id, text, speakers);
    // Before the store's table exists: lengths only.
    expect(textLengthsOf(db, [3, 4]).get(4)).toEqual([9, 2]);
    db.exec('CREATE TABLE paragraphs (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    db.prepare('INSERT INTO paragraphs (id, text) VALUES (?, ?), (?, ?)').run(
      3,
      'The lock gates open at dawn.',
      4,
      'Repairs, said the keeper, will take a week.',
    );
    const rows = textLengthsOf(db, [5, 4, 3, 6]);
    expect([...rows].sort((a, b) => a[0] - b[0])).toEqual([
      [3, [6, 0, 'The lock gates open at dawn.']],
      [4, [9, 2, 'Repairs, said the keeper, will take a week.']],
      // A passage whose paragraph row is missing: its lengths, its text left to the passage.
      [5, [2, 0]],
    ]);
    expect(textLengthsOf(db, []).size).toBe(0);
    db.close();
  });
});
