/**
 * Capitalised words in quotation marks that name, not quote: a nickname inside a name (`Kathryn "Kate"
 * Roe`, `Sean "Puffy" Moss`) or a show's title after its network's possessive (`CNN's "Morning Desk"
 * Monday`). A partial quotation of up to three capitalised words, not closing a sentence, between a given
 * name (or a possessive) and a capitalised word. Nobody speaks it.
 */
import { givenNameGender } from '../lexicon/given-names.ts';
import type { Quote } from '../quote.ts';
import { isUpperStart } from '../tokens.ts';

/** The longest nickname or title taken, in words. */
const MAX_WORDS = 3;

/** Is `q` a nickname or a show's title in `text` (see the file's comment)? */
export function isNickname(text: string, q: Quote): boolean {
  if (q.kind !== 'partial' || /[.!?]$/.test(q.text)) return false;
  const words = q.text.replace(/,$/, '').split(' ');
  if (words.length > MAX_WORDS || !words.every((w) => isUpperStart(w) || w === 'the')) return false;
  // One space on either side of the marks (`q.start`, `q.end` hold them), then a capitalised word after.
  if (text[q.start - 1] !== ' ' || text[q.end] !== ' ' || !/^\p{Lu}\p{Ll}/u.test(text.slice(q.end + 1, q.end + 3))) return false;
  const before = /(\p{Lu}[\p{L}'’.-]*)$/u.exec(text.slice(Math.max(0, q.start - 30), q.start - 1))?.[1];
  if (before === undefined) return false;
  return /['’]s$/.test(before) || givenNameGender(before.toLowerCase()) !== undefined;
}

/** Take the speaker (and its mention and cue) off every nickname or title among `quotes`, once all are attributed. */
export function unattributeNicknames(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    if (!q.speaker || !isNickname(text, q)) continue;
    delete q.speaker;
    delete q.mention;
    delete q.cue;
  }
}

/** Is the quotation at [start, end) (marks included) a show's title after a possessive (`NBC's "Morning Desk"`): up to three capitalised words? */
export function isQuotedTitle(text: string, start: number, end: number): boolean {
  const words = text.slice(start + 1, end - 1).split(' ');
  if (words.length > MAX_WORDS || !words.every((w) => isUpperStart(w) || w === 'the') || /[.!?,]$/.test(text[end - 2] ?? '')) return false;
  return text[start - 1] === ' ' && /\p{Lu}[\p{L}.-]*['’]s$/u.test(text.slice(Math.max(0, start - 30), start - 1));
}
