/**
 * Where a subject phrase found by walking left from its cue (`collectLeft`) really starts and ends: back
 * to the head of a phrase the word limit cut at a preposition, past a time phrase written before the
 * subject, a pronoun on its own, and the asides between a subject and its cue.
 */
import { POSSESSIVES } from '../lexicon/word-lists.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { BOUNDARY, isTimeUnit } from './source-words.ts';
import { ARTICLE_WORDS, isCueWord, isWord } from './source-tokens.ts';
import { SAYER_SUBJECTS } from '../lexicon/pronouns.ts';

/** The preposition that ties a long phrase to its head noun: `a spokesman for the Office of the Director of …` (`of` ties bodies' names too). */
const HEAD_TIES = new Set(['for']);
/** Prepositions of place that tie a qualifier to its head noun: `a source inside the White House …` (round 21). */
const PLACE_TIES = new Set(['inside', 'within', 'at', 'in']);

/**
 * `A spokesman for the Office of the Director of National Parks called`: a phrase cut by the word limit
 * at a preposition lacks its head; up to four more words back to an article, when every one is a word.
 */
function headBeforeOf(tokens: Token[], s: number, lo: number): number {
  // `A source inside the White House with knowledge of … tells`: cut at the article after a preposition of place.
  if (ARTICLE_WORDS.has(tokens[s]?.lower ?? '') && PLACE_TIES.has(tokens[s - 1]?.lower ?? '')) return headBeforeOf(tokens, s - 1, lo);
  if (!HEAD_TIES.has(tokens[s]?.lower ?? '') && !PLACE_TIES.has(tokens[s]?.lower ?? '')) return s;
  for (let k = s - 1; k >= lo && k >= s - 4; k--) {
    const t = tokens[k];
    if (!isWord(t) || (BOUNDARY.has(t.lower) && !ARTICLE_WORDS.has(t.lower)) || isCueWord(tokens, k)) return s;
    if (ARTICLE_WORDS.has(t.lower)) return k;
  }
  return s;
}

/**
 * A lower-case time word (`isTimeUnit`) opens an adverbial phrase (`earlier in the day`, `that morning`), never a subject's head:
 * `Earlier in the day Tobin admitted`, `Later that week the mayor said`: a time phrase written before the
 * subject without a comma is no part of it: the phrase starts after the time word, when a capitalised word
 * or a determiner follows it (never `the night manager`, whose time word modifies a noun).
 */
function afterTimePhrase(tokens: Token[], s: number, e: number): number {
  for (let k = e - 1; k >= s; k--) {
    const t = tokens[k] as Token;
    if (t.text !== t.lower || !isTimeUnit(t.lower)) continue;
    const next = tokens[k + 1] as Token;
    return isUpperStart(next.text) || ARTICLE_WORDS.has(next.lower) || (POSSESSIVES as readonly string[]).includes(next.lower) ? k + 1 : s;
  }
  return s;
}

/** The start of the phrase `tokens[s .. e]` walked left from a cue; `capped`: the walk stopped at the word limit. */
export const subjectStart = (tokens: Token[], s: number, e: number, lo: number, capped: boolean): number =>
  afterTimePhrase(tokens, capped ? headBeforeOf(tokens, s, lo) : s, e);

/** `He soon added`: a subject pronoun followed by lower-case words is the source on its own. */
export function pronounAlone(tokens: Token[], np: [number, number] | undefined): [number, number] | undefined {
  if (!np || np[1] - np[0] < 2 || !SAYER_SUBJECTS.has((tokens[np[0]] as Token).lower)) return np;
  return tokens.slice(np[0] + 1, np[1]).every((t) => isWord(t) && !isUpperStart(t.text)) ? [np[0], np[0] + 1] : np;
}

/** Prepositions that open an aside between a subject and its verb (`, in a video posted Sunday,`, `, for his part,`). */
const ASIDE_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'from', 'under', 'via', 'through', 'for']);

/**
 * The comma at `m` opens an aside of a preposition (`, in a video posted Sunday,`) right after another
 * (`, for his part`): two asides between a subject and its cue, not a description of the subject.
 */
export function stackedAsides(tokens: Token[], m: number, lo: number): boolean {
  if (!ASIDE_OPENERS.has(tokens[m + 1]?.lower ?? '')) return false;
  let p = m - 1;
  while (p >= lo && (isWord(tokens[p]) || tokens[p]?.text === '.')) p--;
  return p >= lo && p < m - 1 && tokens[p]?.text === ',' && ASIDE_OPENERS.has(tokens[p + 1]?.lower ?? '');
}
