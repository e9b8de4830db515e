/**
 * `foldText` (`find.ts`): the quick fold of a quotation's words, checked against `fold` itself on
 * plain, typographic and accented text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/engine/find.ts';
import { fold } from '../../src/text/fold.ts';

describe('foldText', () => {
  it('folds a quotation as fold does, with or without curly quotes, dashes, accents or compatibility forms', () => {
    expect(foldText('“We WILL rebuild the pier” – Mara’s words')).toBe('“we will rebuild the pier” – mara’s words');
    expect(foldText('Kyïv’s ﬁrst café…')).toBe(fold('Kyïv’s ﬁrst café…'));
    const letters = fc.constantFrom(...'aZ9 ,."\'-\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0éÏﬁ²İ\u0301ß'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(foldText(text)).toBe(fold(text));
      }),
    );
  });
});
