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

  it('lists the people of the pronoun’s gender (or unknown) mentioned before it, nearest first, and picks one of them', () => {
    const text = 'Senator Ada Smith met Governor Paul Okafor on Monday.\n\nShe thanked him. "We agreed," she said.';
    const { ctx } = analyseQuotes(text);
    if (!ctx) throw new Error('no context');
    const at = text.indexOf('she said');
    const names = candidatesAt(ctx, at, 'f', []).map((c) => ctx.people.speakerOf(c.person).name);
    expect(names).toEqual(['Ada Smith']);
    const chosen = rankPeople(ctx, at, 'f', []);
    expect(chosen && ctx.people.speakerOf(chosen).name).toBe('Ada Smith');
  });

  it('ranks the nearest person of the pronoun’s gender first, though someone of the other gender was named after them', () => {
    const text = 'Mayor Lucy Brandt met Tom Vickers, Rosa Delgado and Paul Okafor on Monday.\n\n"We agreed on the budget," she said.';
    const { ctx } = analyseQuotes(text);
    if (!ctx) throw new Error('no context');
    const at = text.indexOf('she said');
    const cands = candidatesAt(ctx, at, 'f', []);
    expect(cands.map((c) => ctx.people.speakerOf(c.person).name)).toEqual(['Rosa Delgado', 'Lucy Brandt']);
    expect(cands[0]?.features[FEATURES.indexOf('nearest')]).toBe(1);
  });
});
