import { afterEach, describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../../src/quotes/extract.ts';
import { FEATURES, rankPeople, score, useRanker } from '../../../src/quotes/resolution/rank.ts';

const filler = 'The harbour fees were discussed at length and compared with the figures of earlier years. '.repeat(5);
// Two women named together, then no person for a long stretch: no rule decides, the scores do.
const text = `Mary Castell and Susan Lindqvist toured the harbour.\n\n${filler}\n\n"We will come back in spring," she said.`;

afterEach(() => useRanker());

describe('ranker weights set for a trial (leave-one-file-out)', () => {
  it('scores with the weights set by useRanker, and with the trained weights again once restored', () => {
    const features = FEATURES.map(() => 1);
    const trained = score(features);
    useRanker({ weights: FEATURES.map(() => 2) });
    expect(score(features)).toBe(2 * FEATURES.length);
    useRanker();
    expect(score(features)).toBe(trained);
  });

  it('gives a pronoun no referent when its two best candidates are closer than the margin set', () => {
    const { ctx } = analyseQuotes(text);
    if (!ctx) throw new Error('no context');
    const at = text.indexOf('she said');
    const chosen = rankPeople(ctx, at, 'f', []);
    expect(chosen && ctx.people.speakerOf(chosen).name).toBe('Susan Lindqvist');
    useRanker({ margin: 1e9 });
    expect(rankPeople(ctx, at, 'f', [])).toBeUndefined();
  });
});
