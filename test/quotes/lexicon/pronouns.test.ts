/** Round 19: one definition of the pronoun sets attribution reads. */
import { describe, expect, it } from 'vitest';
import { PERSONAL_PRONOUNS, PERSON_POSSESSIVES, SUBJECT_PRONOUNS, pronounGender } from '../../../src/quotes/lexicon/pronouns.ts';

describe('the pronoun sets', () => {
  it('count every subject and object pronoun as personal, and no possessive determiner', () => {
    for (const w of ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'me', 'us'])
      expect(PERSONAL_PRONOUNS.has(w)).toBe(true);
    expect(SUBJECT_PRONOUNS.has('him')).toBe(false);
    expect(PERSON_POSSESSIVES.has('his')).toBe(true);
    expect(PERSONAL_PRONOUNS.has('his')).toBe(false);
  });

  it('give a gender to he, him, his, she and her only', () => {
    expect(['He', 'him', 'his'].map(pronounGender)).toEqual(['m', 'm', 'm']);
    expect(['she', 'Her'].map(pronounGender)).toEqual(['f', 'f']);
    expect(['they', 'it', 'we'].map(pronounGender)).toEqual([undefined, undefined, undefined]);
  });
});
