/**
 * A role description (`the president replied`) when the article has introduced more than one holder
 * of that role: the one who was last a sentence's subject or a speaker before the description (the
 * one the text is about there), not merely the one named last.
 * `President Roe seemed … under President Poe … "…," the president said` is Roe.
 */
import type { ArticleContext } from '../mentions/context.ts';
import { holdsRole, rolesClash } from '../mentions/roles-clash.ts';
import { opensSentence, speaks } from './rank.ts';
import type { Person } from '../mentions/speakers.ts';

/** How far back the holders' mentions are read, in characters (less than the ranker’s: an older subject is no longer what the text is about). */
const REACH = 1000;

/**
 * The holder of the role described by `words` (lower case, `head` its head noun) at `at`: of the
 * people holding it as fully as `named` (what `byRole` found) does, the one whose mention was last a
 * subject or a speaker within reach; `named` when none was.
 */
export function salientHolder(ctx: ArticleContext, named: Person, words: string[], head: string, at: number): Person {
  // `Vice President Jo Roe` holds no `president` the description names without `vice`.
  const fits = (p: Person): number =>
    !holdsRole(p, head) || rolesClash(p, words, head) || (p.roles.has('vice') && !words.includes('vice'))
      ? -1
      : words.filter((w) => holdsRole(p, w)).length;
  const wanted = Math.max(fits(named), 1);
  const mentions = ctx.people.mentionsBetween(Math.max(0, at - REACH), at);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as (typeof mentions)[number];
    // `Reporters turned to President Poe. "…," the president said`: named in the sentence just before, Poe
    // is meant, unless another holder or a `he`/`she` is that sentence's subject before Poe (`Roe met
    // President Poe`, `He called on Poe …`); never `the Obama administration` or `Poe's aides`.
    const itself = (): boolean => !/the $/i.test(ctx.text.slice(m.start - 4, m.start)) && !/^['’]/.test(ctx.text[m.end] ?? '');
    if (m.person === named && itself() && fits(named) >= 1 && sentenceEndsBetween(ctx.text, m.end, at) <= 1) {
      const from = sentenceStartBefore(ctx.text, m.start);
      const other = mentions.slice(0, k).some((o) => o.start >= from && o.person !== named && fits(o.person) >= wanted);
      if (!other && !/\b(?:he|she)\b/i.test(ctx.text.slice(from, m.start))) return named;
    }
    if (fits(m.person) < wanted) continue;
    if (opensSentence(ctx.text, m.start, m.end) || speaks(ctx.text, m.start, m.end) || ctx.spokenAt?.has(m.start)) return m.person;
  }
  return named;
}

/** Sentence ends (`.`, `!`, `?` then a space) in `text` [from, to), those inside quotation marks left out. */
function sentenceEndsBetween(text: string, from: number, to: number): number {
  let ends = 0;
  let quoted = false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '"' || c === '\u201c' || c === '\u201d') quoted = c === '"' ? !quoted : c === '\u201c';
    else if (!quoted && (c === '.' || c === '!' || c === '?') && /\s/.test(text[k + 1] ?? ' ')) ends++;
  }
  return ends;
}

/** Where the sentence holding `at` starts: just after the last sentence end before it (outside quotation marks too). */
function sentenceStartBefore(text: string, at: number): number {
  for (let k = at - 1; k > 0; k--)
    if ((text[k] === '.' || text[k] === '!' || text[k] === '?') && /\s/.test(text[k + 1] ?? '')) return k + 1;
  return 0;
}
