import { NOT_SPEAKER_BEFORE, SPEECH_AFTER, SPEECH_BEFORE, TITLE_ABBREVIATIONS, isPersonHead } from '../lexicon/word-lists.ts';
import { hasPossessiveS, withoutPossessiveS } from '../../text/marks.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import { isUpperCased, letterRuns, lowerWordAfterSpace } from '../finding/letters.ts';
import { nextNameRun, withoutPlaceInitial } from './name-run.ts';
import { isSpaceCode, isUpperStart, isWordCode, mayOpenAppositive, previousWord, tokenize, wordBefore, type Token } from '../tokens.ts';
import { frequentNameGender, genderOf, type Gender } from '../lexicon/given-names.ts';
import { givenNameBeforeSurname } from './surname-words.ts';
import { GENERATIONS } from '../lexicon/generations.ts';
import { unglueThings } from './glued-names.ts';
import { findCodedNames, type CodedName } from './coded-names.ts';
import { isPeoplePlural } from '../lexicon/people-plurals.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { SAYING_OPENERS, adverbByShape, gluedOpener, namesDay } from './name-openers.ts';
export { givenNameGender } from '../lexicon/given-names.ts';
import { TITLES, WORD_SURNAMES, isTitle } from '../lexicon/titles.ts';
import { departmentEnd, isDepartmentName, titleClosesDescription, titleOfBefore, titleOfBeforeText } from './department-titles.ts';
export { TITLES, WORD_SURNAMES, isTitle };
import { NOT_NAME, ORG_WORDS, PAGE_WORDS_IN_NAMES, isNotLoneWord, isOrgWord } from './not-name-words.ts';
export { isNotLoneWord, isOrgWord };

/** Name particles allowed inside a run (`Ursula von der Leyen`, `Charles de Gaulle`). */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'di', 'dos', 'das', 'ibn']);
/** Abbreviations followed by a period inside a name run. */
const ABBREVIATIONS = new Set<string>([...TITLE_ABBREVIATIONS, ...['ft', 'pres', 'sec']]);
/** Lower-case words that may sit between role words and a name (`longtime Democratic pollster Pat Caddell`). */
const ROLE_STOP = new Set('the a an and or but that with in on at by from as to of said says told for when while who which'.split(' '));

export type { Gender };

/** A personal name found in the text, titles and roles split off. */
export interface NameMention {
  /** Name words as written, e.g. `['Vladimir', 'Putin']`. */
  words: string[];
  start: number;
  end: number;
  /** Lower-case title/role words seen with this mention (`russian`, `president`). */
  roles: string[];
  gender?: Gender;
  /** Evidence that this is a person (a title, several name words), rather than a lone capitalised word. */
  confident: boolean;
}

/** Arabic and similar surnames led by a lower-case particle and a hyphen: `al-Ansi`, `el-Sisi`, `bin-Talal`. */
const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;
/** A capitalised word, or a surname led by a particle and a hyphen (`al-Ansi`). */
export const isNameStart = (text: string): boolean =>
  isUpperStart(text) ||
  (text.length > 3 && text.length < 24 && text.indexOf('-') > 0 && text.indexOf('-') < 4 && HYPHEN_PARTICLE.test(text));

function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !isNameStart(t.text)) return false;
  return !(t.text.length > 3 && isUpperCased(t.text));
}

/**
 * Maximal runs of capitalised words in `tokens[from..to)`, allowing initials and abbreviations
 * with their period (`Donald J. Trump`, `Mr. Putin`) and name particles (`von der`).
 * Returns [start, end) index pairs into `tokens`.
 */
