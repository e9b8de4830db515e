/**
 * `Roe praised Jo Dunn, who had called the bill "…"`, `Ask Jo Dunn, who had to apologize after referring
 * to the park as "…"`: a relative clause of saying on a name speaks for that name, not for the sentence's
 * subject, whose own verb (`praised`) only comes first.
 */
import type { Found } from './found.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import {
  ARTICLES,
  BE_FORMS as BE,
  BETWEEN_SUBJECT_AND_VERB,
  isPersonHead,
  POSSESSIVES,
  PREPOSITIONS,
  QUANTIFIERS,
} from '../lexicon/word-lists.ts';
import { isNeverName } from '../mentions/sentence-words.ts';
import { givenNameGender } from '../lexicon/given-names.ts';
import { isTitle } from '../lexicon/titles.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';

/**
 * Words before a capitalised run that make it the end of a longer phrase (`Jo Roe, an envoy to the United
 * Nations, who …`, `a professor in Great Britain, who …`, `said one Ohio Republican, who …`): the relative
 * clause is the phrase's head's.
 */
const INSIDE_PHRASE = new Set([...PREPOSITIONS, ...ARTICLES, ...POSSESSIVES, ...QUANTIFIERS, 'this', 'that', 'and', 'or']);
/** Prepositions before a participle whose subject is the clause's (`who had to apologize after referring to it as`). */
const PARTICIPLE_LEADS = new Set(['after', 'before', 'by', 'while', 'when', 'in', 'without']);

/** After `as`/`for` at `j`: where one to three lower-case words end before an adverb or the verb at `v` (`as first lady once`); else `j`. */
function roleOrTimeEnd(tokens: Token[], j: number, v: number): number {
  for (let m = j + 2; m <= j + 4 && m <= v; m++) {
    const t = tokens[m - 1] as Token;
    if (t.kind !== 'word' || isUpperStart(t.text) || !/^\p{Ll}+$/u.test(t.text)) return j;
    if (m === v || BETWEEN_SUBJECT_AND_VERB.has(tokens[m]?.lower ?? '') || /^\p{Ll}{3,}ly$/u.test(tokens[m]?.lower ?? '')) return m;
  }
  return j;
}

/**
 * Is `who` at `w` the subject of the verb at `v`? Only adverbs and auxiliaries stand between them (`who has
 * repeatedly called`), or an infinitive and a preposition before a participle (`who had to apologize after
 * referring`); any other word opens a subject of the clause's own (`who critics said was`, `who the mayor
 * called`, `who his staff called`, `who everyone calls`), whose words the quotation is.
 */
function whoIsSubject(tokens: Token[], w: number, v: number): boolean {
  let j = w + 1;
  while (j < v) {
    const lower = tokens[j]?.lower ?? '';
    if (tokens[j]?.kind !== 'word' || isUpperStart(tokens[j]?.text ?? '')) return false;
    if (BETWEEN_SUBJECT_AND_VERB.has(lower) || /^\p{Ll}{3,}ly$/u.test(lower)) j++;
    // `who as first lady once accused`, `who for years touted`: a short phrase of role or time right after `who`.
    else if ((lower === 'as' || lower === 'for') && j === w + 1 && roleOrTimeEnd(tokens, j, v) > j) j = roleOrTimeEnd(tokens, j, v);
    else if (lower === 'to' && j > w + 1 && j + 1 < v) j += 2;
    else if (PARTICIPLE_LEADS.has(lower) && j === v - 1 && j > w + 1 && tokens[v]?.lower.endsWith('ing')) j++;
    else return false;
  }
  return true;
}

/**
 * For the verb of saying at `v` (the nearest to the quotation at the end of `tokens`): the name before
 * `, who` when `v` is in that relative clause (at most eight lower-case words after `who`) and the name
 * is an object or the subject itself (after a verb, `Ask`, or first), not the end of a longer phrase;
 * `null` when that clause is passive (`Dunn, who was called "…"`: no one's words); otherwise undefined.
 */
export function relativeOnName(tokens: Token[], v: number): Found | null | undefined {
  let k = v - 1;
  while (k > 0 && k >= v - 9 && tokens[k]?.lower !== 'who') k--;
  if (tokens[k]?.lower !== 'who' || tokens[k - 1]?.text !== ',' || !whoIsSubject(tokens, k, v)) return undefined;
  // `Roe, who was called "…"`: a passive cue, or a noun after a preposition (`who was heckled with chants of`;
  // not a gerund: `who responded by writing`), says nothing of the name's own words.
  // (`who is predicting` is no passive: a progressive speaks.)
  const passive =
    !/ing$/.test(tokens[v]?.lower ?? '') &&
    (BE.has(tokens[v - 1]?.lower ?? '') || (BE.has(tokens[v - 2]?.lower ?? '') && /ly$/.test(tokens[v - 1]?.lower ?? '')));
  if (passive || (PREPOSITIONS.has(tokens[v - 1]?.lower ?? '') && !/ing$/.test(tokens[v]?.lower ?? ''))) return null;
  // `Roe, who called for the vote, wants people to vote "…"`: a clause closed before the quotation governs nothing in it.
  for (let j = v + 1; j < tokens.length; j++) if (tokens[j]?.text === ',' || tokens[j]?.kind === 'quote') return undefined;
  const end = k - 1;
  let a = end;
  while (a > 0 && end - a < 4) {
    const t = tokens[a - 1] as Token;
    if (t.kind === 'word' && isUpperStart(t.text)) a--;
    else if (t.text === '.' && a - 1 > 0 && (tokens[a - 2]?.text.length ?? 0) <= 2) a--;
    else break;
  }
  // `Ask Jo Dunn, who …`: a sentence word opening the run is no part of the name, nor is the sentence's
  // first word before two more (`Ask` of `Ask Jo Dunn`) unless it is a title or a given name itself.
  while (a < end - 1 && isNeverName(tokens[a]?.lower ?? '')) a++;
  const first = tokens[a]?.lower ?? '';
  if (a === 0 && end - a >= 3 && !isTitle(first) && !givenNameGender(first)) a++;
  const before = tokens[a - 1];
  if (a === end || tokens[a]?.lower === 'the' || /['’]s$/.test(tokens[end - 1]?.text ?? '')) return undefined;
  if (before && (before.kind !== 'word' || (isUpperStart(before.text) && !isNeverName(before.lower)) || INSIDE_PHRASE.has(before.lower)))
    return undefined;
  // `Ann Roe, the daughter of former candidate Jon, who …`: a name after a title or a noun for a person, or
  // inside an `of` phrase, ends an appositive; the relative clause is its head's.
  if (before && (isTitle(before.lower) || isPersonHead(before.lower) || endsLikePersonNoun(before.lower))) return undefined;
  for (let j = a - 1; j >= 0 && j >= a - 4 && tokens[j]?.kind === 'word' && !isUpperStart(tokens[j]?.text ?? ''); j--)
    if (INSIDE_PHRASE.has(tokens[j]?.lower ?? '')) return undefined;
  const verb = tokens[v] as Token;
  return { np: [a, end], cue: { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end }, tokens };
}
