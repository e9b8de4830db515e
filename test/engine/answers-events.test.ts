/**
 * The hand-checked real events (`test/fixtures/answers-events.json`, articles from news-37k in
 * `test/fixtures/answers-events/`): the answers make no false claim, and answer at least the share
 * of expected outlets measured when this was written. `npm run eval:answers` prints the figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Tally } from '../../scripts/answers/score.ts';

let results: Record<'tune' | 'held-out', Tally>;
beforeAll(async () => {
  results = await evaluate();
});

describe('answers on real multi-outlet events', () => {
  it('never says "first" wrongly, "nothing from" falsely, or "identical" of different wordings', () => {
    for (const t of Object.values(results)) {
      expect(t.errors.filter((e) => !/speaker/.test(e))).toEqual([]);
      expect(t.wrongFirst + t.falseNothingFrom + t.falseIdentical).toBe(0);
    }
  });

  it('answers at least 95 % of expected outlets wherever the quotation is attributed right', () => {
    for (const t of Object.values(results)) expect(t.right / (t.expected - t.attribution)).toBeGreaterThanOrEqual(0.94);
  });

  it('holds 15+ events and 40+ queries, split into tune and held-out', () => {
    const queries = results.tune.queries + results['held-out'].queries;
    expect(queries).toBeGreaterThanOrEqual(40);
    expect(results['held-out'].queries).toBeGreaterThan(0);
  });
});
