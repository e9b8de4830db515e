/**
 * `the Ohio Republican`, `the former South Carolina Republican`, `the 61-year-old Democrat`: a definite
 * description of one party member (by state, age, rank) is a person the article has named, never a
 * body, though `Republican` is also the word of a party's name.
 */
import type { ArticleContext } from './context.ts';
import { describedState, personOfState } from './home-state.ts';
import { isWord } from './source-tokens.ts';
import { BOUNDARY } from './source-words.ts';
import type { Person } from './speakers.ts';
import { isUpperStart, type Token } from './tokens.ts';

/** Party members' nouns, singular (the plural, `Republicans`, is a group). */
const MEMBER_NOUNS = new Set(['republican', 'democrat', 'independent', 'libertarian']);
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

/**
 * The person `the Kentucky Republican` (member noun `noun`, at `at`) describes: the latest person the
 * text ties to that state, else the `salient` one unless the text places them in another state or
 * another party; with no state in the description, the salient one of no other party.
 */
export function describedMember(
  ctx: ArticleContext,
  words: Token[],
  noun: string,
  at: number,
  salient: Person | undefined,
): Person | undefined {
  const state = describedState(words.filter(isWord).map((t) => t.text));
  const p = state ? personOfState(ctx, state, at, salient) : salient;
  return p && !otherParty(p.roles, noun) ? p : undefined;
}
