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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    let forms = WORD_CACHE.get(word);
    if (!forms) {
      forms = wordTokens(word);
      if (WORD_CACHE.size >= MAX_CACHED_WORDS) WORD_CACHE.clear();
      WORD_CACHE.set(word, forms);
    }
    for (const f of forms) tokens.push(f);
  }
  return tokens;
}

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
