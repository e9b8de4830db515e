/**
 * `applauded` as clapping rather than as praise of someone's words (round 14 review): a judging verb
 * (`reported.ts`, `governing-verb.ts`) is not read when a crowd claps.
 */
import type { Token } from '../tokens.ts';

/** Verbs of praise that also mean clapping. */
const CLAPPING = new Set(['applauded', 'applauds']);
/** Nouns of a crowd, whose applause is clapping. */
const CROWD_NOUNS = new Set(['audience', 'audiences', 'crowd', 'crowds', 'fans', 'spectators', 'onlookers', 'room', 'hall', 'gallery']);
/**
 * `The audience applauded, "…"`, `The crowd outside applauded the "…" verdict`: `applauded` is clapping, not a
 * judgement, when punctuation follows it (not an object: `Roe applauded "…"`) or a crowd noun is among the three
 * words before it.
 */
export function isClapping(tokens: Token[], v: number): boolean {
  if (!CLAPPING.has(tokens[v]?.lower ?? '')) return false;
  // (The tokens may end right before the quotation: nothing after the verb is the quotation.)
  if (tokens[v + 1]?.kind === 'punct') return true;
  for (let k = Math.max(0, v - 3); k < v; k++) if (CROWD_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}
