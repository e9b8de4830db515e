/** Candidate pairs for statement grouping: quotes near in time sharing enough words, in the order first met. */
import { describe, expect, it } from 'vitest';
import { candidates, Postings, type Pairable } from '../../src/compare/postings.ts';

const item = (index: number, words: string, day?: number): Pairable => ({ index, tokens: new Set(words.split(' ')), day });
const options = { maxDaysApart: 30, maxPostings: 200 };

describe('candidates', () => {
  const ferry = item(0, 'ferry pier reopen winter storm', 100);
  const sameWeek = item(1, 'ferry pier reopen spring', 104);
  const nextYear = item(2, 'ferry pier reopen winter storm', 500);
  const undated = item(3, 'pier reopen winter');
  const other = item(4, 'budget vote council', 101);
  const all = [ferry, sameWeek, nextYear, undated, other];

  it('finds the quotes near in time sharing enough words, dated ones before undated ones', () => {
    const counts = new Uint32Array(all.length);
    expect(candidates(ferry, new Postings(all), 3, options, counts).map((i) => i.index)).toEqual([1, 3]);
    // The counts are left at zero for the next call.
    expect([...counts]).toEqual([0, 0, 0, 0, 0]);
  });

  it('compares an undated quote with every date, and skips words too common to propose pairs', () => {
    const counts = new Uint32Array(all.length);
    expect(candidates(undated, new Postings(all), 3, options, counts).map((i) => i.index)).toEqual([0, 2]);
    expect(candidates(ferry, new Postings(all), 3, { ...options, maxPostings: 1 }, counts)).toEqual([]);
  });
});
