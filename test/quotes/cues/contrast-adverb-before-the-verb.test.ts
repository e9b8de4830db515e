/**
 * Round 21: `The Herald, which had praised the mayor, nevertheless called the plan a "…"`: an adverb of
 * contrast between a source and its verb (`nevertheless`, `nonetheless`) is passed over, as `still` is.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('an adverb of contrast between the source and its verb', () => {
  it('gives the words to the source before `nevertheless`', () => {
    const body = 'The Herald, which had praised the mayor all year, nevertheless called the ferry plan a "costly mistake."';
    expect(speaker(body, 'costly mistake')).toBe('the Herald');
  });

  it('gives the words to the person before `nonetheless`', () => {
    const body = 'Councillor Ida Brenner, who had voted for the budget, nonetheless said the cuts were "far too deep."';
    expect(speaker(body, 'far too deep')).toBe('Ida Brenner');
  });
});
