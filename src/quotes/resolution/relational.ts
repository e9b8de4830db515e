/**
 * `the family of Jon Pell`, `the lawyer for Jon Pell`, `the mother of the suspect`: a description whose
 * head is someone's relative, lawyer or spokesman speaks for that someone without being them. The
 * speaker is the description itself (an unnamed source), never the person named after `of`/`for`.
 */
import { isWord } from '../cues/source-phrase.ts';
import type { Token } from '../tokens.ts';
import { isPeoplePlural } from '../lexicon/people-plurals.ts';

/** Heads that name a person (or people) by their tie to someone else. */
const RELATIONAL_HEADS = new Set(
  `family families parents relatives mother father wife husband son sons daughter daughters sister sisters brother
brothers widow widower grandmother grandfather aunt uncle niece nephew cousin girlfriend boyfriend fiancee fiance
partner children lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson representative representatives
friend friends agent manager publicist colleague colleagues`.split(/\s+/),
);

/** Is this lower-case noun a head that names someone by their tie to another (`wife`, `lawyer`, `colleague`)? */
export const isRelationalHead = (lower: string): boolean => RELATIONAL_HEADS.has(lower);

/** Is the phrase `the <head> of|for …` with a relational head (`the family of Jon Pell`, `the lawyer for the couple`)? */
export function isRelationalDescription(words: Token[]): boolean {
  const w = words.filter(isWord);
  const det = w[0]?.lower;
  // `Supporters of Jon Pell`: a plural noun for people heading `of`/`for` speaks for itself (`people-plurals.ts`).
  if (det !== undefined && isPeoplePlural(det) && (w[1]?.lower === 'of' || w[1]?.lower === 'for')) return true;
  if (det !== 'the' && det !== 'a' && det !== 'an') return false;
  const prep = w.findIndex((t, k) => k >= 2 && (t.lower === 'of' || t.lower === 'for'));
  return prep > 0 && prep < w.length - 1 && RELATIONAL_HEADS.has((w[prep - 1] as Token).lower);
}
