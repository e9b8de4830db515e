import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldName, foldPhrase } from '../../src/text/fold.ts';

describe('fold', () => {
  it('lower-cases and strips accents, and nothing else', () => {
    expect(fold('António Guterres')).toBe('antonio guterres');
    expect(fold('ZÜRICH  Ŝtato')).toBe('zurich  stato');
    expect(fold('“Crème” ’s')).toBe('“creme” ’s');
  });

  it('folds compatibility forms', () => {
    expect(fold('ﬁnal ²')).toBe('final 2');
  });
});

describe('foldName', () => {
  it('folds, straightens the typographic apostrophe and collapses spaces', () => {
    expect(foldName('  Seán  O’Brien ')).toBe("sean o'brien");
    expect(foldName("Seán O'Brien")).toBe(foldName('SEAN O’BRIEN'));
  });
});

describe('foldPhrase', () => {
  it('folds, straightens every quote-like mark and collapses spaces', () => {
    expect(foldPhrase('  “We  will NOT,” she said ')).toBe('"we will not," she said');
    expect(foldPhrase('„Die Zeit“ and ‘the era’')).toBe('"die zeit" and \'the era\'');
  });

  it('folds a double prime as two single marks, as NFKD decomposes it', () => {
    expect(foldPhrase('12″')).toBe("12''");
  });
});

describe('fold without normalisation for plain text', () => {
  /** `fold` as it reads without its shortcut: NFKD, combining marks dropped, lower case. */
  const fullFold = (text: string): string =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();

  it('folds a quotation as the full fold does, with or without curly quotes, dashes, accents or compatibility forms', () => {
    expect(fold('“We WILL rebuild the pier” – Mara’s words')).toBe('“we will rebuild the pier” – mara’s words');
    expect(fold('Kyïv’s ﬁrst café…')).toBe(fullFold('Kyïv’s ﬁrst café…'));
    const letters = fc.constantFrom(...'aZ9 ,."\'-\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0éÏﬁ²İ\u0301ß'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(fold(text)).toBe(fullFold(text));
      }),
    );
  });
});