export function capitalisedRuns(tokens: Token[], from = 0, to = tokens.length): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (!(t.kind === 'word' && isNameStart(t.text))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const u = tokens[j];
      if (j >= to || !u) break;
      const prev = tokens[j - 1] as Token;
      if (u.kind === 'word' && isNameStart(u.text)) j++;
      else if (
        u.text === '.' &&
        prev.kind === 'word' &&
        (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower)) &&
        tokens[j + 1]?.kind === 'word' &&
        isUpperStart((tokens[j + 1] as Token).text)
      )
        j++;
      else if (
        (u.text === '&' || (u.kind === 'word' && PARTICLES.has(u.text))) &&
        tokens[j + 1]?.kind === 'word' &&
        isUpperStart((tokens[j + 1] as Token).text)
      )
        j++;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

function surnameAfterForename(words: Token[], a: number, b: number): boolean {
  const last = (words[b - 1] as Token).lower;
  const before = b - 2 >= a ? (words[b - 2] as Token).lower : '';
  return WORD_SURNAMES.has(last) && frequentNameGender(before) !== undefined;
}

/** After a body's `&`, does a title or a given name open a person's name before the run's last word? */
function personAfterAmpersand(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && (isTitle(t.lower) || frequentNameGender(t.lower) !== undefined)) return true;
  }
  return false;
}

/**
 * Split a capitalised run into titles and a personal name: everything up to the last title word
 * is a role (`Russian President` | `Vladimir Putin`). Returns undefined when nothing name-like is
 * left or the run is an organisation or place.
 */
