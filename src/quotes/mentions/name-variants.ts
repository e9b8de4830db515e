/**
 * One-word names that stand for someone the article names in full under another form: a surname spelt
 * with or without a final `s` (`Tabio said` after `Juan Tabios`, `Hodges said` after `Mark Hodge`) when
 * nobody of the article bears the written form, or with `-son` for `-sen` (`Peterson said` after `Ana Petersen`), `Junior` for the one person named with `Jr.`, and
 * `Hizzoner` (his honor) for the mayor.
 */
import type { ArticleContext } from './context.ts';
import type { Person } from './speakers.ts';
import { surnameOf } from '../lexicon/generations.ts';
import { givenNameGender } from '../lexicon/given-names.ts';
import { withoutPossessiveS } from '../../text/marks.ts';

/** Nicknames that name the holder of a role (`Hizzoner`: the mayor). */
const ROLE_NICKNAMES = new Map([['hizzoner', 'mayor']]);

/** The one person among `people` that `fits`, if exactly one does. */
function only(people: readonly Person[], fits: (p: Person) => boolean): Person | undefined {
  let found: Person | undefined;
  for (const p of people) {
    if (!fits(p)) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}

/** The person of the article a lone `word` (written at `at`) stands for under another form, if one does. */
export function variantNamed(ctx: ArticleContext, word: string, at: number): Person | undefined {
  const lower = word.toLowerCase();
  const people = ctx.people.people.filter((p) => p.folded.length > 1 && p.firstMention < at);
  if (lower === 'junior') {
    // `Donald Jr.` and `Donald Trump Jr.` are one person: the fullest form, when every one has the same given name.
    const juniors = people.filter((p) => p.folded[p.folded.length - 1] === 'jr');
    const given = juniors[0]?.folded[0];
    if (!juniors.every((p) => p.folded[0] === given)) return undefined;
    return juniors.reduce<Person | undefined>((a, p) => (!a || p.folded.length > a.folded.length ? p : a), undefined);
  }
  const role = ROLE_NICKNAMES.get(lower);
  if (role) return only(people, (p) => p.roles.has(role));
  // A surname (or a given name: `William` for William Nash) someone of the article bears as written is theirs (`find` gives it).
  if (lower.length < 4 || people.some((p) => surnameOf(p.folded) === lower || p.folded[0] === lower)) return undefined;
  // Nor is a word named as someone of its own before (`Her son, Robert, …` is not Maria Roberts).
  if (ctx.people.people.some((p) => p.folded.length === 1 && p.folded[0] === lower && p.firstMention < at)) return undefined;
  const other = lower.endsWith('s') ? lower.slice(0, -1) : `${lower}s`;
  // `Peterson said` after `Michael Petersen`: the Scandinavian `-sen` and the English `-son` are one surname misspelt.
  const sonSen = /s[eo]n$/.test(lower) && lower.length > 5 ? `${lower.slice(0, -2)}${lower.endsWith('son') ? 'e' : 'o'}n` : undefined;
  const named = only(people, (p) => {
    const surname = surnameOf(p.folded);
    return surname === other || surname === sonSen;
  });
  // A given name (`Peter` after `Daniel Peters`) only when the other form was written alone before (`Williams said …`, then `William told`).
  const writtenAlone = (m: { person: Person; start: number; end: number }): boolean =>
    m.person === named && withoutPossessiveS(ctx.text.slice(m.start, m.end)).toLowerCase() === other;
  return named && (givenNameGender(lower) === undefined || ctx.people.mentionsBetween(0, at).some(writtenAlone)) ? named : undefined;
}
