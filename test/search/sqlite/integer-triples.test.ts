import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachTriple } from '../../../src/search/sqlite/integer-triples.ts';

const triplesOf = (list: string) => {
  const out: Array<[number, number, number]> = [];
  eachTriple(list, (a, b, c) => out.push([a, b, c]));
  return out;
};

describe('eachTriple', () => {
  it('gives back every triple of integers of a comma-separated list, negative ones included, as splitting it does', () => {
    const triple = fc.tuple(
      fc.integer({ min: 0, max: 2 ** 30 }),
      fc.integer({ min: 0, max: 500 }),
      fc.integer({ min: -20_000, max: 20_000 }),
    );
    fc.assert(
      fc.property(fc.array(triple, { maxLength: 40 }), (triples) => {
        expect(triplesOf(triples.map((t) => t.join(',')).join(','))).toEqual(triples);
      }),
      { numRuns: 300 },
    );
  });

  it('gives nothing for an empty list', () => {
    expect(triplesOf('')).toEqual([]);
    expect(triplesOf('4,0,-1')).toEqual([[4, 0, -1]]);
  });
});
