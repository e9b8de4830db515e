/**
 * Walking over the noun phrase that is a speech cue's source: left from the word before the cue
 * (`the union's spokesman said`), right after an inverted cue (`said Mr Putin`), past appositives
 * and asides to the subject (`Guterres, who ..., said`), and to the name a description is apposed to.
 */
import { ARTICLES, POSSESSIVES, QUANTIFIERS } from '../lexicon/word-lists.ts';
import { isPersonNounAfterTime } from '../lexicon/person-nouns.ts';
import { ADVERBS, BOUNDARY, NOT_NP_END, SOURCE_NOUNS, TIME_UNITS, TIME_WORDS } from './source-words.ts';
import { ARTICLE_WORDS, endsInIng, isAbbrevDot, isCueWord, isWord, looksLikeName, passiveSubjectEnd } from './source-tokens.ts';
import {
  nameBeforeDescribedFrom,
  nameAhead,
  nameBeforeAffiliation,
  nameBeforeDescription,
  nameBeforeTitle,
  nameInAppositives,
} from './source-titles.ts';
import { isTitle } from '../mentions/names.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isNameAmpersand, withWhatTheyKnow } from './phrase-joins.ts';
import { topicBefore } from './source-asides.ts';
import { pronounAlone, stackedAsides, subjectStart } from './phrase-bounds.ts';
import { SAYER_SUBJECTS } from '../lexicon/pronouns.ts';
import { afterFocusWords } from './focus-words.ts';
import { latterOrFormer, oneOfPair } from './latter-former.ts';

/** The longest source noun phrase taken, in words. */
export const NP_MAX_WORDS = 9;

/** Words between two articles of one phrase: `an adviser to the minister`, `the head of the union`. */
const ARTICLE_RESET = new Set(['of', 'for', 'and', 'to', 'with', 'at', 'in', 'on', 'from', 'by', 'near', 'about', 'behind', 'under']);

/** Walk left from `tokens[e]` over a noun phrase; returns [start, end) or undefined. */
export function collectLeft(tokens: Token[], e: number, lo: number): [number, number] | undefined {
  const last = tokens[e];
  if (!isWord(last) || BOUNDARY.has(last.lower) || NOT_NP_END.has(last.lower) || isCueWord(tokens, e)) return undefined;
  // `tweeted a letter it said was sent`: a subject pronoun after a noun opens a clause of its own.
  if (SAYER_SUBJECTS.has(last.lower) && last.lower !== 'i') return [e, e + 1];
  let s = e;
  let words = 1;
  // `In a statement the union said`: two articles with no `of` between them are two phrases.
  let article = -1;
  while (s - 1 >= lo && words < NP_MAX_WORDS) {
    const t = tokens[s - 1] as Token;
    if (ARTICLE_WORDS.has(t.lower)) {
      if (article >= 0) {
        s = article;
        break;
      }
      article = s - 1;
    } else if (ARTICLE_RESET.has(t.lower)) article = -1;
    // A capitalised boundary word before a title belongs to it: `Under Secretary of State Steve Goldstein`.
    const titled = isUpperStart(t.text) && isTitle((tokens[s] as Token).lower);
    // `and` inside a name: `Health and Human Services`.
    const inName = t.lower === 'and' && isUpperStart((tokens[s] as Token).text) && isUpperStart(tokens[s - 2]?.text ?? '');
    if (
      isWord(t) &&
      !isCueWord(tokens, s - 1) &&
      (!BOUNDARY.has(t.lower) ||
        titled ||
        inName ||
        (t.lower === 'with' && (tokens[s - 2]?.lower === 'familiar' || withWhatTheyKnow(tokens, s))))
    ) {
      s--;
      words++;
    } else if (isAbbrevDot(tokens, s - 1) || isNameAmpersand(tokens, s - 1)) s--;
    else break;
  }
  const start = subjectStart(tokens, s, e, lo, words >= NP_MAX_WORDS);
  // `Only the mayor said`: the focusing adverb is no part of the subject.
  return [start < e ? afterFocusWords(tokens, start, plausibleStart) : start, e + 1];
}

const RIGHT_NP_START = new Set<string>([
  ...ARTICLES,
  ...QUANTIFIERS,
  ...POSSESSIVES,
  ...SAYER_SUBJECTS,
  ...['him', 'them', 'former', 'senior'],
]);

