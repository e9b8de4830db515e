/**
 * Unnamed people as antecedents of a pronoun: `Jean's mother rejoiced as the verdict was read. "God
 * is good," she said.` The subject of the sentence just before (or of the pronoun's own sentence) is
 * a relative or a companion of someone named, of the pronoun's gender, and nobody is named between
 * it and the pronoun: the pronoun is that description, not the person it is related to.
 */
import { paragraphAt, windowTokens, type ArticleContext } from './context.ts';
import { clauseStart } from './clause-subject.ts';
import type { Gender } from './names.ts';
import type { Paragraph } from './paragraphs.ts';
import { foldName } from './speakers.ts';
import type { Speaker } from './quote.ts';
import { isUpperStart, type Token } from './tokens.ts';

/** Relatives and companions by gender: never the named person they belong to. */
const RELATIVES: Record<string, Gender> = {
  mother: 'f',
  wife: 'f',
  sister: 'f',
  daughter: 'f',
  widow: 'f',
  grandmother: 'f',
  aunt: 'f',
  girlfriend: 'f',
  fiancee: 'f',
  father: 'm',
  husband: 'm',
  brother: 'm',
  son: 'm',
  widower: 'm',
  grandfather: 'm',
  uncle: 'm',
  boyfriend: 'm',
  fiance: 'm',
};

/** The subject of the sentence `tokens`, when it is `X's mother`, `his widow`, `the victim's father`: its [start, end). */
function relativeSubject(tokens: Token[], gender: Gender): [number, number] | undefined {
  const s = clauseStart(tokens);
  let k = s;
  if (tokens[k]?.lower === 'the') k++;
  // The owner: a possessive name (`Jean's`), a possessive pronoun (`his`), or `the victim's`.
  const owner = tokens[k];
  if (!owner || owner.kind !== 'word') return undefined;
  const possessive = /['’]s$/.test(owner.text) || ['his', 'her', 'their'].includes(owner.lower);
  if (!possessive || (tokens[s]?.lower === 'the' && isUpperStart(owner.text))) return undefined;
  const noun = tokens[k + 1];
  if (!noun || RELATIVES[noun.lower] !== gender) return undefined;
  const verb = tokens[k + 2];
  // A verb follows the description (`rejoiced`, `said`), or an appositive comma.
  if (!verb || (verb.kind === 'word' ? isUpperStart(verb.text) : verb.text !== ',')) return undefined;
  return [s, k + 2];
}

/** The unnamed relative a `he`/`she` at `at` refers to, if one of the last sentences before it opens with one. */
export function relativeAntecedent(ctx: ArticleContext, at: number, gender: Gender): Speaker | undefined {
  const para = paragraphAt(ctx.paragraphs, at) as Paragraph;
  const before = ctx.paragraphs[para.index - 1];
  const tokens = windowTokens(ctx, Math.max(before?.start ?? para.start, at - 400), at);
  // Sentences (and the words between quotations), last first.
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'quote' || t.text === '.' || t.text === '!' || t.text === '?') parts.push([]);
    else (parts[parts.length - 1] as Token[]).push(t);
  }
  let seen = 0;
  for (let n = parts.length - 1; n >= 0 && seen < 3; n--) {
    const part = parts[n] as Token[];
    if (!part.some((t) => t.kind === 'word')) continue;
    seen++;
    const np = relativeSubject(part, gender);
    if (!np) continue;
    const first = part[np[0]] as Token;
    const last = part[np[1] - 1] as Token;
    // Somebody named after the description is the nearer antecedent.
    if (ctx.people.mentionsBetween(last.end, at).length > 0) return undefined;
    const name = ctx.text.slice(first.start, last.end).replace(/^The\b/, 'the');
    return { name, key: foldName(name), kind: 'unnamed' };
  }
  return undefined;
}
