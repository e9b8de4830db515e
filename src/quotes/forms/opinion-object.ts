/**
 * A subject's opinion of a thing with a quoted judgement: `Roe views the levy as "…"`, `Roe considers
 * the plan "…"`, `the mayor found the audit "…"`. The verb (`OPINION_VERBS`) says nothing on its own;
 * its object, then `as` where the verb needs it, then the quotation make the words the subject's.
 * `cast X as "…"` in a sentence about a film or a show names a role, not anyone's words.
 */
import { OPINION_VERBS } from '../lexicon/judging-verbs.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/** Words of an object phrase: determiners, pronouns and lower-case or capitalised words, never a clause's. */
const NOT_IN_OBJECT = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whether',
  'if',
  'because',
  'and',
  'but',
  'or',
  'to',
  'is',
  'was',
  'are',
  'were',
]);
/** Words of a sentence about a film, a show or a stage: casting there gives a role. */
const STAGE =
  /^(?:film|films|movie|movies|role|roles|series|show|shows|play|plays|stage|production|sequel|drama|comedy|remake|episode|episodes|season|musical|opera|casting|actor|actress|actors|studio|director|biopic)$/;

/**
 * Do the words after the opinion verb at `tokens[v]` run to the quotation (the end of `tokens`) as an
 * object of at most six words, `as` where the verb needs it, and an article at most?
 */
export function judgesQuotedObject(tokens: Token[], v: number): boolean {
  const verb = tokens[v];
  const needs = verb ? OPINION_VERBS.get(verb.lower) : undefined;
  if (!verb || !needs || verb.text !== verb.lower) return false;
  let end = tokens.length;
  if (/^(?:a|an|the)$/.test(tokens[end - 1]?.lower ?? '')) end--;
  const as = tokens[end - 1]?.lower === 'as';
  if (as) end--;
  if (needs === 'as' && !as) return false;
  const object = tokens.slice(v + 1, end);
  if (object.length === 0 || object.length > 6) return false;
  if (!object.every((t) => (t.kind === 'word' && !NOT_IN_OBJECT.has(t.lower)) || t.text === '’s' || t.text === "'s")) return false;
  // `The studio cast Roe as "…" in its new film`: a role.
  if (verb.lower.startsWith('cast') && tokens.some((t) => STAGE.test(t.lower))) return false;
  // `The studio cast Roe as "…"`: a capitalised object with no article after `cast` is a performer's name.
  if (verb.lower.startsWith('cast') && isUpperStart(object[0]?.text ?? '')) return false;
  return true;
}
