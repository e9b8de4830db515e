/**
 * `"But wait a minute," Roe interjected.`, `"Not bad," he cracked with a grin.`: right after a full
 * quotation that ends with a comma, a subject (a pronoun or a name) and a past verb that the lexicon
 * does not hold (`cracked`, `shrugged`, `beamed`): the comma inside the marks says the sentence goes on
 * with who spoke, so the verb, unless one of perceiving or receiving, tells how they said it.
 */
import { BOUNDARY } from './source-words.ts';
import { isAbbrevDot, isWord, looksLikeName } from './source-tokens.ts';
import { CLOSING_SHAPED_MARKS, STRAIGHT_MARKS } from '../../text/marks.ts';
import type { Found } from './source-phrase.ts';
import type { Token } from '../tokens.ts';
import { GENDERED_SUBJECTS } from '../lexicon/pronouns.ts';

/** What may follow the verb: the sentence's end or a phrase of manner, time or place. */
const AFTER_VERB = new Set(['with', 'as', 'at', 'in', 'to', 'from', 'before', 'after', 'while', 'back', 'again', 'on', 'during']);
/**
 * Past forms that are not verbs of saying or manner after a subject: auxiliaries and states, and verbs
 * of perceiving, learning or receiving (`"…," Dan learned from a letter` gives the words to whoever
 * received them; `"Blue Water," Tom recorded in 1990` is a title).
 */
const NOT_MANNER = new Set(
  `wanted seemed appeared looked tried hoped planned agreed learned discovered heard received found recorded
saw noticed realized realised watched spotted overheard`.split(/\s+/),
);
const LEADING = new Set([...STRAIGHT_MARKS, ...CLOSING_SHAPED_MARKS]);

/** `he` or `she` (`He`): the subject pronouns that stand for one person. */
const isPersonPronoun = (t: Token | undefined): boolean => GENDERED_SUBJECTS.has(t?.lower ?? '');

/** The subject and its past verb right after a full quotation that ended with a comma (`tokens` start after the quotation). */
export function mannerVerbAfter(tokens: Token[]): Found | undefined {
  let i = 0;
  while (i < tokens.length && tokens[i]?.kind === 'punct' && LEADING.has((tokens[i] as Token).text)) i++;
  let e = i;
  if (isPersonPronoun(tokens[i])) e = i + 1;
  else
    while (e < tokens.length && e - i < 9 && ((isWord(tokens[e]) && /^\p{Lu}/u.test((tokens[e] as Token).text)) || isAbbrevDot(tokens, e)))
      e++;
  if (
    e === i ||
    (e - i > 1 && !looksLikeName(tokens, [i, e])) ||
    (e - i === 1 && !isPersonPronoun(tokens[i]) && !looksLikeName(tokens, [i, e]))
  )
    return undefined;
  let v = e;
  if (isWord(tokens[v]) && /^\p{Ll}+ly$/u.test((tokens[v] as Token).text)) v++;
  const verb = tokens[v];
  if (!isWord(verb) || !/^\p{Ll}{3,}ed$/u.test(verb.text) || BOUNDARY.has(verb.lower) || NOT_MANNER.has(verb.lower)) return undefined;
  const next = tokens[v + 1];
  if (next !== undefined && !/^[.,:;!?]$/.test(next.text) && !AFTER_VERB.has(next.lower)) return undefined;
  return { np: [i, e], cue: { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end }, tokens };
}
