/**
 * Word-level diff of two wordings: the `diff` package's `diffWords`, case-insensitive so that only
 * wording shows, with the same parts for the same two texts and two savings on the way:
 *
 * - Its comparison of two tokens lower-cases and trims both at every step of its O(N·D) walk (a
 *   wording of 90 words against one that differs in half of them: thousands of comparisons, two new
 *   strings each). Here each token's lower-cased, trimmed form is made once per diff and compared:
 *   the same relation, so the same walk and the same parts.
 * - The parts of each pair of wordings are remembered for the last pairs diffed: a statement
 *   carried by a dozen outlets is shown by every query that finds it (`/quote Moscow`, `Moscow
 *   talks`, …), and its wordings were diffed again each time (about 1 ms each, 15 ms of
 *   `/quote Moscow` at 37k articles).
 */
import { wordDiff as packageWordDiff } from 'diff';
import { LRUCache } from 'lru-cache';
import type { DiffPart } from '../answer.ts';

const PackageWordDiff = packageWordDiff.constructor as new () => typeof packageWordDiff;

/** `diffWords` with `ignoreCase`, each token's folded form made once per diff. */
class FoldedWordDiff extends PackageWordDiff {
  readonly #folded = new Map<string, string>();

  override equals(left: string, right: string): boolean {
    return left === right || this.#fold(left) === this.#fold(right);
  }

  #fold(token: string): string {
    let folded = this.#folded.get(token);
    if (folded === undefined) this.#folded.set(token, (folded = token.toLowerCase().trim()));
    return folded;
  }

  parts(from: string, to: string): DiffPart[] {
    this.#folded.clear();
    try {
      return this.diff(from, to, { ignoreCase: true }).map((c) => ({
        op: c.added ? 'added' : c.removed ? 'removed' : 'same',
        text: c.value,
      }));
    } finally {
      this.#folded.clear();
    }
  }
}

const differ = new FoldedWordDiff();

/** The parts of the last pairs of wordings diffed (each part copied out: callers own what they get). */
const DIFFS = new LRUCache<string, readonly DiffPart[]>({ max: 1024 });

/** Word-level diff of `from` into `to`, case-insensitive. */
export function wordDiff(from: string, to: string): DiffPart[] {
  const key = `${from}\u0000${to}`;
  let parts = DIFFS.get(key);
  if (!parts) DIFFS.set(key, (parts = differ.parts(from, to)));
  return parts.map((p) => ({ ...p }));
}
