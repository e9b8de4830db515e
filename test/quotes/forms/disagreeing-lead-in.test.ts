/**
 * `Roe disagreed.` / `Roe objected:` as a sentence or paragraph of its own right before a quotation:
 * the quotation is what Roe said in disagreeing.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a one-sentence lead-in of disagreeing', () => {
  it('gives the quotation after `X disagreed.` in its own paragraph to X', () => {
    const body =
      'Lund said the harbour wall would hold.\n\nCouncillor Oskar Brenner disagreed.\n\n"The footings were never checked after the storm."';
    expect(speaker(body, 'The footings')).toBe('Oskar Brenner');
  });

  it('gives the quotation after `X objected:` or `X disagrees.` in the same paragraph to X', () => {
    const colon = 'Lund said the harbour wall would hold. Councillor Oskar Brenner objected: "The footings were never checked."';
    expect(speaker(colon, 'The footings')).toBe('Oskar Brenner');
    const present = 'Lund says the harbour wall will hold. Councillor Oskar Brenner disagrees. "The footings were never checked."';
    expect(speaker(present, 'The footings')).toBe('Oskar Brenner');
  });
});
