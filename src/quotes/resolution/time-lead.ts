/**
 * The words a source phrase keeps when what opens or closes it belongs to the sentence around it: a
 * time phrase (`Last week EU leaders declared`), an article closing it (`asserted Jo Bloggs a month
 * ago`) or a lead-in glued before a subject pronoun (`In Court he argued`).
 */
import type { Token } from '../tokens.ts';
import { ARTICLES, POSSESSIVES, WEEKDAYS } from '../lexicon/word-lists.ts';

const TIME_DETERMINERS = new Set(['last', 'this', 'next']);
const TIME_NOUNS = new Set([
  ...'week weekend month year night morning afternoon evening spring summer autumn fall winter'.split(' '),
  ...WEEKDAYS,
]);

/** Prepositions of time that open an adjunct after a source (`said Jo Roe following the vote`). */
const TIME_PREPOSITIONS = new Set(['following', 'after', 'before', 'during', 'amid', 'ahead']);
/** Determiners opening the object of such a preposition (`following the vote`, `after his speech`). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set<string>([...ARTICLES, ...POSSESSIVES]);
/** Days that close a phrase as its time (`the council statement Friday`); `today` only in lower case (`USA Today` is a name). */
const DAY_WORDS = new Set([...[...WEEKDAYS].map((d) => d[0]!.toUpperCase() + d.slice(1)), 'today', 'yesterday', 'tonight']);
/** Capitalised words before a day that make it no name (`A Saturday`, `The Monday`, `Late Thursday`). */
const OPENERS_BEFORE_A_DAY: ReadonlySet<string> = new Set<string>([...ARTICLES, 'late', 'early']);
/** Words of the time of day before a day (`late Friday`, `early Sunday`). */
const DAY_PARTS = new Set(['late', 'early']);

/**
 * `said Speaker Jo Roe following the vote`, `the council statement Friday`: an adjunct of time closing
 * the phrase (a preposition of time and what follows it, or a day after a noun) tells when the words
 * were said, not who said them; the phrase keeps the words before it. A day after a determiner (`last
 * Friday`), after a capitalised word (`Super Tuesday`) or opening the phrase is left alone.
 */
function withoutTimeTail(tokens: Token[], np: [number, number]): [number, number] {
  const [s, e] = np;
  // (Its object opens with a determiner: in `The retort came after Chairman Jo Roe`, the name after it is the source.)
  for (let k = s + 1; k < e - 1; k++)
    if (TIME_PREPOSITIONS.has(tokens[k]?.text ?? '') && OBJECT_DETERMINERS.has(tokens[k + 1]?.text ?? '')) return [s, k];
  const last = tokens[e - 1];
  if (e - s < 2 || !last || !DAY_WORDS.has(last.text)) return np;
  const part = DAY_PARTS.has(tokens[e - 2]?.text ?? '') ? 1 : 0;
  const before = tokens[e - 2 - part];
  // (After a capitalised word the day may be a name's: `Super Tuesday`, `Black Friday`.)
  if (e - part - s < 2 || before?.kind !== 'word' || TIME_DETERMINERS.has(before.lower)) return np;
  if (part === 0 && !/^\p{Ll}/u.test(before.text) && !OPENERS_BEFORE_A_DAY.has(before.lower)) return np;
  return [s, e - 1 - part];
}

/**
 * `Last week EU leaders declared`, `In Court he argued`: a time phrase or lead-in opening the sentence is
 * not part of the source, nor an adjunct of time closing it (`withoutTimeTail`).
 */
export function withoutTimeLead(tokens: Token[], found: [number, number]): [number, number] {
  const np = withoutTimeTail(tokens, found);
  const [s, e] = np;
  const det = tokens[s];
  const noun = tokens[s + 1];
  if (e - s > 2 && det && noun && TIME_DETERMINERS.has(det.lower) && TIME_NOUNS.has(noun.lower)) return [s + 2, e];
  // `asserted President Jo Bloggs a month ago`: an article closing the phrase belongs to what follows.
  let end = e;
  while (end - s > 1 && ['a', 'an', 'the'].includes(tokens[end - 1]?.lower ?? '')) end--;
  if (end < e) return [s, end];
  // `In Court he argued`: a lead-in glued before a subject pronoun.
  const last = tokens[e - 1];
  if (
    e - s > 1 &&
    last &&
    (last.lower === 'he' || last.lower === 'she') &&
    tokens[e - 2]?.kind === 'word' &&
    tokens[e - 2]?.lower !== 'and'
  )
    return [e - 1, e];
  return np;
}
