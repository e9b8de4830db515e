/**
 * One question several attribution steps ask of a lower-case noun: does it name someone or something
 * that speaks in its own right — a person (`the victim`, `an engineer`, `his wife`), a body (`the
 * agency`), a document (`the report`) or a medium carrying words (`the sign`, `a video`)? Built from the
 * shared lists only; a plural (`officers`, `men`) is read as its singular.
 */
import { isHead as isDescribedPersonHead } from './described-subject.ts';
import { isTitle } from '../mentions/names.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { isRelationalHead } from './relational.ts';
import { SOURCE_NOUNS } from '../cues/source-words.ts';
import { BODY_HEADS, DOCUMENT_HEADS, MEDIA_NOUNS, isPersonHead } from '../lexicon/word-lists.ts';

const isSpeakingSingular = (w: string): boolean =>
  isPersonHead(w) ||
  isDescribedPersonHead(w) ||
  isTitle(w) ||
  endsLikePersonNoun(w) ||
  isRelationalHead(w) ||
  SOURCE_NOUNS.has(w) ||
  BODY_HEADS.has(w) ||
  DOCUMENT_HEADS.has(w) ||
  MEDIA_NOUNS.has(w);

/** The singular of a regular or `-men` plural (`officers`, `policemen`), or undefined. */
function singular(w: string): string | undefined {
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  return w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : undefined;
}

/** Is this lower-case noun (or its singular) one for a person, a body, a document or a medium? */
export function isSpeakingNoun(lower: string): boolean {
  if (isSpeakingSingular(lower)) return true;
  const one = singular(lower);
  return one !== undefined && isSpeakingSingular(one);
}
