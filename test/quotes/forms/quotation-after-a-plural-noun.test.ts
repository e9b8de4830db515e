/**
 * A quotation right after a plural noun (`Her papers "…"`): the words before it end at the noun, and
 * the check for a present verb of saying after a plural subject asks past the last word. It must find
 * the quotation, never stop the article's extraction (an article the extractor throws on is indexed
 * with no quote at all).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

describe('a quotation right after a plural noun', () => {
  it('is found, and the article goes on to its next quotation', () => {
    const body = 'Her notes "do not add up to much."\n\n"We will audit every line," said Auditor Mina Ferro.';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.text)).toEqual(['do not add up to much.', 'We will audit every line,']);
    expect(quotes[1]?.speaker?.name).toBe('Mina Ferro');
  });
});