export function parseNameRun(
  tokens: Token[],
  from: number,
  to: number,
  afterOf = titleOfBefore(tokens, from),
  beforeOf = tokens[to]?.lower === 'of',
  wordBeforeRun = from > 0 && tokens[from - 1]?.kind === 'word',
): { name: Token[]; roles: string[] } | undefined {
  const words: Token[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    // `Johnson & Johnson`: an ampersand before the run's last word joins a body's name, never a person's;
    // before more words, what follows it is read as the run only when a title or a given name opens a
    // person's name there (`Health & Human Services Secretary Jo Roe`); else it is a body's (`Barnes & Noble Education`).
    if (t.text === '&') {
      // `B&G Foods`: written without spaces, the ampersand is inside one word of the name.
      if (k + 2 >= to || (tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end)) return undefined;
      if (!personAfterAmpersand(tokens, k + 1, to)) return undefined;
      words.length = 0;
    } else if (t.kind === 'word') words.push(t);
  }
  // `US Secretary of State`, `Deputy Director of`: a title heading `of …` ends a description, not a name
  // (unless a given name comes first: `Howard Dean of Vermont`).
  if (beforeOf && words.length >= 2 && titleClosesDescription(words)) return undefined;
  let lastTitle = -1;
  // A title word before a generation alone is a surname: `Martin Luther King Jr.`.
  const generation = words.length > 2 && GENERATIONS.has((words[words.length - 1] as Token).lower) ? words.length - 2 : -1;
  for (let k = 0; k < words.length - 1; k++) if (k !== generation && isTitle((words[k] as Token).lower)) lastTitle = k;
  // `Secretary of the Treasury Jo Roe`, `Secretary of State Roe`: after a title's `of`, the run opens with the
  // department's name: the words before its first given name, else its first word.
  if (lastTitle < 0 && afterOf && words.length >= 2) lastTitle = departmentEnd(words);
  // `the Department of Public Health`: two words after a body's own `of`, with no given name, are the body's name.
  if (afterOf === 'department' && lastTitle < 0 && isDepartmentName(words)) return undefined;
  // `NARAL's Shipp`, `Fox News's Chris Wallace`: the name is what follows a possessive inside the run.
  for (let k = lastTitle + 1; k < words.length - 1; k++) if (hasPossessiveS((words[k] as Token).text)) lastTitle = k;
  // The name is `words[a .. b)`: found by moving its bounds, one array made at the end.
  let a = lastTitle + 1;
  let b = words.length;
  // `A.M. Stroud`: an initial is no article, though it is spelled as one.
  while (a < b && NOT_NAME.has((words[a] as Token).lower) && !isInitial(tokens, words[a] as Token)) a++;
  // `Live Action`, `Live Nation`, `Check Point`: a page's word opening two words is a body's name, not a label before one.
  if (b - a === 1 && a === lastTitle + 2 && PAGE_WORDS_IN_NAMES.has((words[a - 1] as Token).lower)) return undefined;
  // `Reluctantly Ward signed`, `Added Bondi:`: an adverb by its shape or a verb of saying opening a longer run.
  const opener = words[a]?.lower ?? '';
  // `Like Obama, she`, `Stopping Trump was`: the run's first word, opening the sentence (not `the website Breaking Defense`).
  const glued = a === 0 && b >= 2 && !wordBeforeRun && gluedOpener(opener);
  if (glued || (b - a >= 2 && ((adverbByShape(opener) && !ORG_WORDS.has(opener)) || SAYING_OPENERS.has(opener)))) a++;
  while (glued && a < b && NOT_NAME.has((words[a] as Token).lower)) a++; // `Get More Trump`
  // `Obama Says Boston …`: a headline's verb of saying after the name.
  if (b - a >= 2 && SAYING_OPENERS.has((words[b - 1] as Token).lower)) b--;
  // `Human Rights Watch`, `Judicial Watch`: `Watch` closing a longer run is the body's name, not a page's `Watch more`;
  // `USA Today`, `Psychology Today`: so is a capitalised `Today` (a time word is written in lower case inside a sentence).
  const bodyEnd = b - a >= 2 && ((words[b - 1] as Token).lower === 'watch' || (words[b - 1] as Token).text === 'Today');
  // `Super Tuesday`, `Black Friday`: a day's name is no person's, even with its weekday cut off.
  if (b - a >= 2 && namesDay((words[b - 2] as Token).lower, (words[b - 1] as Token).lower)) return undefined;
  while (!bodyEnd && a < b && NOT_NAME.has((words[b - 1] as Token).lower) && !surnameAfterForename(words, a, b)) b--;
  if (a === b) return undefined;
  for (let k = a; k < b; k++) {
    const t = words[k] as Token;
    if ((ORG_WORDS.has(t.lower) && !givenNameBeforeSurname(words, a, b, k)) || (!isNameWord(t) && !PARTICLES.has(t.text))) return undefined;
  }
  // `Critics say`, `Supporters of Roe note`: a plural noun for people alone is a description, never a name.
  if (b - a === 1 && (isTitle((words[a] as Token).lower) || isPeoplePlural((words[a] as Token).lower))) return undefined;
  const roles: string[] = [];
  for (let k = 0; k <= lastTitle; k++) {
    const t = words[k] as Token;
    if (hasPossessiveS(t.text)) continue;
    if (t.lower.includes('-') || t.lower.includes('‑')) roles.push(...t.lower.split(/[-‑]/));
    else roles.push(t.lower);
  }
  return { name: a === 0 && b === words.length ? words : words.slice(a, b), roles };
}

/** Is the word one capital letter with its full stop right after it (`A.` of `A.M. Stroud`)? */
const isInitial = (tokens: Token[], t: Token): boolean =>
  t.text.length === 1 && isUpperStart(t.text) && tokens[tokens.indexOf(t) + 1]?.start === t.end;

/** `out.push(...word.split(/[-‑]/))`, without the split when the word holds no hyphen. */
function pushRoleParts(out: string[], word: string): void {
  if (word.includes('-') || word.includes('‑')) out.push(...word.split(/[-‑]/));
  else out.push(word);
}

/** Role words just before a run, ending in a title word: `longtime Democratic pollster` before `Pat Caddell`. */
function premodifiers(tokens: Token[], runStart: number): string[] {
  const out: string[] = [];
  const adjacent = tokens[runStart - 1];
  if (!adjacent || adjacent.kind !== 'word' || !isTitle(adjacent.lower)) return out;
  for (let k = runStart - 1; k >= 0 && out.length < 4; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || ROLE_STOP.has(t.lower)) break;
    pushRoleParts(out, withoutPossessiveS(t.lower));
  }
  return out;
}

