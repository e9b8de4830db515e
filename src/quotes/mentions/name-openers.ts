/**
 * Capitalised words that open a sentence or name a day, never a person's name: verbs of saying before
 * a name (`Added Jones: "…"`, `Recalled Bell:`), prepositions, imperatives, interjections and -ing
 * forms glued to the name after them (`Like Obama, she …`, `Take Trump's decision`, `Stopping Trump
 * was …`, `Uh, Ron Roe …`) and days' names (`Super Tuesday`, `Black Friday`).
 */
import { givenNameGender } from '../lexicon/given-names.ts';
import { CUE_FORMS, SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { isPlaceName } from '../lexicon/places.ts';
import { PREPOSITIONS, WEEKDAYS } from '../lexicon/word-lists.ts';

/**
 * The forms of the verbs of saying other than their base form (`recalled`, `summarized`, `adds`,
 * `writing`): capitalised before a name, they open a sentence (`Added Jones: "…"`), never a name's
 * first word (a name may end in one: `Prince Said`). Base forms (`Marvel`, `Snap`) and forms that are
 * given names are left out.
 */
function inflectedSayingVerbs(): string[] {
  const out: string[] = [];
  for (const line of CUE_FORMS.split('\n')) {
    const forms = line.split(/\s+/).filter((f) => f !== '' && !f.includes('+'));
    for (const form of forms.slice(1).map((f) => f.replace(/:$/, '')))
      if (SAYING_VERBS.has(form) && givenNameGender(form) === undefined && !GIVEN_NAME_LIKE.has(form)) out.push(form);
  }
  return out;
}
/** Forms of verbs of saying that are also names (`Sang`, `Said Jalili`). */
const GIVEN_NAME_LIKE = new Set(['sang', 'said']);
/** Verbs of saying cut from the start of a run of two or more words (`names.ts`). */
export const SAYING_OPENERS = new Set(inflectedSayingVerbs());

/** Words that make a weekday a named day: `Super Tuesday`, `Black Friday`, `Cyber Monday`, `Good Friday`. */
const DAY_NAME_WORDS = new Set(['super', 'black', 'cyber', 'good', 'ash', 'holy', 'bloody', 'easter', 'palm', 'giving', 'fat', 'small']);

/** Do these two words (lower case) name a day (`super tuesday`, `black friday`)? */
export const namesDay = (first: string, second: string): boolean => DAY_NAME_WORDS.has(first) && WEEKDAYS.has(second);

/** Adjectives ending in `-ly`, never a sentence's opening adverb, and written as names (`Lively`, `Stately Homes`). */
const LY_ADJECTIVES = new Set('lively stately timely lovely homely comely friendly elderly costly deadly ghastly'.split(' '));

/**
 * An adverb by its shape (`reluctantly`, `finally`, `largely`, `happily`): six letters or more ending
 * in `ly` after a consonant (not `l`), `e`, `ari` or `al` (not any `-ily`: `Vassily`), that is no given
 * name (`Beverly`, `Anatoly`, `Vitaly`), no body's word (`Daily`, `Weekly`) and no place (`Sicily`). Surnames end in `-ey` or
 * `-lly` (`Riley`, `Donnelly`), which this leaves alone.
 */
export function adverbByShape(lower: string): boolean {
  // Every shape ends in `ly`: two code units tell most words apart before the expressions.
  const n = lower.length;
  if (n < 6 || lower.charCodeAt(n - 1) !== 121 || lower.charCodeAt(n - 2) !== 108) return false;
  if (!/(?:[^aeioul]ly|ely|arily|ally)$/.test(lower) || !/^[a-z]+$/.test(lower)) return false;
  if (LY_ADJECTIVES.has(lower)) return false;
  return givenNameGender(lower) === undefined && !isPlaceName(lower);
}

/**
 * Words that open a sentence before a name and are never a name's first word: prepositions
 * (`Like Obama, she …`, `Unlike Roe, …`), imperatives (`Take Trump's …`, `Consider Roe's …`),
 * interjections (`Uh, Ron Roe`) and `Born` (`Born Nimrata Randhawa, she …`).
 */
const GLUED_OPENERS = new Set([
  ...PREPOSITIONS,
  ...`unlike amid amidst despite per versus towards upon beyond within without besides including regarding concerning
take get notice consider remember imagine forget ask meet thank blame compare recall uh um oh hey born`.split(/\s+/),
]);

/** Names and surnames ending in `-ing` that open a person's name (`Sterling Brown`, `Tsering Dorje`), not a verb's form. */
const ING_NAMES = new Set(
  `sterling channing tsering manning fleming browning harding darling lansing cushing pershing golding spalding reading
downing kipling whiting fielding redding herring deming loring waring goring bunting hemming lessing worthing gehring
goering yearling banning dunning henning hocking bowring keating`.split(/\s+/),
);

/** One syllable of Chinese written in pinyin without tones (`yu`, `xiao`, `zhi`, `hui`). */
const PINYIN_SYLLABLE =
  /^(?:(?:[bpmfdtnlgkhrzcswy]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|i|ie|in|iu|ian|iao|iang|o|ong|ou|u|ua|uai|uan|uang|ui|un|uo)|[jqx](?:i|ia|ian|iang|iao|ie|in|iong|iu|u|ue|uan|un))$/;
/** A Chinese given name in pinyin ending in `-ing` (`Yuting`, `Xiaoming`, `Xueying`): a syllable, then `ting`, `ming`, `ying`…. */
const pinyinName = (lower: string): boolean => {
  const m = /^([a-z]+?)[bpmdtnljqxy]ing$/.exec(lower);
  return m !== null && PINYIN_SYLLABLE.test(m[1] as string);
};

/** An -ing form by its shape (`stopping`, `echoing`, `quoting`, `undercutting`), six letters or more, that is no name. */
const ingByShape = (lower: string): boolean =>
  lower.length >= 6 &&
  lower.endsWith('ing') &&
  /^[a-z]+$/.test(lower) &&
  !ING_NAMES.has(lower) &&
  !pinyinName(lower) &&
  givenNameGender(lower) === undefined;

/** Does `lower` (a run's first word before more name words) open the sentence rather than the name (`Like`, `Stopping`)? */
export const gluedOpener = (lower: string): boolean => GLUED_OPENERS.has(lower) || ingByShape(lower);
