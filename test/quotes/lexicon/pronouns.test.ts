/** Rounds 19 and 20: one definition of the pronoun sets attribution reads. */
import { describe, expect, it } from 'vitest';
import {
  GENDERED_SUBJECTS,
  PERSONAL_PRONOUNS,
  PERSON_POSSESSIVES,
  PERSON_SUBJECTS,
  POSSESSIVE_DETERMINERS,
  SAYER_SUBJECTS,
  SUBJECT_PRONOUNS,
  THIRD_PERSON_SUBJECTS,
  pronounGender,
  subjectOfPossessive,
} from '../../../src/quotes/lexicon/pronouns.ts';
import { POSSESSIVES } from '../../../src/quotes/lexicon/word-lists.ts';

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

describe('the pronoun subsets that cues and forms read (round 20)', () => {
  it('nest the person subjects inside the subjects a cue source may be, and those inside every subject pronoun', () => {
    expect([...GENDERED_SUBJECTS]).toEqual(['he', 'she']);
    expect([...THIRD_PERSON_SUBJECTS]).toEqual(['he', 'she', 'they']);
    for (const w of PERSON_SUBJECTS) expect(SAYER_SUBJECTS.has(w)).toBe(true);
    for (const w of SAYER_SUBJECTS) expect(SUBJECT_PRONOUNS.has(w)).toBe(true);
    expect(PERSON_SUBJECTS.has('it')).toBe(false);
    expect(SAYER_SUBJECTS.has('it')).toBe(true);
    expect(SAYER_SUBJECTS.has('you')).toBe(false);
  });

  it('read a possessive as its subject pronoun and count every possessive determiner once', () => {
    expect(['his', 'Her', 'their', 'its'].map(subjectOfPossessive)).toEqual(['he', 'she', 'they', undefined]);
    expect(POSSESSIVES).toBe(POSSESSIVE_DETERMINERS);
    for (const w of PERSON_POSSESSIVES) expect((POSSESSIVE_DETERMINERS as readonly string[]).includes(w)).toBe(true);
  });
});
