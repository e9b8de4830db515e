/**
 * A description the article itself used of someone other than a person: `Jo Roe explains to the
 * guard that …` then `"…," the guard says.`; `A second guard walks up and grabs Roe.` then `"…," the
 * second guard says`; `The guard told Roe, "…"`. A clause that writes the same description (any
 * determiner, the same modifiers, the same head noun) with the person as another party of its verb
 * makes the description someone else: it must not be resolved to that person (a wrong name is worse
 * than the description). Read only where the clause is plain: no comma, quotation, clause opener
 * (`that`, `after`, `when`, `and said`), verb of saying or preposition before the name stands between
 * them, so `Roe, the guard,`, `the guard Jo Roe`, `Roe is the guard`, `after the guard called`, `a
 * spokesman for Roe said the senator`, `Roe said the senator` never count.
 */
import { paragraphAt, sentenceEnd, sentenceStart, type ArticleContext } from '../mentions/context.ts';
import type { Person } from '../mentions/speakers.ts';
import { isPersonHead, PREPOSITIONS, SUBORDINATE_OPENERS } from '../lexicon/word-lists.ts';
import { isPersonNounByEnding } from '../lexicon/person-nouns.ts';
import { STAFF_HEADS } from '../lexicon/office-holders.ts';
import { isUpperStart } from '../tokens.ts';

/** Words between a name and the description that open another clause or make one the other (`as`, `is`). */
const CLAUSE_WORDS = new Set([
  ...SUBORDINATE_OPENERS,
  ...'after before since as than like is was are were be been being became becomes remains named called'.split(' '),
]);

/** Verbs whose object is a clause (`Roe said the senator …`): the description after them may be anyone, Roe too. */
const CLAUSE_VERBS = new Set(
  'said says say added adds claimed claims argued argues insisted insists believes believed thinks thought noted notes wrote writes suggested suggests'.split(
    ' ',
  ),
);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

/** Marks that end a plain clause: a comma, a quotation (masked), a dash, a bracket, a colon. */
const BREAK = /[,;:()\u0000—–]|\s-\s/;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Is the text between a name and the description a plain stretch of one clause whose verb links two parties? */
function plainBetween(between: string): boolean {
  if (BREAK.test(between)) return false;
  const words = between.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words.length > 0 && !words.some((w) => CLAUSE_WORDS.has(w) || CLAUSE_VERBS.has(w));
}

/**
 * Did the article, up to the description `words` (lower case, its determiner first, its head last)
 * ending at `end`, write that description in a clause naming `person` as another party (see the file's comment)?
 */
export function describedAsAnother(ctx: ArticleContext, person: Person, words: readonly string[], end: number): boolean {
  const mentions = ctx.people.mentionsOf(person);
  if (mentions.length === 0 || (mentions[0]?.start ?? end) >= end || words.length < 2) return false;
  const body = words.slice(1).map(escape).join('\\s+');
  const uses = new RegExp(`(?<![\\p{L}\\d'’-])(?:the|a|an|one|another)\\s+${body}(?![\\p{L}\\d'’-])`, 'giu');
  for (const use of ctx.masked.slice(0, end).matchAll(uses)) {
    const from = use.index;
    const to = from + use[0].length;
    const para = paragraphAt(ctx.paragraphs, from);
    const start = sentenceStart(ctx, from, para.start);
    const stop = sentenceEnd(ctx.masked, to, para.end);
    // `the senator's aide told Roe`: a possessive description owns another person.
    if (/^['’]s?\b/.test(ctx.masked.slice(to, to + 3))) continue;
    // `counselor to the president`, `a lawyer for the guard`: the description belongs to another noun, no party of the verb.
    const owner = /(\p{Ll}[\p{L}-]*)\s+(?:to|for|of)\s+$/u.exec(ctx.masked.slice(Math.max(0, from - 30), from))?.[1];
    if (owner && (isPersonNounByEnding(owner) || STAFF_HEADS.has(owner) || isPersonHead(owner))) continue;
    for (const m of mentions) {
      if (m.end <= start) continue;
      if (m.start >= stop) break;
      const name = ctx.masked.slice(m.start, m.end);
      // `Roe's spokesman`, `for Roe`, `into Roe's conduct`: Roe owns someone or is a topic, not a party.
      if (/['’]s?$/.test(name) || /^['’]s?\b/.test(ctx.masked.slice(m.end, m.end + 3))) continue;
      // (`with the Trump campaign`: a name after a determiner or a preposition modifies or is a topic.)
      const before = /([\p{L}]+)\s+$/u.exec(ctx.masked.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase();
      if (before && (PREPOSITIONS.has(before) || DETERMINERS.has(before))) continue;
      // `… victory lap The president …`: a capital opens another sentence (a headline run on) after the name.
      if (m.end <= from && isUpperStart(use[0])) continue;
      if (m.end <= from ? plainBetween(ctx.masked.slice(m.end, from)) : m.start >= to && plainBetween(ctx.masked.slice(to, m.start)))
        return true;
    }
  }
  return false;
}
