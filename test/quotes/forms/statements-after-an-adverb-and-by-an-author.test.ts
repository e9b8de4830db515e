/**
 * Round 21: `The Rowe campaign also released a statement explaining, "…"`: an adverb before the verb of
 * issuing leaves `released a statement` no noun phrase, so the statement speaks for the campaign;
 * `… in a statement from the Harbor Trust, which said "…". "…," the statement said.`: the statement
 * named right before its author goes on speaking for that author.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('statements issued after an adverb and statements by a named author', () => {
  it('gives a statement released after `also` to the subject that released it', () => {
    expect(speaker('The Rowe campaign also released a statement explaining, "Our aim is a fair count in every county."', 'Our aim')).toBe(
      'the Rowe campaign',
    );
  });

  it('gives `the statement said` to the author named right after an earlier `a statement from`', () => {
    const body =
      'The talks were called useful in a statement from the Harbor Trust, which said "progress was made" on the plan. ' +
      '"We hope the talks go on," the statement said.';
    expect(speaker(body, 'We hope')).toBe('Harbor Trust');
  });

  it('keeps `the statement` when no author was named', () => {
    expect(speaker('The plan was dropped. "We hope the talks go on," the statement said.', 'We hope')).toBe('the statement');
  });
});