/** Role words of an appositive right after a name: `Antonio Guterres, the UN secretary-general,`. */
function appositive(tokens: Token[], runEnd: number): string[] {
  if (tokens[runEnd]?.text !== ',') return [];
  const det = tokens[runEnd + 1]?.lower;
  if (det !== 'the' && det !== 'a' && det !== 'an') return [];
  const out: string[] = [];
  for (let k = runEnd + 2; k < tokens.length && k < runEnd + 8; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return t.text === ',' ? out : [];
    // `Jo Roe, the mayor said, "…"`, `Jo Roe, the statement said,`: a verb of saying makes the words a
    // parenthetical clause with its own subject, not a description of the name.
    if (SAYING_VERBS.has(t.lower) && det === 'the' && tokens[k + 1]?.kind !== 'word') return [];
    pushRoleParts(out, withoutPossessiveS(t.lower));
  }
  return [];
}

/** Headline-style paragraphs (most words capitalised, no closing full stop) give unreliable name runs. */
function isTitleCase(text: string, para: Paragraph): boolean {
  if (/[.!?:]$/.test(text[para.end - 1] ?? '')) return false;
  const { words, caps } = letterRuns(text, para.start, para.end);
  return words >= 3 && caps / words > 0.6;
}

const isJoinerCode = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2011;

/**
 * Is the last token of `tokenize(text, from, pos)` a title word? That token is a word (a word
 * character stands before `pos`, spaces aside): read back from its end the way `tokenize` reads forward.
 */
function titleBefore(text: string, pos: number, from: number): boolean {
  let k = pos - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  let s = k;
  for (;;) {
    if (s - 1 >= from && isWordCode(text.charCodeAt(s - 1))) s--;
    else if (s - 2 >= from && isJoinerCode(text.charCodeAt(s - 1)) && isWordCode(text.charCodeAt(s - 2))) s -= 2;
    else break;
  }
  return isTitle(text.slice(s, k + 1).toLowerCase());
}

