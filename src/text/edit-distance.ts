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