/** A word that may open a source phrase after its cue (a module function: tsx's keepNames wraps a closure made per call in `__name`). */
export function plausibleStart(t: Token | undefined): boolean {
  return isWord(t) && (isUpperStart(t.text) || RIGHT_NP_START.has(t.lower) || SOURCE_NOUNS.has(t.lower) || isTitle(t.lower));
}

/** Walk right from `tokens[s]` over a noun phrase (`said Mr Putin`, `according to him`). */
export function collectRight(tokens: Token[], from: number): [number, number] | undefined {
  // `said even the mayor`: the source is the phrase after a focusing adverb.
  const s = afterFocusWords(tokens, from, plausibleStart);
  const first = tokens[s];
  if (!isWord(first)) return undefined;
  // `said retired neurosurgeon Ben Carson`: a few lower-case words may lead up to a name.
  if (
    !plausibleStart(first) &&
    ![1, 2, 3].some((k) => isWord(tokens[s + k]) && isUpperStart((tokens[s + k] as Token).text) && tokens.slice(s, s + k).every(isWord))
  )
    return undefined;
  let e = s;
  let words = 0;
  // Two titles joined by `and` before a name may run longer than one phrase (`said Ledger bureau chief and veteran pundit Jo Roe`).
  let most = NP_MAX_WORDS;
  while (e < tokens.length && words < most) {
    const t = tokens[e] as Token;
    // `adds UCLA law professor and gun control advocate Adam Winkler`: `and` between two titles of one name.
    // `said the Fox and Friends co-host Ann Earl`: `and` inside a show's or a body's name before a title.
    const titles =
      t.lower === 'and' &&
      words > 0 &&
      (!isUpperStart(tokens[e - 1]?.text ?? '') || isUpperStart(tokens[e + 1]?.text ?? '')) &&
      nameAhead(tokens, e + 1);
    // `said spokesman Jo Roe early Saturday`: `early`/`late` before a time word opens a time adjunct (round 20).
    const timed =
      words > 0 &&
      !timeModifier(tokens, e, s) &&
      (TIME_WORDS.has(t.lower) || (/^(?:early|late)$/.test(t.lower) && TIME_WORDS.has(tokens[e + 1]?.lower ?? '')));
    if (titles) most = Math.max(most, words + 7);
    if (titles || (isWord(t) && !BOUNDARY.has(t.lower) && !isCueWord(tokens, e) && !timed)) {
      if (words === 0 && TIME_WORDS.has(t.lower)) break;
      e++;
      words++;
    } else if ((isAbbrevDot(tokens, e) || isNameAmpersand(tokens, e)) && words > 0) e++;
    else break;
  }
  return e > s ? [s, e] : undefined;
}

/**
 * `said a night nurse`, `said the morning host`: a time word right after the phrase's article and
 * before a noun for a person modifies that noun; it opens no time adjunct (`said a spokesman Monday`).
 */
function timeModifier(tokens: Token[], e: number, s: number): boolean {
  const next = tokens[e + 1];
  return (
    e === s + 1 &&
    ARTICLE_WORDS.has((tokens[s] as Token).lower) &&
    isWord(next) &&
    next.text === next.lower &&
    isPersonNounAfterTime(next.lower)
  );
}

/**
 * `said his wife, Jo Bloggs, in a statement`, `said the spokesman, Ann Lee.`: a description after the
 * cue, then a name between commas (or closing the sentence), is that person: the source is the name.
 */
export function apposedName(tokens: Token[], np: [number, number]): [number, number] {
  const [s, e] = np;
  const head = tokens[s] as Token;
  // `said the panel's top Republican, Rep. Jo Roe of Ohio.`: a capitalised last word after an article is still a description.
  const described = ARTICLE_WORDS.has(head.lower) || (POSSESSIVES as readonly string[]).includes(head.lower);
  if (
    tokens[e]?.text !== ',' ||
    isUpperStart(head.text) ||
    !isWord(tokens[e - 1]) ||
    (isUpperStart((tokens[e - 1] as Token).text) && !described)
  )
    return np;
  let n = e + 1;
  while (n < tokens.length && n - e <= 5 && ((isWord(tokens[n]) && isUpperStart((tokens[n] as Token).text)) || isAbbrevDot(tokens, n))) n++;
  if (n - e < 3 || !looksLikeName(tokens, [e + 1, n])) return np;
  const next = tokens[n];
  const from = (next?.lower === 'of' || next?.lower === 'from') && isUpperStart(tokens[n + 1]?.text ?? '');
  return next === undefined || from || [',', '.', ';', '!', '?'].includes(next.text) ? [e + 1, n] : np;
}

