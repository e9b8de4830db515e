/**
 * `— Mediaite (@Mediaite) October 30, 2015`: a name of one word without a known gender that the
 * article writes only as an embedded post's account, its handle right after it (round 21). An account:
 * it may speak its own post, but it is no person a later `he`/`she` stands for.
 */
import type { ArticlePeople, Person } from './speakers.ts';

/** Is every mention of this one-word, genderless name followed by its handle (` (@…`)? */
export function onlyAsAccount(ctx: { text: string; people: ArticlePeople }, person: Person): boolean {
  if (person.folded.length !== 1 || person.gender !== undefined) return false;
  let seen = 0;
  for (const m of ctx.people.mentionsOf(person)) {
    if (!ctx.text.startsWith(' (@', m.end)) return false;
    seen++;
  }
  return seen > 0;
}
