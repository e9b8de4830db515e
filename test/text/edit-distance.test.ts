import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.ts';

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
});
