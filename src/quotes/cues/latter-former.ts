/**
 * `Jo Roe and Ann Lee, the latter of whom warned that "…"`: `the latter` / `the former` before a
 * cue stands for the second / the first of the two people named right before it, and that one is
 * the source (round 20).
 */
import type { Token } from '../tokens.ts';

/** Which of the pair: `latter` the second, `former` the first. */
const PICKS = new Set(['latter', 'former']);

/**
 * When `tokens[j]` ends `, the latter of whom` (or `former`): the index of the comma before `the`,
 * and whether the first of the pair is meant; else undefined.
 */
export function latterOrFormer(tokens: Token[], j: number): { comma: number; first: boolean } | undefined {
  const pick = tokens[j - 2]?.lower ?? '';
  if (tokens[j]?.lower !== 'whom' || tokens[j - 1]?.lower !== 'of' || !PICKS.has(pick) || tokens[j - 3]?.lower !== 'the') return undefined;
  return tokens[j - 4]?.text === ',' ? { comma: j - 4, first: pick === 'former' } : undefined;
}

/** One of the two people of `np` joined by its one `and` (`Jo Roe and Ann Lee`); undefined for any other phrase. */
export function oneOfPair(tokens: Token[], np: [number, number], first: boolean): [number, number] | undefined {
  const [s, e] = np;
  const ands: number[] = [];
  for (let i = s; i < e; i++) if ((tokens[i] as Token).lower === 'and') ands.push(i);
  const and = ands[0];
  if (ands.length !== 1 || and === undefined || and === s || and === e - 1) return undefined;
  // `Jo Roe, Ann Lee and Ben Ko, the former of whom`: a list of more than two has no one first of a pair.
  if (first && tokens[s - 1]?.text === ',') return undefined;
  return first ? [s, and] : [and + 1, e];
}
