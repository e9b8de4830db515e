/**
 * `Rent Strike¶She plans to …` (a subheading, a paragraph of its own or run into the text) beside
 * `joining a rent strike`: a capitalised phrase that opens a paragraph or a sentence and is followed by
 * the next sentence's capitalised subject or article (`She`, `The`) at every mention, while the same
 * article writes it in lower case as ordinary words, is a heading, not a person's name (round 21).
 * (Not every capitalised common word: `Common` the rapper speaks mid-sentence.)
 */
import type { ArticlePeople, Person } from './speakers.ts';
import { isLetterCode } from '../finding/letters.ts';

/** A sentence's first word right after a heading: a capitalised subject pronoun or article. */
const HEADING_NEXT = /^\s+(?:She|He|They|It|We|The|A|An) /;

/** Is `person` (written `name`) only a heading of the article's own words? */
export function isGluedHeading(ctx: { text: string; people: ArticlePeople }, person: Person, name: string): boolean {
  const { text } = ctx;
  let seen = 0;
  for (const m of ctx.people.mentionsOf(person)) {
    seen++;
    // After a line break or a sentence's end, and a capitalised subject or article right after it.
    if (m.start > 0 && !/(?:\n|[.!?]["”’]? )$/.test(text.slice(Math.max(0, m.start - 3), m.start))) return false;
    if (!HEADING_NEXT.test(text.slice(m.end, m.end + 8))) return false;
  }
  return seen > 0 && writtenInLowerCase(text, name);
}

/** Does `text` write `name` (four letters or more) in lower case too, as whole words? */
function writtenInLowerCase(text: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name || !/^[\p{L} ]+$/u.test(lower) || lower.length < 4) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const end = at + lower.length;
    if (!(at > 0 && isLetterCode(text.charCodeAt(at - 1))) && !(end < text.length && isLetterCode(text.charCodeAt(end)))) return true;
  }
  return false;
}
