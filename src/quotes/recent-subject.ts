/**
 * The subject of one of the last sentences before a pronoun (centering): walking back over the
 * people named there, the first who is a sentence's subject or a speech verb's speaker is whom `he`
 * or `she` means, with three refinements over plain distance:
 * - the quotations in between do not count towards the reach (`Jo Roe, 42, pledged … "<a long
 *   quotation>," she said` is still Roe's: the quotation is what she said, not a new topic);
 * - the subject of a clause inside what someone said is not the sentence's subject (`Roe said Poe
 *   has the money while Lee has momentum. "…," he said` is Roe's, not Lee's);
 * - a subject of the pronoun's own sentence whose gender clashes is passed over for the subject
 *   before it (`Mahar hoped … Harry Reid "wouldn't move anything," she said` is Mahar's).
 */
import type { ArticleContext } from './context.ts';
import { sentenceStart } from './context.ts';
import type { Gender } from './names.ts';
import { isPersonKind, opensSentence, speaks } from './rank.ts';
import type { Person } from './speakers.ts';
import { MASK } from './tokens.ts';

/** How far back the walk goes at most, in characters of text, quotations included. */
const LIMIT = 1500;

/** The offset before `at` with `reach` characters of prose (quotations left out) between it and `at`. */
export function proseStart(ctx: ArticleContext, at: number, reach: number): number {
  const { masked } = ctx;
  const floor = Math.max(0, at - LIMIT);
  let prose = 0;
  let k = at;
  while (k > floor && prose < reach) {
    k--;
    if (masked[k] !== MASK) prose++;
  }
  return k;
}

/** `, but`, `; `: a second main clause, whose subject is a subject of its own (`…, but Poe disagreed`). */
const JOINED = /(?:[,;] (?:but|and|while|yet|whereas) |; )/;

/**
 * Is the mention at [start, end) inside what a person named earlier in its sentence said (`Roe said
 * Obama has … while Romney has …`), rather than a main clause's subject?
 */
function insideSaid(ctx: ArticleContext, start: number, floor: number): boolean {
  // A paragraph break ends a sentence too (`sentenceStart` reads only punctuation).
  const from = sentenceStart(ctx, start, Math.max(floor, ctx.text.lastIndexOf('\n', start) + 1));
  for (const m of ctx.people.mentionsBetween(from, start)) {
    if (m.end >= start) break;
    if (!speaks(ctx.text, m.start, m.end) && !ctx.spokenAt?.has(m.start)) continue;
    if (!isPersonKind(ctx, m.person)) continue;
    return !JOINED.test(ctx.masked.slice(m.end, start));
  }
  return false;
}

/** The subject the pronoun of `gender` at `at` refers to, when one of the last sentences (within `reach` characters of prose) has one. */
export function recentSubject(ctx: ArticleContext, at: number, gender: Gender | undefined, reach: number): Person | undefined {
  const floor = proseStart(ctx, at, reach);
  // A subject of the pronoun's own sentence whose gender clashes (`Harry Reid, …, "…," she said`) is what was said about.
  const own = sentenceStart(ctx, at, Math.max(floor, ctx.text.lastIndexOf('\n', at) + 1));
  for (const m of ctx.people.mentionsBetween(floor, at).reverse()) {
    if (!opensSentence(ctx.text, m.start, m.end) && !ctx.spokenAt?.has(m.start) && !speaks(ctx.text, m.start, m.end)) continue;
    if (!isPersonKind(ctx, m.person)) return undefined;
    if (gender !== undefined && m.person.gender !== undefined && m.person.gender !== gender) {
      if (m.start < own) return undefined;
      continue;
    }
    if (insideSaid(ctx, m.start, floor)) continue;
    return m.person;
  }
  return undefined;
}
