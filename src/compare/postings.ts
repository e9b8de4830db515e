/**
 * Candidate pairs for statement grouping: an inverted index of the words of one speaker's quotes,
 * dated ones sorted by day, and the quotes sharing enough words with one quote near in time.
 */

/** The grouping options pairing reads (see `GroupingOptions`). */
export interface PairingOptions {
  maxDaysApart: number;
  maxPostings: number;
}

/** What pairing needs of a quote: its place in the quotes grouped, its words, its day. */
export interface Pairable {
  index: number;
  tokens: Set<string>;
  day?: number;
}

/**
 * Each word's quotes, dated ones sorted by day, so candidates come only from the date window: the
 * work then grows with the quotes near in time, not with all of a speaker's quotes.
 */
export class Postings<T extends Pairable> {
  private readonly dated = new Map<string, T[]>();
  private readonly undated = new Map<string, T[]>();

  constructor(items: T[]) {
    for (const i of items) {
      const map = i.day === undefined ? this.undated : this.dated;
      for (const t of i.tokens) {
        const list = map.get(t);
        if (list) list.push(i);
        else map.set(t, [i]);
      }
    }
    for (const list of this.dated.values()) list.sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
  }

  /**
   * Quotes with word `t` that may be compared with one published on `day` (undated: any): those of
   * `dated` from `from` to `to`, then `undated` (ranges, not a new array per word and quote).
   */
  near(t: string, day: number | undefined, days: number): { dated: T[]; from: number; to: number; undated: T[] } {
    const dated = this.dated.get(t) ?? NONE;
    const undated = this.undated.get(t) ?? NONE;
    if (day === undefined) return { dated, from: 0, to: dated.length, undated };
    return { dated, from: lowerBound(dated, day - days), to: lowerBound(dated, day + days + 1e-9), undated };
  }
}

const NONE: never[] = [];

function lowerBound(list: readonly Pairable[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.day ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Items near in time sharing at least `minShared` words with `item` (or all of its words, if
 * fewer). Words with more than `maxPerWord` such items are too common to propose pairs.
 */
export function candidates<T extends Pairable>(
  item: T,
  postings: Postings<T>,
  minShared: number,
  opts: PairingOptions,
  counts: Counts,
): T[] {
  // Shared words per other item, counted in `counts` (by item index, zero between calls); `met`
  // keeps the items in the order first met.
  const met: T[] = [];
  const meet = (other: T) => {
    if (other === item) return;
    const n = counts[other.index]!;
    if (n === 0) met.push(other);
    counts[other.index] = n + 1;
  };
  for (const t of item.tokens) {
    const { dated, from, to, undated } = postings.near(t, item.day, opts.maxDaysApart);
    if (to - from + undated.length > opts.maxPostings) continue;
    for (let k = from; k < to; k++) meet(dated[k]!);
    for (const other of undated) meet(other);
  }
  // Weighted containment of 0.4 or more needs about a third of the smaller side's words in common.
  const out: T[] = [];
  for (const other of met) {
    const c = counts[other.index]!;
    counts[other.index] = 0;
    if (c >= Math.min(minShared, item.tokens.size) && c >= Math.ceil(Math.min(item.tokens.size, other.tokens.size) / 3)) out.push(other);
  }
  return out;
}

/** Counts by item index (`Pairable.index`), all zero between uses. */
export type Counts = Uint32Array;
