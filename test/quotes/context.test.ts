/** Sentence bounds and token windows around a quotation. */
import { describe, expect, it } from 'vitest';
import { sentenceEnd, sentenceStart, windowTokens, type ArticleContext } from '../../src/quotes/context.ts';
import { splitParagraphs } from '../../src/quotes/paragraphs.ts';
import { ArticlePeople } from '../../src/quotes/speakers.ts';

function context(text: string, masked = text): ArticleContext {
  return { text, masked, paragraphs: splitParagraphs(text), tokens: [], people: new ArticlePeople([]), spoken: [] };
}

describe('sentence bounds', () => {
  it('starts a sentence after a full stop and a capital, not after an abbreviation', () => {
    const text = 'The ferry left at noon. Mr. Lopes waved from the pier.';
    const ctx = context(text);
    expect(sentenceStart(ctx, text.indexOf('waved'), 0)).toBe(text.indexOf('Mr.'));
    expect(sentenceEnd(text, 0, text.length)).toBe(text.indexOf('. Mr.'));
    expect(sentenceEnd(text, text.indexOf('Mr.'), text.length)).toBe(text.length - 1);
  });

  it('counts a boundary inside a quotation only at its closing mark', () => {
    const text = 'She said "We stay. We fish." Then she left.';
    const quote = [text.indexOf('"'), text.indexOf('Then') - 1] as const;
    const masked = text.slice(0, quote[0]) + '\0'.repeat(quote[1] - quote[0]) + text.slice(quote[1]);
    expect(sentenceStart(context(text, masked), text.indexOf('she left'), 0)).toBe(text.indexOf('Then'));
  });
});

describe('windowTokens', () => {
  it('returns the whole tokens inside the range, across paragraphs', () => {
    const text = 'Boats came in.\n\nNets went out.';
    const found = windowTokens(context(text), text.indexOf('in'), text.length).map((t) => t.text);
    expect(found).toEqual(['in', '.', 'Nets', 'went', 'out', '.']);
  });
});
