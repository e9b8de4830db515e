import { describe, expect, it } from 'vitest';
import { decodeQuoteColumn, encodeQuoteColumn, QuoteColumn } from '../../src/store/quote-column.ts';
import type { QuoteRow } from '../../src/store/quote-rows.ts';

/** A quote in paragraph 1, one over paragraphs 2 to 4, one without spans, one whose cue holds brackets and quotes. */
const rows: QuoteRow[] = [
  [12, 40, 1, 1, 3, 'warned', 50, 61, [1, 0]],
  [80, 300, 2, 0, -1, 0, -1, -1, [2, 70, 140, 210]],
  [310, 330, 5, 0, -1, 0, -1, -1, []],
  [340, 360, 6, 1, 0, 'said ]"[', -1, -1, [6, 330]],
];

describe('the quote column', () => {
  it('gives back every row of an article, in order, from one value', () => {
    const column = encodeQuoteColumn(rows);
    expect(decodeQuoteColumn(column)).toEqual(rows);
    expect(decodeQuoteColumn(encodeQuoteColumn([]))).toEqual([]);
    expect(new QuoteColumn(encodeQuoteColumn([])).length).toBe(0);
  });

  it('says which quotes run in a paragraph from its table, and parses one row alone', () => {
    const column = new QuoteColumn(encodeQuoteColumn(rows));
    expect(column.length).toBe(4);
    const runningIn = (k: number) => [0, 1, 2, 3].filter((i) => column.runsIn(i, k));
    expect(runningIn(1)).toEqual([0]);
    expect(runningIn(3)).toEqual([1]);
    expect(runningIn(4)).toEqual([1]);
    expect(runningIn(5)).toEqual([]);
    expect(runningIn(6)).toEqual([3]);
    expect([0, 1, 2, 3].map((i) => column.row(i))).toEqual(rows);
  });
});
