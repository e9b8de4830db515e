/**
 * People named as a coordinated pair (`Reps. Ann Bell and Tom Cole wrote`, `met Jo Roe and Kim Lee`):
 * together they are a plural, so a later `he` or `she` is neither of them until the article names one
 * alone again, or the pronoun's gender fits only one of the two; and a pair that speaks (`Bryan Lee and
 * Jacey Fortin wrote`) is both, not the second one alone.
 */
import type { ArticleContext } from '../mentions/context.ts';
import type { Gender } from '../mentions/names.ts';
import { foldName, type Person } from '../mentions/speakers.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import type { Mention, Speaker } from '../quote.ts';
import { givenNameGender } from '../lexicon/given-names.ts';

/** Only `and`/`&` (a comma before it allowed) between two names joins them: `Ann Bell and Tom Cole`. */
const JOINED = /^,?\s+(?:and|&)\s+$/;

/** How far around a mention the other member of its pair is looked for, in characters. */
const REACH = 80;

/**
 * Is `person`'s last mention before `at` one of a pair joined by `and` whose other member is a person
 * the pronoun's `gender` does not rule out?
 */
export function lastNamedInPair(ctx: ArticleContext, person: Person, at: number, gender: Gender | undefined): boolean {
  const near = ctx.people.mentionsBetween(Math.max(0, at - 2500), at);
  let k = near.length - 1;
  while (k >= 0 && near[k]?.person !== person) k--;
  const m = near[k];
  if (!m) return false;
  for (const other of ctx.people.mentionsBetween(Math.max(0, m.start - REACH), Math.min(at, m.end + REACH))) {
    if (other.person === person) continue;
    const between = other.end <= m.start ? ctx.masked.slice(other.end, m.start) : ctx.masked.slice(m.end, other.start);
    if (!JOINED.test(between)) continue;
    if (gender !== undefined && other.person.gender !== undefined && other.person.gender !== gender) continue;
    if (kindOf(ctx, other.person) === 'person') return true;
  }
  return false;
}

/** A full name opening with a given name, then `and`, right before the speaker's name: `Sean Sullivan and `. */
const NAME_AND = /(\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+ and $/u;

/**
 * The pair a person's mention names with `and` before them (`Reporters Bryan Lee and Jacey Fortin` for
 * Jacey Fortin), as one unnamed speaker written as the article writes it (`Bryan Lee and Jacey Fortin`).
 */
export function pairSpeaker(mention: Mention, speaker: Speaker): Speaker | undefined {
  if (speaker.kind !== 'person') return undefined;
  const at = mention.text.lastIndexOf(speaker.name);
  const pair = at > 0 ? NAME_AND.exec(mention.text.slice(0, at)) : null;
  if (!pair || givenNameGender((pair[1] as string).toLowerCase()) === undefined) return undefined;
  const name = mention.text.slice(pair.index, at + speaker.name.length);
  return { name, key: foldName(name), kind: 'unnamed' };
}
