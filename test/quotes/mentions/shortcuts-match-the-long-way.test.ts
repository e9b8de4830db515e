/** Rounds 14 and 22 (extraction CPU): shortcuts and remembered answers give what the long way gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldName } from '../../../src/text/fold.ts';
import { isNotLoneWord } from '../../../src/quotes/mentions/names.ts';
import { sentenceStart, type ArticleContext } from '../../../src/quotes/mentions/context.ts';
import { splitParagraphs } from '../../../src/quotes/finding/paragraphs.ts';
import { ArticlePeople } from '../../../src/quotes/mentions/speakers.ts';
import { analyseQuotes } from '../../../src/quotes/extract.ts';

function context(text: string, masked = text): ArticleContext {
  return { text, masked, paragraphs: splitParagraphs(text), tokens: [], people: new ArticlePeople([]), spoken: [] };
}

describe('the sentence start asked again', () => {
  it('answers each article for itself when two articles are asked at the same offsets', () => {
    const one = context('Rain fell all day. Nobody came to the fair.');
    const two = context('Rain fell all day and nobody came to the fair.');
    const pos = one.text.indexOf('came');
    expect(sentenceStart(one, pos, 0)).toBe(one.text.indexOf('Nobody'));
    expect(sentenceStart(two, pos, 0)).toBe(0);
    expect(sentenceStart(one, pos, 0)).toBe(one.text.indexOf('Nobody'));
  });

  it('reads the masked text again when the same article object is given another one', () => {
    const text = 'She said "We stay. We fish." Then she left.';
    const ctx = context(text);
    const pos = text.indexOf('Then');
    expect(sentenceStart(ctx, pos, 0)).toBe(text.indexOf('We fish'));
    const quote = [text.indexOf('"'), text.indexOf('Then') - 1] as const;
    ctx.masked = text.slice(0, quote[0]) + '\0'.repeat(quote[1] - quote[0]) + text.slice(quote[1]);
    expect(sentenceStart(ctx, pos, 0)).toBe(pos);
  });

  it('answers another floor afresh', () => {
    const ctx = context('Rain fell all day. Nobody came to the fair.');
    const pos = ctx.text.indexOf('came');
    expect(sentenceStart(ctx, pos, 0)).toBe(ctx.text.indexOf('Nobody'));
    expect(sentenceStart(ctx, pos, pos - 3)).toBe(pos - 3);
  });
});

describe('names folded without the cache', () => {
  /** Printable ASCII, spaces (single, double, at the ends), a tab, the typographic apostrophe and an accent. */
  const pieces = fc.constantFrom(..."aZq09.-'".split(''), ' ', '  ', '\t', '’', 'é', 'O');
  const names = fc.array(pieces, { maxLength: 10 }).map((parts) => parts.join(''));

  it('folds every name as folding, spacing and straightening it one step at a time does', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(foldName(name)).toBe(fold(name).replace(/\s+/g, ' ').trim().replace(/’/g, "'"));
      }),
    );
  });
});

describe('a lone capitalised word that is no name', () => {
  it('is told by the written word or its lower case, whatever the letters after the capital', () => {
    for (const word of ['The', 'THE', 'Monday', 'President', 'Meanwhile', 'Sept', 'MONDAY']) expect(isNotLoneWord(word)).toBe(true);
    for (const word of ['Smith', 'McAdoo', 'Thexton', 'Presidente', 'Żak', 'Tbilisi', "O'Hara"]) expect(isNotLoneWord(word)).toBe(false);
  });
});

describe("a person's own mentions", () => {
  it('are the article’s mentions of that person in text order, names noted after the article was read included', () => {
    const text =
      'Mayor Dana Okafor and Councillor Lee Brandt met on Monday.\n\n' +
      '“We agreed on the budget,” Okafor said.\n\n' +
      'Brandt was less sure. “It is a start,” Brandt said, and Okafor nodded.';
    const ctx = analyseQuotes(text).ctx;
    if (!ctx) throw new Error('no quotations read');
    const people = ctx.people;
    const okafor = people.find(['Okafor'], text.length) as NonNullable<ReturnType<ArticlePeople['find']>>;
    // Noted later, as a source phrase does: one before every mention, one among them, one at an offset already taken.
    people.add(['Okafor'], 0, 6);
    people.add(['Dana', 'Okafor'], text.indexOf('Brandt was'), text.indexOf('Brandt was') + 6);
    people.add(['Okafor'], text.lastIndexOf('Okafor'), text.lastIndexOf('Okafor') + 6);
    for (const p of people.people)
      expect(people.mentionsOf(p)).toEqual(people.mentionsBetween(0, text.length).filter((m) => m.person === p));
    const [named, said, noted, last] = ['Dana', 'Okafor said', 'Brandt was'].map((w) => text.indexOf(w)).concat(text.lastIndexOf('Okafor'));
    expect(people.mentionsOf(okafor).map((m) => m.start)).toEqual([0, named, said, noted, last, last]);
  });
});
