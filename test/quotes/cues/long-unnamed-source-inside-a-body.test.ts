/**
 * Round 21: `A source inside the Harbor Board with knowledge of the budget process tells …`: a subject
 * longer than the word limit, cut at the article after `inside`/`within`/`at`/`in`, goes back to its
 * head (`A source`), and `the source said` afterwards is that source (its head noun read before `inside`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

const BODY =
  'A source inside the Harbor Board with knowledge of the budget process tells the Ledger that the plan was "dead" when the mayor found out. ' +
  '"The mayor was ready but the board took away its teeth," the source said.';

describe('a long unnamed source inside a body', () => {
  it('keeps the head of a subject cut at a preposition of place', () => {
    expect(speaker(BODY, 'dead')).toMatch(/^a source inside the Harbor Board/);
  });

  it('gives `the source said` to that source', () => {
    expect(speaker(BODY, 'The mayor was ready')).toMatch(/^a source inside the Harbor Board/);
  });
});
