/** Sentence bounds and token windows around a quotation. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isOneLetter,
  sentenceEnd,
  sentenceStart,
  windowTokens,
  wordEndingAt,
  type ArticleContext,
} from '../../../src/quotes/mentions/context.ts';
import { splitParagraphs } from '../../../src/quotes/finding/paragraphs.ts';
import { ArticlePeople } from '../../../src/quotes/mentions/speakers.ts';

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

describe('the word before a full stop', () => {
  /** Letters of several scripts and cases, full stops, spaces, an astral letter and lone surrogates. */
  const pieces = fc.constantFrom(...'aZéİıΣжअ. ,-’3\u0301'.split(''), '\u{1D400}', '\u{1F600}', '\ud800', '\udc00');
  const texts = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

  it('reads the letters and full stops ending at a position, lower-cased, as the regular expression does', () => {
    expect(wordEndingAt('left Mr.', 0, 8)).toBe('mr.');
    expect(wordEndingAt('the U.S', 2, 7)).toBe('u.s');
    expect(wordEndingAt('ferry 42', 0, 8)).toBe('');
    fc.assert(
      fc.property(texts, fc.nat(12), (text, back) => {
        const from = Math.max(0, text.length - back);
        const expected = /([\p{L}.]+)$/u.exec(text.slice(from))?.[1]?.toLowerCase() ?? '';
        expect(wordEndingAt(text, from, text.length)).toBe(expected);
      }),
    );
  });

  it('tells a single letter, astral ones included, from anything longer or not a letter', () => {
    expect(isOneLetter('j')).toBe(true);
    expect(isOneLetter('\u{1D400}')).toBe(true);
    expect(isOneLetter('jo')).toBe(false);
    expect(isOneLetter('.')).toBe(false);
    fc.assert(
      fc.property(texts, (word) => {
        expect(isOneLetter(word)).toBe(/^\p{L}$/u.test(word));
      }),
    );
  });
});

describe('windowTokens', () => {
  it('returns the whole tokens inside the range, across paragraphs', () => {
    const text = 'Boats came in.\n\nNets went out.';
    const found = windowTokens(context(text), text.indexOf('in'), text.length).map((t) => t.text);
    expect(found).toEqual(['in', '.', 'Nets', 'went', 'out', '.']);
  });
});
