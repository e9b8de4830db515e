/**
 * Names matching what a user is typing (autocomplete): names starting with the typed text first,
 * then names with a word starting with it, then names containing it (accents and case ignored), in
 * the given order otherwise. Names are folded here so platforms need no text helpers of their own.
 */
import { fold } from '../text/fold.ts';

export function rankByTyped<T>(items: readonly T[], typed: string, nameOf: (item: T) => string): T[] {
  const wanted = fold(typed.trim());
  const rank = (value: string): number => {
    const folded = fold(value);
    if (!wanted || folded.startsWith(wanted)) return 0;
    if (folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(wanted))) return 1;
    return folded.includes(wanted) ? 2 : -1;
  };
  return items
    .map((item, order) => ({ item, order, rank: rank(nameOf(item)) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.item);
}
