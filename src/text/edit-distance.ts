/**
 * Edit distance between two words, capped: anything over `max` is `max + 1`, and rows stop early
 * once every cell is over it. Two callers, two conventions:
 * - `transpositions: false` (default): plain Levenshtein, as MiniSearch's fuzzy matching counts, so
 *   the SQLite engine's typo expansion finds what MiniSearch finds;
 * - `transpositions: true`: a swap of two neighbours counts one (optimal string alignment), for
 *   "did you mean" on names, outlets and commands typed by people (`qoute` → `quote`).
 *
 * @example
 * editDistance('qoute', 'quote', 2)                          // → 2
 * editDistance('qoute', 'quote', 2, { transpositions: true }) // → 1
 */
export function editDistance(a: string, b: string, max: number, options: { transpositions?: boolean } = {}): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (options.transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max && !options.transpositions) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Bins of `countLetters`: a–z, then one for any other character. */
export const LETTER_BINS = 27;

/** Writes `word`'s letter counts (code units, capped at 255) into `counts` from `at`; returns `counts`. */
export function countLetters(word: string, counts: Uint8Array, at = 0): Uint8Array {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    const bin = at + (c >= 0 && c < 26 ? c : 26);
    if (counts[bin]! < 255) counts[bin]!++;
  }
  return counts;
}

/**
 * True when the letter counts at `a[from…]` and `b[at…]` (`countLetters`) differ by more than
 * `2 * max` in all: the words are then more than `max` edits apart, with or without transpositions
 * (an insertion or deletion changes one count by one, a substitution two, a swap none). A cheap
 * test before `editDistance`, which it never contradicts (capped counts only make it test less).
 */
export function lettersApart(a: Uint8Array, from: number, b: Uint8Array, at: number, max: number): boolean {
  let apart = 0;
  for (let l = 0; l < LETTER_BINS; l++) {
    apart += Math.abs(a[from + l]! - b[at + l]!);
    if (apart > 2 * max) return true;
  }
  return false;
}
