/**
 * `Roe's comments on Saturday that the city had agreed to "…"`, `Roe's initial excuse that the "…"`: a
 * known person's statement noun, a time between it and `that`, and the words quoted in the clause are
 * that person's; a time that is no statement's (`Roe's garden in March that …`) gives nobody.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a possessive statement noun with a time before its that-clause', () => {
  it("gives the quoted words to the statement's owner over a time", () => {
    const body =
      'Mayor Lidia Varga met the growers on Friday. Doubts hang over Varga’s remarks on Saturday that the county had agreed to “buy at once” the “whole harvest” from local farms.';
    expect(speaker(body, 'buy at once')).toBe('Lidia Varga');
    expect(speaker(body, 'whole harvest')).toBe('Lidia Varga');
    const later = 'Mayor Lidia Varga met the growers. Varga’s claim earlier this week that the deal was “signed and sealed” proved early.';
    expect(speaker(later, 'signed and sealed')).toBe('Lidia Varga');
  });

  it('reads an excuse as a statement', () => {
    const body = 'Coach Piet Marsh lost again. Marsh’s first excuse that the “wet pitch” had slowed his players convinced nobody.';
    expect(speaker(body, 'wet pitch')).toBe('Piet Marsh');
  });

  it('gives the words after a noun that is no statement to who called it so, not to its owner', () => {
    const body = 'Coach Piet Marsh lost again. Marsh’s garden in March that neighbours called “a jungle” was cleared.';
    expect(speaker(body, 'a jungle')).toBe('neighbours');
  });
});
