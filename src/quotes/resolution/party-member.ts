/**
 * `the Ohio Republican`, `the former South Carolina Republican`, `the 61-year-old Democrat`: a definite
 * description of one party member (by state, age, rank) is a person the article has named, never a
 * body, though `Republican` is also the word of a party's name.
 */
import type { ArticleContext } from '../mentions/context.ts';
import { describedState, personOfState, statesOf } from './home-state.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { opensSentence } from './rank.ts';
import { isWord } from '../cues/source-tokens.ts';
import { BOUNDARY } from '../cues/source-words.ts';
import type { Person } from '../mentions/speakers.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/word-lists.ts';

/** Party members' nouns, singular (the plural, `Republicans`, is a group). */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(['republican', 'democrat', 'independent', 'libertarian']);
/** Words that tie a clause, not a noun's modifiers, besides `BOUNDARY`'s. */
const CLAUSE_GLUE = new Set(['of', 'to', 'for', 'a', 'an', 'the']);
/** Parties a member's noun rules out in a person's roles (`the Ohio Republican` is no `Democratic Sen. …`). */
const OTHER_PARTY: Record<string, string[]> = {
  republican: ['democrat', 'democratic', 'independent'],
  democrat: ['republican', 'independent'],
  independent: ['republican', 'democrat', 'democratic'],
  libertarian: ['republican', 'democrat', 'democratic'],
};

/** The member noun of `the [former] <Place> Republican`, `the 61-year-old Democrat`, `the panel's top Republican`, or undefined. */
export function partyMemberNoun(words: Token[]): string | undefined {
  const w = words.filter(isWord);
  const last = w[w.length - 1];
  // A member noun, capitalised, after `the` and at least one modifier (`the Republican` alone may be an unnamed one).
  if (w[0]?.lower !== 'the' || !last || !MEMBER_NOUNS.has(last.lower) || !isUpperStart(last.text) || w.length < 3 || w.length > 6)
    return undefined;
  // Modifiers of a noun, not a clause (`the two met at Republican …`).
  return w.slice(1, -1).some((t) => BOUNDARY.has(t.lower) || CLAUSE_GLUE.has(t.lower)) ? undefined : last.lower;
}

/** Whether a person's roles name another party than the member noun's. */
const otherParty = (roles: ReadonlySet<string>, noun: string): boolean => (OTHER_PARTY[noun] ?? []).some((r) => roles.has(r));

/** Modifiers that make the member someone besides the person in view: `the other Republican`, `the lone Democrat`. */
const NOT_THE_ONE = new Set(['other', 'another', 'lone', 'second', 'fellow', 'only']);
/** How far before the description another person's mention makes the salient one no sure answer, in characters. */
const REACH = 600;

/** Does the text tie `p` to the member noun's party: a role (`Republican Sen.`), `(R-Ohio)`, `, a Republican,`? */
function ofParty(ctx: ArticleContext, p: Person, noun: string, at: number): boolean {
  if (p.roles.has(noun) || (noun === 'democrat' && p.roles.has('democratic'))) return true;
  const letter = noun[0]?.toUpperCase() ?? '';
  const tie = new RegExp(`^\\s*(?:[,(]\\s*${letter}\\s?[-–]|,\\s+an?\\s+(?:\\S+\\s+)?${noun})`, 'i');
  return ctx.people.mentionsBetween(0, at).some((m) => m.person === p && tie.test(ctx.text.slice(m.end, m.end + 40)));
}

/** Titles that may stand before the name in `said of Mr. Reed` (not `Jr.`, `St.`: no title before a name). */
const OF_TITLES = [...TITLE_ABBREVIATIONS.filter((t) => !['jr', 'sr', 'st', 'mt'].includes(t)), 'miss'].map(
  (t) => (t[0] as string).toUpperCase() + t.slice(1),
);
/** `said of [Mr.] Reed[’s]`: the name after `of`, a title at most before it, a possessive `'s` left out. */
const SAID_OF = new RegExp(
  `^[^.!?"“”]{0,60}?\\b(?:said|says|added|wrote|told \\S+)\\s+of\\s+(?:(?:${OF_TITLES.join('|')})\\.?\\s+)?(\\p{Lu}[\\p{L}-]*?)(?:['’]s)?(?![\\p{L}'’-])`,
  'u',
);

/** Does the text tie `p` to the member noun's party (true), to another party (false), or to none (undefined)? */
function partyOf(ctx: ArticleContext, p: Person, noun: string, at: number): boolean | undefined {
  if (ofParty(ctx, p, noun, at)) return true;
  if (otherParty(p.roles, noun) || [...MEMBER_NOUNS].some((n) => n !== noun && ofParty(ctx, p, n, at))) return false;
  return undefined;
}

/** Is `p` the object of `said of X` right after the description at `at` (`the Texas Republican said of Reed`, `of Reed's plan`)? */
function spokenOf(ctx: ArticleContext, p: Person, at: number): boolean {
  const of = SAID_OF.exec(ctx.text.slice(at, at + 100));
  return of !== null && p.folded.includes((of[1] as string).toLowerCase());
}

/**
 * The person `the Kentucky Republican` (member noun `noun`, at `at`) describes: the latest person the
 * text ties to that state, else the `salient` one when the text ties them to that party, or when no
 * other person is named in reach (and, with a state, to no other state); never one of another party,
 * one the description speaks `of`, nor anyone for `the other Republican`, `the lone Democrat`.
 */
export function describedMember(
  ctx: ArticleContext,
  words: Token[],
  noun: string,
  at: number,
  salient: Person | undefined,
): Person | undefined {
  if (words.some((t) => NOT_THE_ONE.has(t.lower))) return undefined;
  const state = describedState(words.filter(isWord).map((t) => t.text));
  const p = state ? personOfState(ctx, state, at, salient, REACH, (q) => partyOf(ctx, q, noun, at)) : salient;
  if (!p || otherParty(p.roles, noun) || spokenOf(ctx, p, at)) return undefined;
  if ((state && statesOf(ctx, p, at).has(state)) || ofParty(ctx, p, noun, at)) return p;
  // The speaker of the quotation just before (`"…," Sen. Jo Roe wrote. "…," added the Ohio Republican`), or the one person in view.
  if (ctx.lastSpoken?.speaker.key === ctx.people.speakerOf(p).key) return p;
  const near = ctx.people.mentionsBetween(Math.max(0, at - REACH), at);
  const alone = near.every((m) => m.person === p || kindOf(ctx, m.person) !== 'person');
  if (alone) return p;
  // `Rep. Jo Roe also said he is unconvinced. "…," the Texas Republican said.`: the subject of the sentence just
  // before, in the description's paragraph, with no other person named since (centering, as for a pronoun).
  const lastOther = near.findLastIndex((m) => m.person !== p && kindOf(ctx, m.person) === 'person');
  const since = near.slice(lastOther + 1).filter((m) => m.person === p);
  const paraStart = ctx.text.lastIndexOf('\n', at) + 1;
  return since.some((m) => m.start >= paraStart && opensSentence(ctx.text, m.start, m.end)) ? p : undefined;
}
