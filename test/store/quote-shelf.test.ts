import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/quotes/quote.ts';
import { QuoteShelf } from '../../src/store/quote-shelf.ts';
import { encodeQuoteColumn } from '../../src/store/quote-column.ts';
import { rowOfStored, type QuoteRow } from '../../src/store/quote-rows.ts';

const speakers: Speaker[] = [{ key: 'ilse marrow', name: 'Ilse Marrow', kind: 'person' }];
const words = { t: ['We are ready', 'the harbour stays open', 'Not this winter'], m: ['Marrow', '', ''] };
/** Three quotes: one in paragraph 0, one running over paragraphs 1 and 2, one in paragraph 2. */
const rows: QuoteRow[] = [
  [3, 17, 0, 1, 0, 'said', 30, 36, [0, 0]],
  [60, 140, 1, 0, -1, 0, -1, -1, [1, 50, 100]],
  [150, 170, 2, 1, -1, 'added', -1, -1, [2, 100]],
];

function shelf(reads: number[], column = encodeQuoteColumn(rows)) {
  return new QuoteShelf(
    (seq) => {
      reads.push(seq);
      return column;
    },
    speakers,
    { quoteText: (_seq, i) => words.t[i] ?? '', mentionText: (_seq, i) => words.m[i] ?? '' },
  );
}

describe('the quote shelf', () => {
  it('reads the rows of many articles at once ahead of their paragraphs, none read again one by one', () => {
    const reads: number[] = [];
    const batches: number[][] = [];
    const column = encodeQuoteColumn(rows);
    const s = new QuoteShelf(
      (seq) => {
        reads.push(seq);
        return column;
      },
      speakers,
      { quoteText: (_seq, i) => words.t[i] ?? '', mentionText: (_seq, i) => words.m[i] ?? '' },
      (seqs) => {
        batches.push([...seqs]);
        return seqs.map((seq): [number, string] => [seq, column]);
      },
    );
    const whole = s.quotes(9);
    s.readAhead([3, 5, 3, 9]);
    // Row 9 was read already, and 3 is asked once.
    expect(batches).toEqual([[3, 5]]);
    expect(s.quotesIn(3, 2).map((q) => q.start)).toEqual([60, 150]);
    expect(s.quotes(5).map((q) => q.speaker?.name)).toEqual(['Ilse Marrow', undefined, undefined]);
    expect(s.quotes(9)).toBe(whole);
    expect(reads).toEqual([9]);
    // Once read, nothing is read again.
    s.readAhead([3, 5]);
    expect(batches.length).toBe(1);
  });

  it("gives a paragraph the quotes running in it, in article order, as the same objects the article's whole list holds", () => {
    const reads: number[] = [];
    const s = shelf(reads);
    const second = s.quotesIn(7, 2);
    expect(second.map((q) => q.start)).toEqual([60, 150]);
    expect(s.quotesIn(7, 0).map((q) => q.speaker?.name)).toEqual(['Ilse Marrow']);
    expect(s.quotesIn(7, 5)).toEqual([]);
    const all = s.quotes(7);
    expect(all.map((q) => q.start)).toEqual([3, 60, 150]);
    expect(all[1]).toBe(second[0]);
    expect(all[2]).toBe(second[1]);
    expect(s.quotesIn(7, 1)).toEqual([all[1]]);
    expect(all[1]?.text).toBe('the harbour stays open');
    // The row was read once, whichever way its quotes were asked for.
    expect(reads).toEqual([7]);
  });

  it("parses only the rows of the paragraph's own quotes: another quote's damaged row is never read", () => {
    // The first quote's row (paragraph 0) overwritten with characters that are not JSON, its length kept.
    const good = encodeQuoteColumn(rows);
    const first = JSON.stringify(rows[0]);
    const damaged = good.replace(first, '#'.repeat(first.length));
    const s = shelf([], damaged);
    expect(s.quotesIn(4, 2).map((q) => q.start)).toEqual([60, 150]);
    expect(s.quotesIn(4, 1).map((q) => q.end)).toEqual([140]);
    expect(() => s.quotes(4)).toThrow(SyntaxError);
  });

  it('gives the paragraph parts of one quotation their whole (`partOf`), and writes it back in their rows', () => {
    const parts: QuoteRow[] = [
      [3, 40, 0, 1, 0, 'said', 50, 56, [0, 0], [3, 0]],
      [42, 80, 1, 1, 0, 'said', 50, 56, [1, 42], [3, 1]],
      [90, 99, 2, 1, -1, 0, -1, -1, [2, 90]],
    ];
    const all = shelf([], encodeQuoteColumn(parts)).quotes(9);
    expect(all.map((q) => q.partOf)).toEqual([{ start: 3, index: 0 }, { start: 3, index: 1 }, undefined]);
    expect(all.map((q) => rowOfStored(q))).toEqual(parts);
  });
  it('keeps the last thousand articles used without reading them again, and a quote held elsewhere the same object after thousands more', () => {
    const reads: number[] = [];
    const s = shelf(reads);
    const held = s.quotesIn(0, 0)[0];
    // A thousand articles, then the first ones again: none is read a second time.
    for (let seq = 1; seq <= 1000; seq++) s.quotesIn(seq, 0);
    for (let seq = 1; seq <= 1000; seq++) s.quotesIn(seq, 2);
    expect(reads.length).toBe(1001);
    // Used again, an article stays held while thousands of others pass.
    for (let seq = 1001; seq <= 5000; seq++) {
      s.quotesIn(seq, 0);
      if (seq % 500 === 0) s.quotesIn(1, 0);
    }
    const before = reads.length;
    s.quotesIn(1, 1);
    expect(reads.length).toBe(before);
    // Article 0 was let go long ago, but its quote is held here: the shelf gives that same object.
    expect(s.quotesIn(0, 0)[0]).toBe(held);
  });
});
