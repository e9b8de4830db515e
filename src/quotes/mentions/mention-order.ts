/**
 * Lists of things in text order (an article's name mentions, which `speakers.ts` keeps for the article
 * and for each person; tokens): where an offset falls in one, and how mentions are sorted.
 */

/** Something that stands at an offset of the text. */
interface Placed {
  start: number;
}

/** Index of the first item of `list` (in text order) starting at or after `at`: a binary search. */
export function firstAtOrAfter(list: readonly Placed[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Placed).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where someone is named in the article. */
export type MentionOf<P> = { person: P; start: number; end: number };

/** The mentions of someone never named (a person of `ArticlePeople`'s first pass not met again). */
export const NO_MENTIONS: readonly never[] = [];

/** Adds `m` to a list of mentions: at its end while the list is still to be sorted, else where it stands in text order. */
export function placeMention<M extends Placed>(list: M[], m: M, sorted: boolean): void {
  if (sorted) list.splice(firstAtOrAfter(list, m.start), 0, m);
  else list.push(m);
}

/** Text order, for a stable sort (mentions at one offset keep the order they were noted in). */
export const byStart = (a: Placed, b: Placed): number => a.start - b.start;
