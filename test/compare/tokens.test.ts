/** Comparison tokens: the words found by character codes in plain text are those the word pattern finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTokens, patternTokens } from '../../src/compare/tokens.ts';

const piece = fc.constantFrom(
  'Harbour',
  'ferries',
  'negotiating',
  "pilot's",
  'pilots’',
  'sea-lane',
  '2031',
  'x',
  'Kiev',
  'the',
  'not',
  ' ',
  '  ',
  '-',
  "'",
  '’',
  '“',
  '”',
  '‘',
  '—',
  '–',
  '\u00a0',
  '\u2009',
  '\u2026',
  ',',
  '.',
  '"',
  '[',
  ']',
  '(',
  ')',
  'café',
  'Straße',
  '²',
  'ª',
  'e\u0301',
  'İ',
  '😀',
  'Łódź',
  '\u3000',
);

describe('compareTokens', () => {
  it('gives the tokens the word pattern gives, whatever the characters', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(compareTokens(text)).toEqual(patternTokens(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('treats every character of the General Punctuation block and the no-break space as the word pattern does', () => {
    for (const c of [0xa0, ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)]) {
      const ch = String.fromCharCode(c);
      for (const text of [`harbour${ch}ferries`, `${ch}pilots`, `sea${ch}`, `sea-${ch}lane`, `sea${ch}-lane`]) {
        expect(compareTokens(text), `U+${c.toString(16)} in ${text}`).toEqual(patternTokens(text));
      }
    }
  });

  it('keeps hyphenated and possessive words whole and drops stop words', () => {
    expect(compareTokens('The pilots’ sea-lane is not closed — yet.')).toEqual(patternTokens('The pilots’ sea-lane is not closed — yet.'));
    expect(compareTokens("We are negotiating the harbour's fees")).toEqual(['negoti', 'harbour', 'fee']);
  });
});
