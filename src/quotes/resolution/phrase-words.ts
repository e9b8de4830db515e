/**
 * A source phrase's words as strings, for `resolve.ts`: built by loops that push into a new array,
 * not by `map`/`flatMap`/`filter` chains, whose results differ in elements kind depending on whether
 * the caller is optimised (V8 inlines `map` there and makes a holey array): code that reads them
 * then meets a new array map and is deoptimised, over and over.
 */
import { withoutPossessiveS } from '../../text/marks.ts';
import type { Token } from '../tokens.ts';

/** The words of a name as written, the last one without its possessive `'s` (`Jo Roe's` → `Jo`, `Roe`). */
export function nameTexts(name: readonly Token[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < name.length; k++) {
    const text = (name[k] as Token).text;
    out.push(k === name.length - 1 ? withoutPossessiveS(text) : text);
  }
  return out;
}

/** A description's words for a role lookup: lower case, no possessive `'s`, no `the`, a hyphenated word also in its parts. */
export function roleWordsOf(words: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of words) {
    const x = withoutPossessiveS(t.lower);
    if (x !== 'the') out.push(x);
    if (x.includes('-')) for (const part of x.split('-')) if (part !== 'the') out.push(part);
  }
  return out;
}
