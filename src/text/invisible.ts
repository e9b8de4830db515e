/**
 * Invisible characters: the one definition of which characters change how text reads without being
 * seen, for every renderer (console, Slack, Discord).
 *
 * They are Unicode's Default_Ignorable_Code_Point set: bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069; "Trojan Source", CVE-2021-42574, can reorder a citation
 * or a quote), the direction marks (U+200E, U+200F, U+061C), zero-width spaces and joiners
 * (U+200B–U+200D, U+2060, U+FEFF), the soft hyphen, Hangul fillers, invisible operators and tag
 * characters (U+E0000–U+E007F, which can smuggle whole sentences). Corpus text carrying them could
 * make two names look the same, hide words in a quote, or reverse what a reader sees.
 *
 * Kept, because they shape visible text and hide nothing: variation selectors (emoji or text
 * presentation), and the zero-width joiner and non-joiner between two letters of a script that
 * joins (Arabic, Persian, Indic scripts: the same word is spelt with them) or the joiner inside an
 * emoji sequence (👩‍🔬). Between Latin, Greek or Cyrillic letters they are dropped: nothing there
 * needs them, and `Put\u200Din` would otherwise pass for `Putin`.
 */

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const VARIATION_SELECTOR = /^[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const JOINERS = new Set(['\u200C', '\u200D']);
/** A letter or mark of a script that uses joiners to spell words. */
const JOINING_LETTER = /^(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}])[\p{L}\p{M}]$/u;
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F)$/u;

/** The text without its invisible characters (see the module comment for what is kept). */
export function stripInvisible(text: string): string {
  return replaceInvisible(text, () => '');
}

/**
 * Each invisible character replaced by `replacement` once per UTF-16 code unit, so offsets into the
 * text stay valid (the console marks matches by offset and shows U+FFFD instead).
 */
export function maskInvisible(text: string, replacement = '\uFFFD'): string {
  return replaceInvisible(text, (found) => replacement.repeat(found.length));
}

/** True when `text` holds an invisible character that `stripInvisible` would remove. */
export function hasInvisible(text: string): boolean {
  return stripInvisible(text) !== text;
}

function replaceInvisible(text: string, by: (found: string) => string): string {
  if (!/\p{Default_Ignorable_Code_Point}/u.test(text)) return text;
  return text.replace(DEFAULT_IGNORABLE, (found: string, offset: number) => (kept(text, found, offset) ? found : by(found)));
}

function kept(text: string, found: string, offset: number): boolean {
  if (VARIATION_SELECTOR.test(found)) return true;
  if (!JOINERS.has(found)) return false;
  const before = codePointBefore(text, offset);
  const after = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0x20);
  if (JOINING_LETTER.test(before) && JOINING_LETTER.test(after)) return true;
  return found === '\u200D' && PICTOGRAPH.test(before) && PICTOGRAPH.test(after);
}

function codePointBefore(text: string, offset: number): string {
  if (offset === 0) return ' ';
  const low = text.charCodeAt(offset - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0x20);
}
