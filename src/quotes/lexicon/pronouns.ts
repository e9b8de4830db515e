/**
 * The pronouns attribution reads, one definition each (round 19: the sets had been written out
 * separately in about ten files of `src/quotes`).
 */
import type { Gender } from './given-names.ts';

/** Subject pronouns: who may open a clause as its subject (`he said`), never a name. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Object pronouns (`told him`, `asked them`). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);

/** Every personal pronoun, subject or object: no name, no body, no description's head. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS]);

/** Possessive determiners of people (`his mother`, `their lawyer`): an owner, not a name. */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** The gender a pronoun (subject, object or possessive) gives its referent: `he`/`him`/`his` 'm', `she`/`her` 'f', else undefined. */
export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return w === 'he' || w === 'him' || w === 'his' ? 'm' : w === 'she' || w === 'her' || w === 'hers' ? 'f' : undefined;
}
