import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, untidySpace } from '../../src/corpus/paragraphs.ts';

/** Every character JavaScript's `\s` matches, some that it does not, and plain text. */
const PIECES = [
  ' ', '  ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u001f', '!', 'a', 'Word', 'é', '—', '“',
];

describe('whitespace tidying', () => {
  it('finds an untidy space exactly where the regular expression does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(untidySpace(text)).toBe(/\s\s|[^\S ]/.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('collapses runs of any whitespace to one space and trims the ends', () => {
    expect(normaliseWhitespace('  The\u00a0minister \t said\u2009so.  ')).toBe('The minister said so.');
    expect(normaliseWhitespace('Already tidy, she said.')).toBe('Already tidy, she said.');
  });
});
