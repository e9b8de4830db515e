/** Word spans shared by the index, the query parser and the excerpt marker. */
import { wordPattern } from '../text/marks.ts';

const WORD = wordPattern();

/**
 * Splits text into word tokens with their offsets. Letters, digits and inner hyphens/apostrophes stay
 * together (`covid-19`, `don't`), so marks land on whole words.
 */
export function wordSpans(text: string): Array<{ word: string; start: number; end: number }> {
  const spans: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) spans.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return spans;
}
