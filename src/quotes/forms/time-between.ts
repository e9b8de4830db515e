/**
 * Words of a time between a subject and its verb of saying (`Roe earlier this week criticized`, `Roe
 * just the other day referred to`), which the walk from the verb back to its subject passes over like
 * the adverbs of `BETWEEN_SUBJECT_AND_VERB`.
 */
import type { Token } from '../tokens.ts';
import { TIME_WORDS as TIME_WORD_LIST } from '../lexicon/word-lists.ts';

/** Time words that the adverbs between a subject and its verb leave out: `earlier this month`, `a year ago`, `on Monday`. */
const TIME_WORDS = new Set([...TIME_WORD_LIST, 'ago']);

/** Is the word at `k` part of a time between a subject and its verb: a time word, or `the other day`? */
export function isTimeWordAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (TIME_WORDS.has(w)) return true;
  const at = (j: number, word: string): boolean => tokens[j]?.lower === word;
  if (w === 'day') return at(k - 1, 'other') && at(k - 2, 'the');
  if (w === 'other') return at(k - 1, 'the') && at(k + 1, 'day');
  return w === 'the' && at(k + 1, 'other') && at(k + 2, 'day');
}
