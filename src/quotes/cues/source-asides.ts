/**
 * Clauses around a cue that make its subject someone else than the quotation's speaker: a name before
 * a description whose cue is a parenthetical (`Jo Roe, the mayor said, "had …"`: Jo Roe is the topic),
 * and a cue inside a clause of time that closes its sentence (`after the senator spoke. "…"`).
 */
import type { CueMatch } from './cues.ts';
import { isAbbrevDot, isWord } from './source-tokens.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/**
 * `Jo Roe, the mayor said, "…"`, read when the cue is a parenthetical inside the sentence (`aside`: a
 * comma after it): a name and a comma right before the phrase at `s`, the topic of the reported words, with no `as` before
 * the name (`As Jo Roe, the editor noted,` is the name's own cue, its second comma left out).
 */
export function topicBefore(tokens: Token[], s: number): boolean {
  if (tokens[s - 1]?.text !== ',') return false;
  let n = s - 1;
  while (n - 1 >= 0 && ((isWord(tokens[n - 1]) && isUpperStart((tokens[n - 1] as Token).text)) || isAbbrevDot(tokens, n - 1))) n--;
  return n < s - 1 && tokens[n - 1]?.lower !== 'as';
}

/** Subordinators of time: `after the senator spoke` tells when, not who says the words that follow. */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'once']);

/**
 * `…, speaking to CNN after the senator spoke. "We have …"`: a cue inside a clause of time whose
 * sentence closes before the quotation attributes nothing to it.
 */
export function timeClauseClosed(tokens: Token[], np: [number, number], cue: CueMatch): boolean {
  if (!TIME_SUBORDINATORS.has(tokens[np[0] - 1]?.lower ?? '') || np[1] > cue.index) return false;
  return tokens.slice(cue.index + cue.length).some((t) => t.text === '.' || t.text === '!' || t.text === '?');
}
