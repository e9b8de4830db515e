/**
 * Folding: the forms two pieces of text are compared in. `fold` is the one definition of case and
 * accent folding; the others build on it for names and phrases.
 */
import { straightenQuoteMarks } from './marks.ts';

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Lower-case and strip accents (NFKD, then combining marks dropped), so `António`, `ANTONIO` and
 * `antonio` compare equal. Compatibility forms fold too: `ﬁ` → `fi`, `²` → `2`.
 */
export function fold(text: string): string {
  // Most text (quotations searched by the thousand) folds to itself but for its case: no normalisation then.
  return FOLDS_TO_ITSELF.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Characters that NFKD and the mark stripping leave as they are: ASCII and the typographic quote marks and dashes of news text. */
const FOLDS_TO_ITSELF = /^[\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/** `fold`, with runs of whitespace made one space and the ends trimmed. */
const foldSpaced = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

const nameCache = new Map<string, string>();
const NAME_CACHE_MAX = 50_000;

/**
 * A name as people are matched on: `fold`, the typographic apostrophe as the straight one, spaces
 * collapsed: `António  O’Neill` → `antonio o'neill`. Only `’` is straightened (names hold no other
 * quote-like character). Cached: attribution folds the same few names many times per article.
 */
export function foldName(name: string): string {
  if (isPlainAscii(name)) return name.toLowerCase();
  let out = nameCache.get(name);
  if (out !== undefined) return out;
  out = foldSpaced(name).replace(/’/g, "'");
  if (nameCache.size >= NAME_CACHE_MAX) nameCache.clear();
  nameCache.set(name, out);
  return out;
}

/**
 * Printable ASCII, words apart by single spaces (`Vladimir Putin`, `O'Neill`): `foldName` gives its
 * lower case (nothing to normalise, collapse, trim or straighten), without the cache's lookup.
 */
function isPlainAscii(name: string): boolean {
  const last = name.length - 1;
  for (let k = 0; k <= last; k++) {
    const c = name.charCodeAt(k);
    if (c > 32 && c < 127) continue;
    if (c !== 32 || k === 0 || k === last || name.charCodeAt(k - 1) === 32) return false;
  }
  return true;
}

/**
 * A phrase as substring matching sees it: `fold`, every quote-like character as its straight mark
 * (`straightenQuoteMarks`), spaces collapsed: `“We  will  NOT”` → `"we will not"`.
 */
export function foldPhrase(text: string): string {
  return straightenQuoteMarks(foldSpaced(text));
}
