/**
 * An inverted lead-in before a colon (`Quipped retired FBI agent Jo Roe: "…"`): a past verb of saying opens the
 * sentence and the speaker's name closes it.
 */
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { NAMING_VERBS, PREPOSITIONS } from '../lexicon/word-lists.ts';

/** Capitalised words that open a sentence without naming anyone (`That brought a rejoinder: "…"`). */
const NOT_NAMES = new Set(['the', 'that', 'this', 'these', 'those', 'it', 'there', 'here', 'what', 'which', 'such']);
export const isName = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && isUpperStart(t.text) && !NOT_NAMES.has(t.lower);

/**
 * Past verbs of saying whose object is the person named after them (`Asked whether Jo Roe …:`, `Warned Jo Roe:`,
 * `Texted Jo Roe:`): they never open an inverted lead-in.
 */
const OBJECT_NAMED = new Set([
  ...NAMING_VERBS,
  ...`asked warned reported cautioned assured accused charged urged quoted cited mentioned denied blasted slammed mocked
scolded chided teased lectured taunted implored begged admonished berated emailed texted`.split(/\s+/),
]);
/** Past verbs of saying that open an inverted lead-in (`Quipped retired agent Jo Roe: "…"`, `Agreed …`), but `OBJECT_NAMED`'s. */
const INVERTED_VERBS: ReadonlySet<string> = new Set(
  [...SAYING_VERBS, 'agreed', 'echoed'].filter((w) => w.endsWith('ed') && !OBJECT_NAMED.has(w)),
);
/** A title word between the inverted verb and the name: lower-case or an acronym (`retired FBI agent`), never `whether`, `by`, `of`. */
const titleWord = (t: Token): boolean =>
  t.kind === 'word' && (t.text === t.lower || t.text === t.text.toUpperCase()) && !PREPOSITIONS.has(t.lower) && !NOT_TITLES.test(t.lower);
const NOT_TITLES = /^(?:whether|by|as|that|if)$/;

/**
 * `Agreed retired agent Jo Roe: "…"`, `Countered the senator's aide, Jo Roe:`: a verb of saying opening
 * the sentence, then the speaker's name (after lower-case title words) right up to the colon.
 */
export function invertedLeadIn(tokens: Token[], s: number): Found | undefined {
  const verb = tokens[s] as Token;
  if (!isUpperStart(verb.text) || !INVERTED_VERBS.has(verb.lower)) return undefined;
  // The name is the capitalised run that ends at the colon; only words (`retired FBI agent`) stand between it and the verb.
  const colon = tokens.length - 1;
  let k = colon;
  while (k > s + 1 && (isName(tokens[k - 1]) || (tokens[k - 1]?.text === '.' && (tokens[k - 2]?.text.length ?? 0) <= 2))) k--;
  // `Countered the senator's aide, Jo Roe:`: a comma may close the title words right before the name.
  const titled = tokens[k - 1]?.text === ',' && k - 1 > s + 1 ? k - 1 : k;
  if (k === colon || colon - k > 5 || k - s > 6 || !tokens.slice(s + 1, titled).every(titleWord)) return undefined;
  return { np: [k, colon], cue: { index: s, length: 1, text: verb.text, sourceAfter: true, start: verb.start, end: verb.end }, tokens };
}

/** A capitalised verb of saying opening a clause (`Asked whether …:`, `Quipped …:`): never a name. */
export const isSayingVerbOpening = (t: Token): boolean =>
  isUpperStart(t.text) && (SAYING_VERBS.has(t.lower) || INVERTED_VERBS.has(t.lower));
