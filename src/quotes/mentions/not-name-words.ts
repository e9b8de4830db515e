/**
 * The words that are not a personal name's: capitalised words that open no name (sentence openers,
 * months, weekdays, determiners), words that make a capitalised run an organisation's or a place's
 * name, and the one test of a lone capitalised word against all of them (`isNotLoneWord`).
 */
import { DEMONSTRATIVES, SENTENCE_ADVERBS } from '../lexicon/word-lists.ts';
import { TITLES } from '../lexicon/titles.ts';

/** Capitalised words that do not start a personal name (sentence openers, months, weekdays, places' heads...). */
export const NOT_NAME = new Set([
  ...`the a an and but or in on at of for to from by with as if when while after before since although though because
it its he she they we i you his her their our my your there here what who whom which where why
how also earlier later meanwhile however still yet so then now today yesterday tomorrow last next first finally
related recent more about check live updated sitting further according despite contrary setting noting published
read watch see click follow share copyright all some many most other such no not one two three several
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr under`.split(/\s+/),
  ...DEMONSTRATIVES,
  // `Perhaps Jones was right`: an adverb opening a sentence is capitalised there, never a name's word.
  ...SENTENCE_ADVERBS,
]);

/** Words of `NOT_NAME` that label a page (`Live:`, `Watch`) but also open bodies' names (`Live Action`). */
export const PAGE_WORDS_IN_NAMES = new Set(['live', 'watch', 'follow', 'share', 'check']);

/** Words that make a capitalised run an organisation or a place, not a person. */
export const ORG_WORDS = new Set(
  `united nations states kingdom committee council office ministry department house senate congress party news times
post journal street university college institute foundation center centre agency bank court union republic republics
cross army forces force units police service club group inc corp company association organization organisation network
daily weekly magazine television radio airport hospital school city county state north south east west new york sea
river islands island day week affairs coordination commission federation fund board authority alliance treaty
steel works plant press media tv cnn fox bbc nbc abc cbs msnbc reuters afp ap kremlin pentagon white nato un eu
gop dnc rnc fbi cia nsa doj ukraine russia america american russian ukrainian europe european china chinese
twitter facebook instagram youtube google apple amazon microsoft capitol hill road avenue square tower hotel
church mosque temple museum park stadium arena mall market exchange stock index poll polls survey
democrats republicans democratic republican campaign administration government times-picayune front movement coalition
command holding holdings group partners capital ventures industries systems technologies airlines motors energy
convention conference summit assembly parliament forum festival syndrome doctrine`.split(/\s+/),
);

/** A lone capitalised word in any of these lists is never a name (one lookup for the three). */
const NOT_LONE_NAME = new Set([...NOT_NAME, ...ORG_WORDS, ...TITLES]);
/** The same words capitalised as they open a sentence (`The`, `President`): each lower-cases to one of `NOT_LONE_NAME`. */
const NOT_LONE_AS_WRITTEN = new Set(
  [...NOT_LONE_NAME].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).filter((w) => NOT_LONE_NAME.has(w.toLowerCase())),
);

/**
 * (first letter, second letter, length up to 31) of each word of `NOT_LONE_NAME`, each letter by its low five bits (the
 * same for an ASCII letter in either case; other characters may share a slot, which only lets more words through to the
 * lookups): an ASCII word whose shape is not one of them is in neither set.
 */
const NOT_LONE_SHAPES = new Uint8Array(32 * 32 * 32);
const notLoneShape = (w: string): number => ((w.charCodeAt(0) & 31) << 10) | ((w.charCodeAt(1) & 31) << 5) | Math.min(w.length, 31);
for (const w of NOT_LONE_NAME) NOT_LONE_SHAPES[notLoneShape(w)] = 1;

/** `NOT_LONE_AS_WRITTEN.has(word) || NOT_LONE_NAME.has(word.toLowerCase())`, by shape for ASCII, by one lookup for `Smith` (no other capital). */
export function isNotLoneWord(word: string): boolean {
  const first = word.charCodeAt(0);
  // 0: a capital, then ASCII with no other capital (`Smith`); 1: a capital, then ASCII; 2: anything else.
  let other = first >= 65 && first <= 90 ? 0 : 2;
  for (let k = 1; k < word.length && other < 2; k++) other = Math.max(other, word.charCodeAt(k) >= 128 ? 2 : +(word.charCodeAt(k) < 91));
  if (other < 2 && !NOT_LONE_SHAPES[notLoneShape(word)]) return false;
  return NOT_LONE_AS_WRITTEN.has(word) || (other !== 0 && NOT_LONE_NAME.has(word.toLowerCase()));
}

/** Is this lower-case word one that makes a capitalised run an organisation or a place (`council`, `street`)? */
export const isOrgWord = (lower: string): boolean => ORG_WORDS.has(lower);
