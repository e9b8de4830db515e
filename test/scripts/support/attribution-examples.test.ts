import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/quotes/resolution/rank.ts';
import { accuracy, namedCandidate, train, type Example } from '../../../scripts/support/attribution-examples.ts';

const at = (name: (typeof FEATURES)[number]): number => FEATURES.indexOf(name);
const candidate = (set: Array<(typeof FEATURES)[number]>): number[] => FEATURES.map((f) => (f === 'bias' || set.includes(f) ? 1 : 0));

// The right person spoke by name in the sentence before (`speechSubject`) but is not the nearest one mentioned.
const examples: Example[] = Array.from({ length: 30 }, (_, k) => ({
  candidates: k % 2 ? [candidate(['nearest']), candidate(['speechSubject'])] : [candidate(['speechSubject']), candidate(['nearest'])],
  right: k % 2 ? 1 : 0,
}));

describe('training the pronoun ranker', () => {
  it('learns to put first the candidate the telling feature marks, over the nearest one', () => {
    const w = train(examples);
    expect(accuracy(examples, w)).toBe(1);
    expect(w[at('speechSubject')]).toBeGreaterThan(w[at('nearest')] as number);
  });

  it('writes the same weights from the same examples, run after run (seeded order)', () => {
    expect(train(examples)).toEqual(train(examples));
  });
});

describe('the candidate a PolNeAR source resolves to', () => {
  const keys = ['walter ames', 'nora ames', 'felix grant'];
  const genders = ['m', 'f', 'm'] as const;

  it('is found by its surname anywhere in the resolved text, not only its last word', () => {
    expect(namedCandidate(keys, [...genders], 'Felix Grant, a spokesman for the campaign,', 'm')).toBe(2);
  });

  it('is never one of the other gender when two candidates share the surname', () => {
    expect(namedCandidate(keys, [...genders], 'Ms. Ames', 'f')).toBe(1);
    expect(namedCandidate(keys, [...genders], 'Ames', 'm')).toBe(0);
  });

  it('is none when the resolved text names no candidate', () => {
    expect(namedCandidate(keys, [...genders], 'the source', undefined)).toBe(-1);
  });
});
