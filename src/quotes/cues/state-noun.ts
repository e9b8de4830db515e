/** `Ohio state Rep. Jo Bloggs`: the word after `state` that makes it a noun rather than a verb of saying. */
import { isTitle } from '../mentions/names.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/** A word after `state` that makes it the noun (`state Sen.`, `state lawmaker`, `state Democrats`), not the verb. */
export function isStateNoun(next: Token | undefined): boolean {
  return next !== undefined && next.kind === 'word' && (isUpperStart(next.text) || isTitle(next.lower) || STATE_NOUN_HEADS.has(next.lower));
}
const STATE_NOUN_HEADS = new Set([
  'lawmaker',
  'lawmakers',
  'legislator',
  'legislators',
  'officials',
  'official',
  'police',
  'trooper',
  'troopers',
  'party',
  'court',
  'agency',
  'department',
]);
