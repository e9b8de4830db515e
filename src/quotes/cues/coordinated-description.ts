/**
 * `"…," the Ohio senator and presidential candidate said.`: two descriptions of one person joined by `and`
 * under one article, before the verb of saying after a quotation.
 */
import { isTitle } from '../mentions/names.ts';
import { BOUNDARY } from './source-words.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { ARTICLES, isPersonHead, POSSESSIVES, QUANTIFIERS } from '../lexicon/word-lists.ts';

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
/** Words that open a phrase of its own after `and`: `the`, `her`, `this`, `other`, `many` … */
const DETERMINERS = new Set<string>([...ARTICLES, ...POSSESSIVES, ...QUANTIFIERS, 'this', 'that', 'these', 'those', 'other', 'all', 'few']);

/**
 * `the Ohio senator and <np>`: a definite description of at most four plain words ending in a title or a
 * person's noun, then `and`, right before the phrase `np`: the whole is one person's description. Not when
 * the first description is someone's (`the union's director and counsel`, often two people) unless `np`
 * ends in a name (`the group's president and CEO Jo Roe`).
 */
export function coordinatedDescription(tokens: Token[], from: number, np: [number, number]): [number, number] | undefined {
  const at = np[0];
  if (tokens[from]?.lower !== 'the' || tokens[at - 1]?.lower !== 'and' || at - 1 - from < 2 || at - 1 - from > 5) return undefined;
  if (!isPersonHead(tokens[at - 2]?.lower ?? '') && !isTitle(tokens[at - 2]?.lower ?? '')) return undefined;
  // `the mayor and the police chief`, `the senator and her husband`, `the senator and Democrats`, `the chief and aides`:
  // a phrase with its own determiner, a lone capitalised word or a plural is someone else.
  const opener = tokens[at];
  if (!isWord(opener) || DETERMINERS.has(opener.lower) || (np[1] - at === 1 && isUpperStart(opener.text))) return undefined;
  const last = tokens[np[1] - 1];
  if (isWord(last) && !isUpperStart(last.text) && /[^s]s$/.test(last.lower)) return undefined;
  const first = tokens.slice(from + 1, at - 1);
  if (!first.every((t) => isWord(t) && !BOUNDARY.has(t.lower))) return undefined;
  const named = isUpperStart(tokens[np[1] - 1]?.text ?? '');
  return named || !first.some((t) => /['’]s$/.test(t.text)) ? [from, np[1]] : undefined;
}
