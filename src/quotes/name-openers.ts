/**
 * Capitalised words that open a sentence or name a day, never a person's name: verbs of saying before
 * a name (`Added Jones: "…"`, `Recalled Bell:`) and days' names (`Super Tuesday`, `Black Friday`).
 */
import { givenNameGender } from './given-names.ts';
import { CUE_FORMS, SAYING_VERBS } from './speech-verbs.ts';
import { isPlaceName } from './places.ts';

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

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
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