/** A letter, mark, digit or apostrophe right before a run: the run is inside a word (`McDonald`). */
const INSIDE_WORD = /[\p{L}\p{M}\p{N}'’]/u;

/**
 * Find mentions of people in the masked article text (quotations blanked, so names inside quotes
 * are not counted), in the paragraphs before `limit`. Multi-word and titled names are confident;
 * a lone capitalised word is kept as a candidate that the article's people index accepts only if
 * it matches a known name. Only the words around each run are tokenized, to keep this fast.
 */
export function findNameMentions(masked: string, paragraphs: Paragraph[], limit: number = masked.length): NameMention[] {
  const out: NameMention[] = [];
  const headline = new Map<number, boolean>();
  // `Juror B-29`, `Witness 3`: a designation is a name of its own, and the capitalised run inside it none.
  const coded = findCodedNames(masked, limit);
  let c = 0;
  let p = 0;
  for (let run = nextNameRun(masked, 0); run !== null && run.index < limit; run = nextNameRun(masked, run.end)) {
    const m = withoutPlaceInitial(masked, run);
    if (!m) continue;
    while (c < coded.length && (coded[c] as CodedName).end <= m.index) c++;
    if (c < coded.length && (coded[c] as CodedName).start <= m.index) continue;
    const runText = masked.slice(m.index, m.end);
    if (m.index > 0) {
      const c = masked.charCodeAt(m.index - 1);
      if (c === 39 || c === 0x2019 || (c < 128 ? isWordCode(c) : INSIDE_WORD.test(masked[m.index - 1] as string))) continue;
    }
    const single = !runText.includes(' ');
    // A capitalised sentence word as written (`The`) is found without its lower-cased copy.
    if (single && isNotLoneWord(runText)) continue;
    while (p + 1 < paragraphs.length && (paragraphs[p + 1] as Paragraph).start <= m.index) p++;
    const para = paragraphs[p] as Paragraph;
    const runEnd = m.index + runText.length;
    // `the former Boston governor`, `Fox News host`: a capitalised modifier of a role noun is nobody.
    const nextWord = lowerWordAfterSpace(masked, runEnd);
    // A possessor is named, not modifying: `Trump's executive order`.
    if (nextWord && isPersonHead(nextWord) && !hasPossessiveS(runText)) continue;
    // The word before a lone word, read once for the three tests below.
    const previous = single && !runText.endsWith('.') ? previousWord(masked, m.index, para.start) : '';
    if (single && !runText.endsWith('.') && !isTitle(previous)) {
      // A lone capitalised word with no title before it: a candidate, resolved only against known names.
      const second = runText.charCodeAt(1);
      if (!(second >= 97 && second <= 122) && !/^[\p{Lu}][\p{Ll}\p{M}'’‑-]/u.test(runText)) continue;
      // `said Wilcox, an Orlando Republican`, `Wilcox said`: a lone word that speaks is a person's name (cheap letter tests first).
      const end = masked.charCodeAt(m.index - 2);
      const next = masked.charCodeAt(runEnd + 1);
      const speaks =
        masked[m.index - 1] !== '-' &&
        !hasPossessiveS(runText) &&
        (((end === 100 || end === 115 || end === 101) && SPEECH_BEFORE.has(previous)) ||
          ((next === 115 || next === 116 || next === 97 || next === 119) &&
            SPEECH_AFTER.test(masked.slice(runEnd, runEnd + 9)) &&
            !NOT_SPEAKER_BEFORE.has(previous)));
      out.push({ words: [withoutPossessiveS(runText)], start: m.index, end: runEnd, roles: [], gender: undefined, confident: speaks });
      continue;
    }
    const tokens = tokenize(masked, m.index, runEnd);
    const parsed = parseNameRun(
      tokens,
      0,
      tokens.length,
      titleOfBeforeText(masked, m.index),
      nextWord === 'of',
      wordBefore(masked, m.index, para.start),
    );
    if (!parsed) continue;
    // Role words before the run need a word right before it (`pollster Pat Caddell`); after a mark or a paragraph start there are none.
    // Each is tokenized only when it can give a role: a title word right before, `, the|a|an` right after.
    const beforeFrom = Math.max(para.start, m.index - 40);
    const before =
      wordBefore(masked, m.index, para.start) && titleBefore(masked, m.index, beforeFrom) ? tokenize(masked, beforeFrom, m.index) : [];
    const after =
      masked[runEnd] === ',' && mayOpenAppositive(masked, runEnd + 1) ? tokenize(masked, runEnd, Math.min(para.end, runEnd + 80)) : [];
    const { name } = parsed;
    const pre = premodifiers(before, before.length);
    const apposed = appositive(after, 0);
    const roles = pre.length === 0 && apposed.length === 0 ? parsed.roles : [...parsed.roles, ...pre, ...apposed];
    const titled = parsed.roles.length > 0 || pre.some((w) => isTitle(w));
    const first = name[0] as Token;
    const last = name[name.length - 1] as Token;
    let confident = (titled || name.length >= 2) && (!NOT_NAME.has(first.lower) || isInitial(tokens, first));
    if (confident) {
      if (!headline.has(p)) headline.set(p, isTitleCase(masked, para));
      confident = !headline.get(p);
    }
    const gender = genderOf(name.length >= 2 ? first.text : undefined, roles);
    // `Trump's`: the person is `Trump`.
    const words = name.map((t, k) => (k === name.length - 1 ? withoutPossessiveS(t.text) : t.text));
    out.push({ words, start: first.start, end: last.end, roles, gender, confident });
  }
  unglueThings(masked, out);
  return coded.length > 0 ? [...out, ...coded].sort((a, b) => a.start - b.start) : out;
}
