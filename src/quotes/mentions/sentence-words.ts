/**
 * Capitalised words that open a sentence or a headline and are glued to the name after them: a
 * capital run `Whenever Cole`, `Is Donald Trump`, `Debating Tim Kaine`, `Allows Iran` is cut to the
 * name (`Cole`, `Donald Trump`, `Tim Kaine`, `Iran`). A word is cut when it is a word that is never a
 * given name (a preposition, conjunction, auxiliary, determiner or sentence adverb), or when it opens
 * a sentence, the article writes it in lower case elsewhere (`debating`, `given`), the same run never
 * stands inside a sentence (where only a name keeps its capital: `Rep. Will Hurd`) and the name left
 * is named elsewhere too (so `Public Citizen` stays whole). A known given name (`Hope Hicks`, `Mark
 * Warner`) is never cut.
 */
import { givenNameGender, isOrgWord, type NameMention } from './names.ts';
import { isWordCode } from '../tokens.ts';
import { DEMONSTRATIVES } from '../lexicon/word-lists.ts';
import { isGovernedPlace, isPlaceName } from '../lexicon/places.ts';
import { foldName } from '../../text/fold.ts';
import { withoutPossessiveS } from '../../text/marks.ts';

/** Words that open a sentence or a clause and never a personal name, whatever their case. */
const NEVER_NAMES = new Set([
  ...`about above across after against along amid amidst among around as at before behind below beneath beside besides
between beyond by despite during except for from inside into near of off onto outside over past per since than through
throughout toward towards under underneath unlike until upon via with within without and but or nor so yet because
although though while whereas whether if unless once when whenever where wherever whatever whoever however whichever
is are was were be been being am has have had do does did can could shall should would must might not also even just
only maybe perhaps always never often sometimes still already again almost nearly instead meanwhile likewise similarly
consequently regrettably fortunately unfortunately thankfully hopefully ironically indeed both either neither each
every any all some another such what which whose its our their my your his her yes here there
then now thus hence too very last next first today tonight yesterday tomorrow staff counsel`.split(/\s+/),
  ...DEMONSTRATIVES,
]);

/** Is this lower-case word one that never is a personal name (`during`, `regrettably`, `even`)? */
export const isNeverName = (lower: string): boolean => NEVER_NAMES.has(lower);

/** Role words a run may open with after `Chief of`, `White House`: kept as the mention's roles, not its name. */
const ROLE_PIECES = new Set(['staff', 'counsel']);

/** Characters after which a word opens a sentence, a list item or a headline clause. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '—', '–', '-', '•', '(', '[', '"', '“', '”', "'", '‘', '’', '\n', '\u0000']);

/** Does the word at `at` open a sentence (only spaces between it and a sentence mark, a quotation or the text's start)? */
export function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  if (k < 0) return true;
  if (text[k] !== '.') return OPENERS.has(text[k] as string);
  // `Gen. Mark Hertling`, `J. Smith`: the full stop of an abbreviation or an initial ends no sentence.
  let w = k;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, k);
  return !(word.length === 1 || (word.length <= 4 && /^\p{Lu}/u.test(word)));
}

/** Does the article write `lower` as a word in lower case (not inside a longer word)? */
export function writtenLower(text: string, lower: string, seen: Map<string, boolean>): boolean {
  const known = seen.get(lower);
  if (known !== undefined) return known;
  let found = false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + lower.length < text.length ? text.charCodeAt(at + lower.length) : 32;
    if (!isWordCode(before) && !isWordCode(after) && before !== 45 && after !== 45) {
      found = true;
      break;
    }
  }
  seen.set(lower, found);
  return found;
}

/** How many mentions end with each word. */
function countLasts(mentions: NameMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of mentions) {
    const last = n.words[n.words.length - 1] as string;
    out.set(last, (out.get(last) ?? 0) + 1);
  }
  return out;
}

const folded = (word: string): string => foldName(withoutPossessiveS(word));

/**
 * A country or a state glued to a name: `Allows Iran`, `Oil-rich Iran` end with one (a person's name
 * never does): the mention is the place alone, a lone word; `Iran Hassan Rouhani` (after `President
 * of`) opens with one: the name is what follows.
 */
