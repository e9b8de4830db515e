/**
 * A reply goes to the one who was asked: in `When Lund asked Pike whether she backed it, she
 * replied, "…"` and `Reyes asked Burke about the vote, and he answered: "…"`, the pronoun before
 * `replied` / `answered` / `responded` is the person named right after `asked`, not the asker who
 * is the sentence's subject. Only for those three verbs: after `he said` either of them may speak.
 */
import type { ArticleContext } from '../mentions/context.ts';
import type { Gender } from '../mentions/names.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import type { MentionOf } from '../mentions/mention-order.ts';
import type { Person } from '../mentions/speakers.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/word-lists.ts';

/** `asked` and an optional title's abbreviation, right after the asker's name. */
const ASKED = new RegExp(String.raw`^\s+asked\s+(?:(?:${TITLE_ABBREVIATIONS.join('|')})\.?\s+)?`, 'i');
/** After the asked name: an owner's `'s`, or `and` adding a second person. */
const OWNER_OR_PAIR = /^(?:['’]s?(?!\p{L})|,?\s+and\s)/u;
/** The pronoun's own verb: a reply to a question. */
const REPLY = /^\p{L}+\s+(?:replied|answered|responded)\b/u;

/**
 * The person `asker` asked, when the pronoun at `at` replies and that person agrees with its gender.
 *
 * @example
 * // `When Lund asked Pike whether she backed the plan, she replied, "Yes"` → Pike
 */
export function askedPerson(ctx: ArticleContext, asker: MentionOf<Person>, at: number, gender: Gender | undefined): Person | undefined {
  if (!REPLY.test(ctx.text.slice(at, at + 30))) return undefined;
  const m = ASKED.exec(ctx.text.slice(asker.end, at));
  if (m === null) return undefined;
  const asked = ctx.people.mentionsBetween(asker.end, at).find((x) => x.start === asker.end + m[0].length);
  if (asked === undefined || asked.person === asker.person || kindOf(ctx, asked.person) !== 'person') return undefined;
  // `asked Burke's aide`, `asked Burke and Lee`: someone else, or more than one, was asked.
  if (/['’]s?$/.test(ctx.text.slice(asked.start, asked.end)) || OWNER_OR_PAIR.test(ctx.text.slice(asked.end, asked.end + 6)))
    return undefined;
  if (gender !== undefined && asked.person.gender !== undefined && asked.person.gender !== gender) return undefined;
  return asked.person;
}
