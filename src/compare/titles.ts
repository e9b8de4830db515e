/** Quoted texts that are titles of shows and works, not utterances (what statement grouping leaves out). */
import { isJsSpaceCode } from '../text/space.ts';

/** Lower-case words a title may hold after its first word (`Meet the Press`, `Pride and Prejudice`). */
const TITLE_SMALL_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', '&', 'with', 'at']);

/**
 * Titles of shows and works quoted in Title Case (`told "Meet the Press"`) are not utterances:
 * they would group every interview given to the same programme.
 */
export function isTitle(text: string): boolean {
  // Most quotes are longer than any title: told without splitting their words.
  if (longerThanTitle(text)) return false;
  const words = text
    .replace(/[.,!?;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || words.length > 6) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * True when a quote has 8 or more words (runs between white space, as `split(/\s+/)` finds them):
 * `personQuote` then never calls it a title (a title has at most 6 words, and only a last run of
 * punctuation is dropped before counting), so a person's quote is kept without splitting its
 * words (a family's lists hold the archive's most quoted people, and every quote grouped is asked).
 */
export function longerThanTitle(text: string): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpaceCode(text.charCodeAt(i));
    if (!space && !inRun && ++runs >= 8) return true;
    inRun = !space;
  }
  return false;
}
