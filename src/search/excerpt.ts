/**
 * Excerpts: a passage (or a quote) cut to a readable length around what matched, with the matched
 * words marked by offsets so each renderer can show them its own way (bold, ANSI colour).
 *
 * @example
 * makeExcerpt('There was a provocation in the village of Bucha, which…', { terms: new Set(['bucha']), phrases: [] })
 * // → { text: 'There was a provocation in the village of Bucha, which…', marks: [[42, 47]] }
 */
import { termSpans } from './term-spans.ts';
import { fold, foldPhrase } from '../text/fold.ts';
import { DOUBLE_QUOTE_LIKE, SINGLE_QUOTE_LIKE } from '../text/marks.ts';

export interface ExcerptInput {
  /** Index terms that matched (as MiniSearch reports them). */
  terms: ReadonlySet<string>;
  phrases: readonly string[];
  /** Characters at most (the engine's `excerptLength`). */
  maxLength: number;
}

export interface MarkedText {
  text: string;
  marks: Array<[number, number]>;
}

export function makeExcerpt(text: string, input: ExcerptInput): MarkedText {
  const marks = findMarks(text, input);
  return trimAround(text, marks, input.maxLength);
}

/** Word spans whose index terms matched, plus every occurrence of each exact phrase. */
export function findMarks(text: string, { terms, phrases }: Omit<ExcerptInput, 'maxLength'>): Array<[number, number]> {
  const marks: Array<[number, number]> = [];
  // Only the words around the terms' occurrences are analysed (`termSpans`), not every word.
  if (terms.size) for (const span of termSpans(text, terms)) marks.push([span.start, span.end]);
  if (phrases.length) {
    const { folded, map } = foldWithMap(text);
    for (const phrase of phrases) {
      const needle = foldPhrase(phrase);
      if (!needle) continue;
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
        marks.push([map[at] ?? 0, (map[at + needle.length - 1] ?? 0) + 1]);
      }
    }
  }
  return mergeMarks(marks);
}

/** True when `text` contains `phrase`, ignoring case, accents, quote styles and spacing. */
export function containsPhrase(text: string, phrase: string): boolean {
  // Fast path: a case-insensitive pattern on the raw text settles most passages without folding
  // them (folding every candidate of a phrase like "we will not" took seconds on a large corpus).
  // Only a passage with characters that folding could change needs the slow, exact check.
  if (phrasePattern(phrase).test(text)) return true;
  return !FOLDS_AS_IS.test(text) && foldPhrase(text).includes(foldPhrase(phrase));
}

/** Text made only of these characters folds to what the pattern already matches (case, quote marks, spaces). */
const FOLDS_AS_IS = new RegExp(`^[\\x00-\\x7f${SINGLE_QUOTE_LIKE}${DOUBLE_QUOTE_LIKE}\\u00a0\\u2013\\u2014]*$`);
const PATTERNS = new Map<string, RegExp>();

/** `we will  not` → /we\s+will\s+not/i, with straight and curly quote marks interchangeable. */
function phrasePattern(phrase: string): RegExp {
  let pattern = PATTERNS.get(phrase);
  if (!pattern) {
    const source = foldPhrase(phrase)
      .split(' ')
      .map((w) =>
        w
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/'/g, `['${SINGLE_QUOTE_LIKE}]`)
          .replace(/"/g, `["${DOUBLE_QUOTE_LIKE}]`),
      )
      .join('\\s+');
    pattern = new RegExp(source, 'i');
    if (PATTERNS.size > 1000) PATTERNS.clear();
    PATTERNS.set(phrase, pattern);
  }
  return pattern;
}

/**
 * Cuts `text` to at most `maxLength` characters, keeping the window with the most marks, starting
 * at a sentence or word boundary; `…` shows where it was cut. Marks are shifted to the new text.
 */
export function trimAround(text: string, marks: Array<[number, number]>, maxLength: number): MarkedText {
  if (text.length <= maxLength) return { text, marks };
  let bestStart = 0;
  let bestCount = -1;
  for (const [first] of marks) {
    const count = marks.filter(([s, e]) => s >= first && e <= first + maxLength).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = first;
    }
  }
  const start = cutStart(text, bestStart, maxLength);
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  const slice = text.slice(start, end);
  const body = slice.trim().replace(/[\s,;:]+$/, '');
  const offset = start + (slice.length - slice.trimStart().length);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const kept = marks
    .filter(([s, e]) => s >= offset && e <= offset + body.length)
    .map(([s, e]) => [s - offset + prefix.length, e - offset + prefix.length] as [number, number]);
  return { text: prefix + body + suffix, marks: kept };
}

/**
 * Where to start a cut that must show the match at `at`: the start of its sentence when that leaves
 * room for the match and some words after it, else a word start a little before the match.
 */
function cutStart(text: string, at: number, maxLength: number): number {
  if (at <= 0) return 0;
  const sentence = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at), text.lastIndexOf('\n', at));
  const sentenceStart = sentence === -1 ? 0 : sentence + 2;
  if (at - sentenceStart <= maxLength * 0.6) return sentenceStart;
  const space = text.indexOf(' ', Math.max(0, at - Math.floor(maxLength / 4)));
  return space === -1 || space >= at ? at : space + 1;
}

function mergeMarks(marks: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return merged;
}

/** `foldPhrase` applied character by character, with a map from folded to original offsets. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    let f = foldedUnit(text.charCodeAt(i));
    if (f === ' ' && lastSpace) f = '';
    lastSpace = f === ' ';
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
  }
  return { folded, map };
}

/**
 * What one UTF-16 code unit folds to as a phrase (a space for whitespace), worked out once per code
 * unit: folding each character of every excerpt's text anew was a third of a phrase search's time.
 */
const FOLDED_UNITS = new Array<string | undefined>(0x10000);

function foldedUnit(code: number): string {
  let f = FOLDED_UNITS[code];
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    f = /\s/.test(ch) ? ' ' : foldPhrase(ch) || (/\p{M}/u.test(ch) ? '' : fold(ch));
    FOLDED_UNITS[code] = f;
  }
  return f;
}
