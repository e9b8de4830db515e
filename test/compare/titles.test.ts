/** Titles of works quoted in Title Case are told apart from a person's words, long quotes without splitting their words. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTitle, longerThanTitle } from '../../src/compare/titles.ts';

/** The title test by splitting the words (what `isTitle` did for every quote before its shortcut). */
function titleBySplitting(text: string): boolean {
  const words = text
    .replace(/[.,!?;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || words.length > 6) return false;
  const small = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', '&', 'with', 'at']);
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && small.has(w.toLowerCase())));
}

const word = fc.constantFrom('The', 'Harbour', 'of', 'and', 'Board', 'we', '!', '.', '2031', 'Ferry', '', ' ', '\t', 'x\u00a0y', '...');
const glue = fc.constantFrom(' ', '  ', '\n', ' \u2009', '\u3000', '\u200b');

describe('isTitle', () => {
  it('calls the same texts titles as splitting every text into words', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), glue, (words, g) => {
        const text = words.join(g);
        expect(isTitle(text)).toBe(titleBySplitting(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells a long quote from a short title-like one', () => {
    expect(longerThanTitle('The hull cannot take another winter on the northern route')).toBe(true);
    expect(isTitle('The Hull Cannot Take Another Winter On The Northern Route')).toBe(false);
    expect(longerThanTitle('Harbour Board Annual Report')).toBe(false);
    expect(isTitle('Harbour Board Annual Report')).toBe(true);
  });

  it('never calls a text of eight words or more a title', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), glue, (words, g) => {
        const text = words.join(g);
        if (longerThanTitle(text)) expect(titleBySplitting(text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
