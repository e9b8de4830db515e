/**
 * A speaker quoted hundreds of thousands of times (a surname family of a 500k-article archive)
 * gets one statement per utterance without exhausting the call stack.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { groupStatements, type QuoteInArticle } from '../../src/compare/statements.ts';
import type { Quote } from '../../src/quotes/quote.ts';

const speaker = { name: 'Runa Tallis', key: 'runa tallis', kind: 'person' as const };

/** Made-up words from a number, so that no two quotes share one. */
function words(n: number): string {
  return [n, n + 1_000_000, n + 2_000_000].map((k) => `w${k.toString(36)}q`).join(' ');
}

describe('grouping a very large speaker', () => {
  it('returns one statement for each of 130,000 different utterances', () => {
    const quotes: QuoteInArticle[] = [];
    for (let n = 0; n < 130_000; n++) {
      const text = words(n);
      const article = {
        id: `a${n}`,
        file: 'f.md',
        outlet: 'Harbour Daily',
        outletKnown: true,
        headline: '',
        paragraphs: [text],
        removedParagraphs: 0,
      } as Article;
      const quote: Quote = { text, start: 0, end: text.length, paragraph: 0, kind: 'full', speaker };
      quotes.push({ article, quote });
    }
    expect(groupStatements(quotes)).toHaveLength(130_000);
  }, 60_000);
});
