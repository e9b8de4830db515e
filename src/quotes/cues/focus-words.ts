/**
 * Focusing adverbs before a cue's subject (`"…," even the mayor said`, `said only Roe`, `Only the
 * board's chair called it "…"`): the subject is the phrase after them, which the walks over a source
 * phrase (`phrase-walk.ts`, `attribution-after.ts`) would otherwise miss or take with the adverb.
 */
import type { Token } from '../tokens.ts';

/** Adverbs that focus the noun phrase after them: `even the mayor`, `only Roe`, `especially the young`. */
export const FOCUS_WORDS: ReadonlySet<string> = new Set(
  'even only also just especially particularly notably merely solely chiefly mainly'.split(' '),
);

/**
 * Where the phrase at `tokens[s]` starts once the focusing adverbs before it are passed (`not even`
 * too): the word after them when `opens` says it may open a subject, else `s` itself.
 */
export function afterFocusWords(tokens: Token[], s: number, opens: (t: Token | undefined) => boolean): number {
  let k = s;
  if (tokens[k]?.lower === 'not' && tokens[k + 1]?.lower === 'even') k++;
  while (k < s + 3 && tokens[k]?.kind === 'word' && FOCUS_WORDS.has((tokens[k] as Token).lower)) k++;
  return k > s && opens(tokens[k]) && !FOCUS_WORDS.has(tokens[k]?.lower ?? '') ? k : s;
}
