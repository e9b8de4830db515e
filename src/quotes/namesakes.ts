/**
 * A surname that two people of the article share (`Cheney` after `Liz Cheney` and `her father, Dick
 * Cheney`): the one the text is about, not merely the one named last. That is the namesake whose
 * full name was last a speech verb's speaker or the very first words of a sentence before the mention
 * (not after a description: `His wife Ann Vance runs a charity`); when none was, the one the article
 * named first (news names its subject first and the relatives after), one with a known given name first.
 */
import type { ArticleContext } from './context.ts';
import { speaks } from './rank.ts';
import { titleGender } from './given-names.ts';
import type { Person } from './speakers.ts';

/** Is `at` the first word of a sentence or a paragraph (only spaces after a full stop, a line break or a closing mark)? */
function startsSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  // The text's first words are its headline's, left to the rule of the first named.
  return k >= 0 && '.!?\n”"'.includes(text[k] as string);
}

/** The person a lone surname `word` at `at` stands for when two or more people share it; undefined when fewer do. */
export function salientNamesake(ctx: ArticleContext, word: string, at: number, roles: string[] = []): Person | undefined {
  // `Mrs. Clinton` is never the Clinton who is a man.
  const gender = titleGender(roles);
  const namesakes = ctx.people.namesakes(word).filter((p) => !gender || !p.gender || p.gender === gender);
  if (gender && namesakes.length === 1) return namesakes[0];
  if (namesakes.length < 2) return undefined;
  let subject: Person | undefined;
  let first: Person | undefined;
  for (const m of ctx.people.mentionsBetween(0, at)) {
    if (!namesakes.includes(m.person)) continue;
    // A name opening with a known given name before one that does not (a headline's `Understated Perez`).
    if (!first || (first.gender === undefined && m.person.gender !== undefined)) first = m.person;
    // A full name only: a lone surname's own cluster is what is being decided.
    if (ctx.text.slice(m.start, m.end).indexOf(' ') < 0) continue;
    // A full name that itself opens a sentence or speaks; not one after a description (`His wife Ann Vance runs a charity`).
    if (startsSentence(ctx.text, m.start) || speaks(ctx.text, m.start, m.end)) subject = m.person;
  }
  return subject ?? first;
}
