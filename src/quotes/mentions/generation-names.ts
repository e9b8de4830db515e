/**
 * `Donald Jr.` written before `Donald Trump Jr.`: the person known so far by a given name and a
 * generation is the one a fuller name with that given name and the same generation names (round 21).
 * (`Peter Sr.` and `Peter Vance Jr.` stay two people.)
 */
import { GENERATIONS } from '../lexicon/generations.ts';

/** Among `candidates` (the people indexed by the fuller name's first word), the one `f` (folded, generation last) extends. */
export function givenWithGeneration<P extends { readonly folded: readonly string[] }>(
  f: string[],
  candidates: readonly P[] | undefined,
): P | undefined {
  const generation = f[f.length - 1] as string;
  if (f.length < 3 || !candidates || !GENERATIONS.has(generation)) return undefined;
  return candidates.find((p) => p.folded.length === 2 && p.folded[0] === f[0] && p.folded[1] === generation);
}
