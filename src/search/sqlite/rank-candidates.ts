/** A search's candidates as ranked hits (`SqliteIndex.find`), those its caller drops left unscored. */
import type { Passage } from '../passage.ts';
import type { PassageHit } from '../search-index.ts';

/**
 * Candidates as hits, best first (ties by id). Those `keep` drops (`FindOptions.keep`: the caller
 * drops them) come unscored, score 0 and no terms, so no text is counted and no speaker read for
 * them; `score` is given those it will score (to read what they need at once).
 */
export function rankCandidates(
  candidates: readonly Passage[],
  keep: ((p: Passage) => boolean) | undefined,
  score: (scored: readonly Passage[]) => (p: Passage) => { score: number; terms: string[] },
): PassageHit[] {
  const scored = keep ? candidates.filter(keep) : candidates;
  const ranked = keep && new Set(scored);
  const of = score(scored);
  // One object per hit, its fields set in one order (no spread of the score's object into a copy).
  const hits = candidates.map((passage): PassageHit => {
    if (ranked && !ranked.has(passage)) return { passage, score: 0, terms: [] };
    const { score, terms } = of(passage);
    return { passage, score, terms };
  });
  return hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
}
