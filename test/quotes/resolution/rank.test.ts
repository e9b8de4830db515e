import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../../src/quotes/extract.ts';
import { FEATURES, candidatesAt, rankPeople } from '../../../src/quotes/resolution/rank.ts';

const weights = JSON.parse(readFileSync(new URL('../../../src/quotes/resolution/attribution-weights.json', import.meta.url), 'utf8')) as {
  seed: number;
  weights: Record<string, number>;
};

describe('pronoun ranker', () => {
  it('has a trained weight for every feature, written from a fixed seed', () => {
    expect(Object.keys(weights.weights).sort()).toEqual([...FEATURES].sort());
    expect(typeof weights.seed).toBe('number');
  });

  it('lists the people mentioned before a pronoun, nearest first, and never picks one of the other gender', () => {
    const text = 'Senator Ada Smith met Governor Paul Okafor on Monday.\n\nShe thanked him. "We agreed," she said.';
    const { ctx } = analyseQuotes(text);
    if (!ctx) throw new Error('no context');
    const at = text.indexOf('she said');
    const names = candidatesAt(ctx, at, 'f', []).map((c) => ctx.people.speakerOf(c.person).name);
    expect(names).toEqual(['Paul Okafor', 'Ada Smith']);
    const chosen = rankPeople(ctx, at, 'f', []);
    expect(chosen && ctx.people.speakerOf(chosen).name).toBe('Ada Smith');
  });
});
