/** Text normalisation shared by the index, the query parser and the excerpt marker. */

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-case and strip accents: `António` → `antonio`. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Splits text into word tokens with their offsets. Letters, digits and inner hyphens/apostrophes stay
 * together (`covid-19`, `don't`), so marks land on whole words.
 */
export function wordSpans(text: string): Array<{ word: string; start: number; end: number }> {
  const spans: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    spans.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Folds a phrase for substring matching: accents, case, curly quotes/apostrophes and runs of space. */
export function foldPhrase(text: string): string {
  return fold(text)
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
