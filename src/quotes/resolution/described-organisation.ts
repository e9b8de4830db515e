/**
 * A body's description as a source (`the company said`, `the group said in a statement`, `the
 * tech firm denied`) names the organisation the text is about there: the organisation that
 * opens one of the last sentences before it as its subject, when it is the organisation the text named
 * last. Salience, as for a pronoun, but for bodies: `Motel 6 said it would stop. "…," the
 * company said` is Motel 6. When another organisation was named after that subject, or another
 * name (a person's, or a firm's taken for one) opened a sentence or spoke since, or none is a subject, the description stays unnamed: no speaker is better than a wrong one.
 */
import { sentenceStart, type ArticleContext } from '../mentions/context.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { organisation } from '../mentions/organisations.ts';
import { describedBody } from '../mentions/named-body.ts';
import type { Speaker } from '../quote.ts';
import { opensSentence, speaks } from './rank.ts';
import type { Token } from '../tokens.ts';

/**
 * The generic heads by which an article refers back to whatever body it was about: a paper, an
 * agency, a network… is one of its kind, which this walk cannot check (`described-body` does).
 */
const GENERIC_HEADS = new Set(['company', 'firm', 'group', 'organisation', 'organization']);

/** What may stand between a sentence's start and its subject: nothing, `The`, `But`, a lead-in closed by a comma. */
const OPENING = /^\s*(?:(?:But|And|Meanwhile,|Still,) )?(?:[Tt]he )?$|, (?:the )?$/;

/** How far back the subject is looked for, in characters (two or three sentences). */
const REACH = 600;

/** Is `words` (a source phrase's words) `the <body noun>` or `the <modifier> <body noun>` (`the technology giant`)? */
function isBodyDescription(words: readonly Token[]): boolean {
  if (words[0]?.lower !== 'the' || words.length < 2 || words.length > 3) return false;
  const head = words[words.length - 1] as Token;
  // (Lower case after `the`: `the Times` is a name, not a description.)
  return GENERIC_HEADS.has(head.text) && words.slice(1).every((t) => t.kind === 'word' && t.text === t.lower);
}

/**
 * The organisation a body's description `words` at `at` stands for: the last organisation named
 * before it (outside quotations), when that mention opens its sentence as the subject.
 */
export function describedOrganisation(ctx: ArticleContext, words: Token[], at: number): Speaker | undefined {
  // `the bureau said` after `the Bureau of …`: the body named with that word (`describedBody`, later) comes first.
  if (!isBodyDescription(words) || describedBody(ctx, words, at)) return undefined;
  const mentions = ctx.people.mentionsBetween(Math.max(0, at - REACH), at);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as (typeof mentions)[number];
    const kind = kindOf(ctx, m.person);
    if (kind === 'place') continue;
    // Another named subject after it (`Bolt Logistics denied it`, an unknown firm typed a person too): the text moved on.
    if (kind !== 'organisation') {
      if (opensSentence(ctx.text, m.start, m.end) || speaks(ctx.text, m.start, m.end)) return undefined;
      continue;
    }
    // The subject opening one of the last sentences (`Acme said …`, `The Acme Group, which …, said …`), nothing less.
    if (
      !opensSentence(ctx.text, m.start, m.end) ||
      !OPENING.test(ctx.text.slice(sentenceStart(ctx, m.start, Math.max(0, m.start - REACH)), m.start))
    )
      return undefined;
    return organisation(ctx.people.speakerOf(m.person).name);
  }
  return undefined;
}
