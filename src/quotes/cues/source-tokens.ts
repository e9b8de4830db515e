/**
 * Token tests that the source-phrase steps share (`source-phrase.ts`, `source-titles.ts`): words,
 * abbreviation dots, cue words, subject pronouns and name-shaped runs.
 */
import { matchCue } from './cues.ts';
import { isOrgWord } from '../mentions/names.ts';
import { ABBREVIATIONS } from '../mentions/context.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { BE_FORMS, MODALS } from '../lexicon/word-lists.ts';

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const isCueWord = (tokens: Token[], i: number): boolean => matchCue(tokens, i) !== undefined;
export const isAbbrevDot = (tokens: Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  return tokens[i]?.text === '.' && isWord(prev) && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && isUpperStart(prev.text)));
};

export const ARTICLE_WORDS = new Set(['the', 'a', 'an']);

/** Subject pronouns: a source on their own. */

/** A party and state after a lawmaker's name (`R-Ky.`, `D-Calif.`): never a name of its own. */
const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/** Up to five capitalised words (not a body's), abbreviation dots not counted: `Brig. Gen. Ro Manel`, `Rep. Jo G. Roe`. */
export function looksLikeName(tokens: Token[], [s, e]: [number, number]): boolean {
  if (e - s > 9 || PARTY_STATE.test(tokens[s]?.text ?? '')) return false;
  let words = 0;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.' && (e - s <= 5 || isAbbrevDot(tokens, k))) continue;
    if (!isWord(t) || !isUpperStart(t.text) || isOrgWord(t.lower)) return false;
    words++;
  }
  return words <= 5;
}

/** `R-Ariz.`: a lawmaker's party and state, whose full stop ends no sentence. */
export const isPartyStateDot = (tokens: Token[], i: number): boolean =>
  tokens[i]?.text === '.' && PARTY_STATE.test(tokens[i - 1]?.text ?? '');

/** Participles that are not written with `-ed`: `is heard saying`, `was seen telling`. */
const IRREGULAR_PARTICIPLES = new Set(['heard', 'overheard', 'seen', 'caught', 'found']);

/**
 * `Dorsey is heard saying`, `Dorsey was caught telling`: when `tokens[j]` is a lower-case participle
 * after a form of `be` (an adverb may stand between), where the subject of that passive ends (the
 * word before the auxiliary); else `j`.
 */
export function passiveSubjectEnd(tokens: Token[], j: number, lo: number): number {
  const p = tokens[j];
  if (!isWord(p) || isUpperStart(p.text) || !(IRREGULAR_PARTICIPLES.has(p.lower) || /^\p{Ll}{3,}ed$/u.test(p.text))) return j;
  let a = j - 1;
  if (isWord(tokens[a]) && /ly$|^also$|^then$|^later$/.test((tokens[a] as Token).lower) && !BE_FORMS.has((tokens[a] as Token).lower)) a--;
  if (a - 1 < lo || !BE_FORMS.has(tokens[a]?.lower ?? '')) return j;
  // `an officer can be heard saying`: a modal before `be` belongs to the verb, not the subject.
  if (tokens[a]?.lower === 'be' && MODALS.has(tokens[a - 1]?.lower ?? '') && a - 2 >= lo) a--;
  const subject = tokens[a - 1];
  return isWord(subject) && !/^(?:that|which|who|what|there|it)$/.test(subject.lower) ? a - 1 : j;
}

/** `text.split(' ')[0]?.toLowerCase().endsWith('ing')`: the first word ends in `ing`, by code unit (only `I`/`N`/`G` lower to those letters). */
export function endsInIng(text: string): boolean {
  const space = text.indexOf(' ');
  const end = space < 0 ? text.length : space;
  if (end < 3) return false;
  return (text.charCodeAt(end - 3) | 32) === 105 && (text.charCodeAt(end - 2) | 32) === 110 && (text.charCodeAt(end - 1) | 32) === 103;
}