function cutPlaces(masked: string, m: NameMention): void {
  const last = m.words[m.words.length - 1] as string;
  if (isGovernedPlace(folded(last)) && !isPlaceName(m.words.map(folded).join(' '))) {
    const at = masked.lastIndexOf(last, m.end);
    if (at > m.start) {
      m.words = [last];
      m.start = at;
      m.confident = false;
    }
    return;
  }
  const first = m.words[0] as string;
  if (
    m.words.length >= 3 &&
    isGovernedPlace(folded(first)) &&
    !isPlaceName(m.words.slice(0, 2).map(folded).join(' ')) &&
    !m.words.some((w) => isOrgWord(folded(w)))
  ) {
    const at = masked.indexOf(m.words[1] as string, m.start + first.length);
    if (at > m.start && at < m.end) {
      m.words = m.words.slice(1);
      m.start = at;
    }
  }
}

const runKey = (words: string[]): string => words.join(' ');

/**
 * `Secretary of Education Betsy DeVos` read as `Education Betsy DeVos`, `Region Brian Castell`, `Add
 * Donald Trump`: capitalised words before a first name and a surname are no part of the name when
 * each of them is no name at all: a sentence word, a place, a word the article also writes in lower
 * case (`education`, `counsel`), or capitals throughout. The index of that first name in `words`
 * (after the first word), or -1: `Aaron David Miller`, `Juan Carlos Varela` stay whole.
 */
export function givenNameAfterHead(text: string, words: string[], seen: Map<string, boolean>): number {
  if (words.length < 3 || givenNameGender(folded(words[0] as string)) !== undefined) return -1;
  for (let k = 1; k <= words.length - 2; k++) {
    if (givenNameGender(folded(words[k] as string)) === undefined) continue;
    const head = words.slice(0, k);
    return head.every((w) => noName(text, w, seen)) ? k : -1;
  }
  return -1;
}

/** A capitalised word that is no part of a name: a sentence word, a place, written in lower case elsewhere, or in capitals throughout. */
function noName(text: string, word: string, seen: Map<string, boolean>): boolean {
  const lower = word.toLowerCase();
  if (word.length > 1 && word === word.toUpperCase()) return true;
  return NEVER_NAMES.has(lower) || isPlaceName(folded(word)) || (/^\p{Lu}\p{Ll}+$/u.test(word) && writtenLower(text, lower, seen));
}

/** Cut a mention before the first name `givenNameAfterHead` finds, in place. */
function cutBeforeGivenName(text: string, masked: string, m: NameMention, seen: Map<string, boolean>): void {
  const k = givenNameAfterHead(text, m.words, seen);
  if (k < 1) return;
  let at = m.start;
  for (let j = 1; j <= k; j++) at = masked.indexOf(m.words[j] as string, at + 1);
  if (at <= m.start || at >= m.end) return;
  m.gender = givenNameGender(folded(m.words[k] as string));
  m.words = m.words.slice(k);
  m.start = at;
}

/**
 * Cut sentence words off the front of name mentions, in place (see the file's comment). `text` is
 * the article, `masked` its copy with quotations blanked, where the mentions were found.
 */
export function trimSentenceWords(text: string, masked: string, mentions: NameMention[]): void {
  let inside: Set<string> | undefined;
  let lasts: Map<string, number> | undefined;
  const lower = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.words.length >= 3 && m.gender === undefined) cutBeforeGivenName(text, masked, m, lower);
    if (m.words.length >= 2 && m.gender === undefined) cutPlaces(masked, m);
    for (let cut = 0; cut < 2 && m.words.length >= 2; cut++) {
      const first = m.words[0] as string;
      const word = first.toLowerCase();
      // A given name the attribution knows (`Hope Hicks`, `Mark Warner`): the gender came from it.
      if (m.gender !== undefined) break;
      if (!NEVER_NAMES.has(word)) {
        if (!opensSentence(masked, m.start) || !/^\p{Lu}\p{Ll}+$/u.test(first) || !writtenLower(text, word, lower)) break;
        inside ??= new Set(mentions.filter((n) => n.words.length >= 2 && !opensSentence(masked, n.start)).map((n) => runKey(n.words)));
        if (inside.has(runKey(m.words))) break;
        // The name left must be named elsewhere too (`Cole` after `Whenever Cole`); `Public Citizen` stays whole.
        lasts ??= countLasts(mentions);
        if ((lasts.get(m.words[m.words.length - 1] as string) ?? 0) < 2) break;
      }
      const next = m.words[1] as string;
      const at = masked.indexOf(next, m.start + first.length);
      if (at < 0 || at >= m.end) break;
      if (ROLE_PIECES.has(word)) m.roles = [...m.roles, word];
      m.words = m.words.slice(1);
      m.start = at;
      // One word left is a lone capitalised word: a name only where it matches someone named in full.
      if (m.words.length === 1 && m.roles.length === 0) m.confident = false;
    }
  }
}
