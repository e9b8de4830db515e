/**
 * Word tokens for comparing renderings of one utterance: folded, stemmed, stop words dropped, and
 * spelling variants mapped to one form, so that translation and house-style differences
 * (`negotiating`/`negotiations`, `Kiev`/`Kyiv`, `[talks]`/`(talks)`) do not hide a match.
 *
 * @example
 * compareTokens('We are negotiating, we do not reject [talks].') // → ['negoti', 'not', 'reject', 'talk']
 */
import { stemmer } from 'stemmer';
import { STOP_WORDS } from '../search/stopwords.ts';
import { fold } from '../text/fold.ts';
import { withoutPossessiveS, WORD_JOINERS, wordPattern } from '../text/marks.ts';

/** Transliteration and house-style variants common in international news, mapped to one spelling. */
const VARIANTS: Record<string, string> = {
  kiev: 'kyiv',
  odessa: 'odesa',
  kharkov: 'kharkiv',
  lugansk: 'luhansk',
  donbass: 'donbas',
  sergei: 'sergey',
  favour: 'favor',
  favourable: 'favorable',
  defence: 'defense',
  programme: 'program',
  centre: 'center',
  organisation: 'organization',
  recognised: 'recognized',
};

export function compareTokens(text: string): string[] {
  const tokens: string[] = [];
  return scanPlainWords(text, tokens) ? tokens : patternTokens(text);
}

/** `compareTokens` with the words matched by `WORD` (any text; the reference the faster scan must agree with). */
export function patternTokens(text: string): string[] {
  const tokens: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) pushForms(m[0], tokens);
  return tokens;
}

function pushForms(word: string, tokens: string[]): void {
  let forms = WORD_CACHE.get(word);
  if (!forms) {
    forms = wordTokens(word);
    if (WORD_CACHE.size >= MAX_CACHED_WORDS) WORD_CACHE.clear();
    WORD_CACHE.set(word, forms);
  }
  for (const f of forms) tokens.push(f);
}

/**
 * The words `WORD` matches, found by character codes when the text is ASCII but for white space and
 * punctuation of the General Punctuation block (most news text): there a word character is
 * `[A-Za-z0-9]` exactly as `[\p{L}\p{N}]`, and no match object is built per word (grouping
 * tokenises every quote and the paragraphs around short ones). False, with `tokens` partly filled,
 * at the first other character: the caller then matches with `WORD`.
 */
function scanPlainWords(text: string, tokens: string[]): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isPlainWordCode(c)) {
      if (c >= 0x80 && !isPlainOtherCode(c)) return false;
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isPlainWordCode(text.charCodeAt(i))) i++;
      // A joiner continues the word only when a word character follows it (`covid-19`, not `talks-`).
      if (i + 1 < n && isJoinerCode(text.charCodeAt(i)) && isPlainWordCode(text.charCodeAt(i + 1))) i++;
      else break;
    }
    if (i < n && text.charCodeAt(i) >= 0x80 && !isPlainOtherCode(text.charCodeAt(i))) return false;
    pushForms(text.slice(start, i), tokens);
  }
  return true;
}

const isPlainWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const JOINER_CODES = Array.from(WORD_JOINERS, (j) => j.charCodeAt(0));
const isJoinerCode = (c: number): boolean => JOINER_CODES.includes(c);
/** Non-ASCII characters that are neither letters nor numbers: the no-break space and the General Punctuation block (dashes, curly quotes, spaces). */
const isPlainOtherCode = (c: number): boolean => c === 0xa0 || (c >= 0x2000 && c <= 0x206f);

/** The words of `wordSpans`, matched without building span objects (this runs over every quote and its paragraph). */
const WORD = wordPattern();
const JOINERS = new RegExp(`[${WORD_JOINERS}]`);

/** Words recur across a corpus: folding and stemming each spelling once keeps grouping fast. */
const WORD_CACHE = new Map<string, readonly string[]>();
const MAX_CACHED_WORDS = 500_000;

function wordTokens(word: string): string[] {
  const out: string[] = [];
  for (const part of withoutPossessiveS(fold(word)).split(JOINERS)) {
    if (!part || STOP_WORDS.has(part)) continue;
    const spelled = VARIANTS[part] ?? part;
    out.push(/^\d+$/.test(spelled) ? spelled : stemmer(spelled));
  }
  return out;
}

/** A rendering's text reduced to what must match for two renderings to be "identical". */
export function identityKey(text: string): string {
  return fold(text)
    .replace(/[[\](){}]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
