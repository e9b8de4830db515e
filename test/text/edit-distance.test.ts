import { describe, expect, it } from 'vitest';
import { countLetters, editDistance, LETTER_BINS, lettersApart } from '../../src/text/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions (Levenshtein, as MiniSearch does)', () => {
    expect(editDistance('guterres', 'guteres', 2)).toBe(1);
    expect(editDistance('guterres', 'gutteres', 2)).toBe(2);
    expect(editDistance('kyiv', 'kiev', 2)).toBe(2);
    expect(editDistance('qoute', 'quote', 2)).toBe(2);
  });

  it('counts a swap of neighbours as one when asked (names and commands people type)', () => {
    expect(editDistance('qoute', 'quote', 2, { transpositions: true })).toBe(1);
    expect(editDistance('seacrh', 'search', 2, { transpositions: true })).toBe(1);
  });

  it('caps at max + 1', () => {
    expect(editDistance('putin', 'guterres', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1, { transpositions: true })).toBe(2);
  });

  it('tells words apart by their letter counts only when they are more edits apart than allowed', () => {
    const letters = (w: string) => countLetters(w, new Uint8Array(LETTER_BINS));
    const apart = (a: string, b: string, max: number) => lettersApart(letters(a), 0, letters(b), 0, max);
    expect(apart('brannock', 'brannick', 1)).toBe(false);
    expect(apart('brannock', 'quillsby', 2)).toBe(true);
    // A swap changes no count: never apart, whatever the distance without transpositions.
    expect(apart('tevlin', 'tveiln', 1)).toBe(false);
    // Seeded pairs of short words over a few letters (and one outside a–z): never apart when within reach.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: 3 + Math.floor(next() * 5) }, () => 'abcdé'[Math.floor(next() * 5)]).join('');
    for (let i = 0; i < 2000; i++) {
      const [a, b, max] = [word(), word(), 1 + Math.floor(next() * 2)];
      if (editDistance(a, b, max, { transpositions: true }) <= max) expect(apart(a, b, max)).toBe(false);
      if (editDistance(a, b, max) <= max) expect(apart(a, b, max)).toBe(false);
    }
  });
});
