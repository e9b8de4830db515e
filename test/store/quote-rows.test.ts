import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/quotes/quote.ts';
import { decodeQuote, rowOfStored, type QuoteRow } from '../../src/store/quote-rows.ts';
import type { QuoteHome } from '../../src/store/stored-article.ts';

const home: QuoteHome = {
  seq: 7,
  reader: { quoteText: () => 'the words', mentionText: () => 'the mention' },
} as unknown as QuoteHome;
const speakers = [{ name: 'Ines Varga', key: 'ines varga', kind: 'person' }] as unknown as Speaker[];

/** A quote with a cue, a speaker and a part of a quotation over paragraphs; one with none of them. */
const full: QuoteRow = [12, 40, 1, 1, 0, 'warned', 50, 61, [1, 0], [12, 1]];
const bare: QuoteRow = [80, 120, 2, 0, -1, 0, -1, -1, [2, 70]];

describe('a stored quote decoded', () => {
  it('has the same fields, in the same order, whether or not it has a cue, a speaker and a part', () => {
    const a = decodeQuote(full, speakers, 0, home);
    const b = decodeQuote(bare, speakers, 1, home);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect([a.cue, a.speaker?.name, a.partOf]).toEqual(['warned', 'Ines Varga', { start: 12, index: 1 }]);
    expect([b.cue, b.speaker, b.partOf]).toEqual([undefined, undefined, undefined]);
  });

  it('gives back the row it was decoded from', () => {
    expect(rowOfStored(decodeQuote(full, speakers, 0, home))).toEqual(full);
    expect(rowOfStored(decodeQuote(bare, speakers, 1, home))).toEqual(bare);
  });
});
