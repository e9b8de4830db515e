/**
 * The pronouns attribution reads, one definition each (round 19: the sets had been written out
 * separately in about ten files of `src/quotes`; round 20 moved the last ones of `cues/` and `forms/` here).
 */
import type { Gender } from './given-names.ts';

/** `he`, `she`: a subject pronoun that can only stand for one person. */
export const GENDERED_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she']);

/** `he`, `she`, `they`: the third-person subjects that stand for a speaker named elsewhere. */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set([...GENDERED_SUBJECTS, 'they']);

/** Subjects that are people (`he`, `she`, `they`, `we`, `I`): never a thing. */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECTS, 'we', 'i']);

/** Those and `it` (a body or a document speaks as `it`): the subjects a cue's source may be. */
export const SAYER_SUBJECTS: ReadonlySet<string> = new Set([...PERSON_SUBJECTS, 'it']);

/** Subject pronouns: who may open a clause as its subject (`he said`), never a name. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SAYER_SUBJECTS, 'you']);

/** Object pronouns (`told him`, `asked them`). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);

/** Every personal pronoun, subject or object: no name, no body, no description's head. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS]);

/** Possessive determiners of people (`his mother`, `their lawyer`): an owner, not a name. */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Every possessive determiner: `his`, `her`, `their`, `its`, `our`, `my`, `your`. */
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'their', 'its', 'our', 'my', 'your'] as const;

/** The subject pronoun of a person's possessive (`his` → `he`): who `his view` is. */
export function subjectOfPossessive(word: string): string | undefined {
  const w = word.toLowerCase();
  return w === 'his' ? 'he' : w === 'her' ? 'she' : w === 'their' ? 'they' : undefined;
}

/** The gender a pronoun (subject, object or possessive) gives its referent: `he`/`him`/`his` 'm', `she`/`her` 'f', else undefined. */
export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return w === 'he' || w === 'him' || w === 'his' ? 'm' : w === 'she' || w === 'her' || w === 'hers' ? 'f' : undefined;
}
