/**
 * `Putin's government ordered them out over what it called "…"`: the body that is the subject of the
 * clause a pronoun (`it`, `they`) stands in, which the pronoun speaks for.
 */
import { clauseStart } from '../cues/clause-subject.ts';
import { isWord } from '../cues/source-phrase.ts';
import { isOrganisationPhrase } from '../mentions/organisations.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { PERSONAL_PRONOUNS } from '../lexicon/pronouns.ts';

/**
 * The subject of the clause holding `tokens[at]`, when it is a body rather than a person: the words
 * from the clause start up to the first verb-like or boundary word (`The Obama administration` expelled).
 */
export function bodySubject(tokens: Token[], at: number): [number, number] | undefined {
  const s = clauseStart(tokens.slice(0, at));
  const first = tokens[s];
  if (!first || !isWord(first) || !(first.lower === 'the' || isUpperStart(first.text)) || PERSONAL_PRONOUNS.has(first.lower))
    return undefined;
  // The longest such phrase: `America Rising PAC`, not `America`.
  let found: [number, number] | undefined;
  for (let e = s + 1; e < at && e - s <= 6; e++) {
    const t = tokens[e - 1] as Token;
    if (!isWord(t) || BODY_STOP.has(t.lower) || (found && !isUpperStart(t.text))) break;
    if (isOrganisationPhrase(tokens.slice(s, e))) found = [s, e];
  }
  return found;
}

/** Words that end a clause's subject before its verb or a qualifier. */
const BODY_STOP = new Set('in on at of for to that which who and but has had is was will would said'.split(' '));