/** The subject of a cue at `tokens[k]`, skipping adverbs and appositives (`Guterres, who ..., said`); `aside`: see `topicBefore`. */
export function sourceBefore(tokens: Token[], k: number, lo: number, aside = false): [number, number] | undefined {
  let j = k - 1;
  while (j >= lo) {
    const t = tokens[j] as Token;
    // A capitalised word before a cue is a name, never an adverb: `May also told`, not the modal `may`.
    if (isWord(t) && !isUpperStart(t.text) && (ADVERBS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4))) j--;
    else if (isWord(t) && TIME_WORDS.has(t.lower) && tokens[j - 1]?.lower === 'on') j -= 2;
    // `Jo Roe on March 27 called`: a date (a capitalised month, a day's number) between the subject and its cue.
    else if (/^\d{1,2}$/.test(t.text) && isUpperStart(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.lower === 'on') j -= 3;
    // `Jo Roe in 2010 said`: a year between the subject and its cue.
    else if (
      /^(?:1[89]|20)\d\d$/.test(t.text) &&
      tokens[j - 1]?.lower === 'in' &&
      isWord(tokens[j - 2]) &&
      !endsInIng(tokens[k]?.text ?? '')
    )
      j -= 2;
    // `The president this week acknowledged`: a time phrase between the subject and its cue.
    else if (isWord(t) && TIME_UNITS.has(t.lower) && /^(this|last|next|that|each|every|earlier|later)$/.test(tokens[j - 1]?.lower ?? ''))
      j -= 2;
    else break;
  }
  if (j < lo) return undefined;
  j = passiveSubjectEnd(tokens, j, lo);
  // `Jo Roe and Ann Lee, the latter of whom warned`: the second (`the former`: the first) of the two named.
  const pair = latterOrFormer(tokens, j);
  if (pair) {
    const np = pair.comma - 1 >= lo ? collectLeft(tokens, pair.comma - 1, lo) : undefined;
    return np && oneOfPair(tokens, np, pair.first);
  }
  // `Kentucky's longtime senator, who has said he is …`: the relative pronoun's antecedent.
  // `Jo Roe, the envoy to the talks, who called`: the name the description is in apposition with.
  if (tokens[j]?.lower === 'who' && tokens[j - 1]?.text === ',' && j - 2 >= lo) {
    const np = collectLeft(tokens, j - 2, lo);
    return (np && nameBeforeDescription(tokens, np, lo, true)) ?? np;
  }
  if (tokens[j]?.text !== ',') {
    const np = pronounAlone(tokens, collectLeft(tokens, j, lo));
    return (
      (np &&
        (nameBeforeTitle(tokens, np, lo) ??
          nameBeforeAffiliation(tokens, np, lo) ??
          (aside && topicBefore(tokens, np[0]) ? undefined : nameBeforeDescription(tokens, np, lo)) ??
          nameBeforeDescribedFrom(tokens, np, lo))) ??
      np
    );
  }
  let m = j - 1;
  while (m >= lo && ((tokens[m] as Token).kind === 'word' || (tokens[m] as Token).text === '.')) m--;
  if (m < lo || tokens[m]?.text !== ',' || m === j - 1) return undefined;
  // `Roe, for her part, in a video posted Sunday, begged`: two asides of a preposition before the cue; the subject is before them.
  const earlier = stackedAsides(tokens, m, lo) ? sourceBefore(tokens, m + 1, lo, aside) : undefined;
  if (earlier) return earlier;
  const inner: [number, number] = [m + 1, j];
  const outer = collectLeft(tokens, m - 1, lo);
  if (looksLikeName(tokens, inner) && (!outer || !looksLikeName(tokens, outer))) return inner;
  const apposed = outer && !looksLikeName(tokens, outer) ? nameInAppositives(tokens, inner, m, lo) : undefined;
  if (apposed) return apposed;
  // `Jo Bloggs, co-founder of The Beacon, which has …, told`: the name before the description and its relative clause;
  // `Jo Bloggs, director of Harbour Watch, a port watchdog group, said`: and before a second appositive (round 20).
  return (outer && nameBeforeDescription(tokens, outer, lo)) || outer;
}
