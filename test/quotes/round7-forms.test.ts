/**
 * Forms of attribution and quotation marks of round 7 (issue 13), each in its sentence shape with our
 * own words: general causes of quotations left with no speaker, or not found, on PolNeAR train and the
 * tuning parts of the hand-checked news-37k speaker sets.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { quoteStarting, speakerNameStarting as speaker } from '../support/quote-starting.ts';

describe('a partial quotation never closed', () => {
  it("stops at its paragraph end, and the next paragraph's mark opens a quotation of its own", () => {
    const body =
      'Hugo Lindqvist, the festival director, promised in a radio interview that the programme would be "a mix of old favourites and new voices from every corner of the country.\n\n' +
      '"I think it will be the best year we have had," he said. "It will be loud."';
    const texts = extractQuotes(body).map((q) => q.text);
    expect(texts[0]).toMatch(/^a mix of old favourites/);
    expect(speaker(body, 'I think it will be')).toBe('Hugo Lindqvist');
  });

  it('still runs on when it opened its sentence (`said: "…` over two paragraphs)', () => {
    const body =
      'Ana Ruiz, the port manager, said: "The cranes are old and we need all of them working through the winter.\n\n' +
      '"It will not be easy, but that is the job."';
    const q = quoteStarting(body, 'The cranes are old');
    expect(q.text).toMatch(/that is the job\.$/);
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });
});
