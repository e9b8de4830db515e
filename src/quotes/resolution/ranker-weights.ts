/**
 * The ranker's features (by name, in the order `rank.ts` computes them), the weights it scores them
 * with (trained by `npm run train:attribution`, stored in `attribution-weights.json`) and the score.
 */
import weightsFile from './attribution-weights.json' with { type: 'json' };

export const FEATURES = [
  'bias',
  'nearest',
  'recencyRank',
  'logDistance',
  'genderAgrees',
  'salience',
  'subject',
  'lastSubject',
  'latestSubject',
  'previousSpeaker',
  'earlierSpeaker',
  'sameParagraph',
  'articleMentions',
  'firstPerson',
  'speechSubject',
  'personEvidence',
  'afterPreposition',
] as const;
export type Features = number[];

const TRAINED: number[] = FEATURES.map((f) => (weightsFile.weights as Record<string, number>)[f] ?? 0);
let weightsInUse = TRAINED;
/** A margin under which the best candidate is not trusted, whatever its gender (none unless `useRanker` sets one). */
let margin = 0;

/**
 * Rank with other weights, or abstain when the best candidate beats the next by less than `margin`
 * (`scripts/cross-validate-attribution.ts` scores weights trained without one speaker set this way);
 * no argument restores the trained weights and no margin.
 */
export function useRanker(options: { weights?: number[]; margin?: number } = {}): void {
  weightsInUse = options.weights ?? TRAINED;
  margin = options.margin ?? 0;
}

/** The margin `useRanker` set (0: none). */
export const marginInUse = (): number => margin;

export const score = (features: Features, weights: number[] = weightsInUse): number =>
  features.reduce((sum, x, k) => sum + x * (weights[k] ?? 0), 0);
