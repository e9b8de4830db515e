/**
 * A relative clause of calling on a name (`Odile Brun, a union organiser who called the strike "…"`, `Abel Crane,
 * Utah Democrat, who had labelled the measure a "…"`) gives the quoted words to that name, not to the sentence's subject nor
 * to the apposition read as a name.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a relative clause of calling on a name', () => {
  it('gives the words to the name the described `who` stands for, not the sentence subject', () => {
    const body =
      'Coach Tia Moss posted a note praising her squad and Odile Brun, a longtime trainer who called the final "a war of nerves."';
    expect(speaker(body, 'a war of nerves')).toBe('Odile Brun');
  });

  it('gives the words to the name in an object described by `who called`', () => {
    const body = 'At the rally the mayor thanked Odile Brun, a union organiser who called the strike "a last resort."';
    expect(speaker(body, 'a last resort')).toBe('Odile Brun');
  });

  it('gives the words to the name before a party member’s apposition (`Abel Crane, Utah Democrat, who had labelled`)', () => {
    const body =
      'The sharpest attack came from Rep. Abel Crane, Utah Democrat, who had labelled the measure a "giveaway to landlords" in March.';
    expect(speaker(body, 'giveaway to landlords')).toBe('Abel Crane');
  });

  it('keeps a name after a conjunction opening the sentence (`But Roe, who described it as a "…"`)', () => {
    const body = 'But Hale, who described the storm as a "routine event," conceded that the port had no plan.';
    expect(speaker(body, 'routine event')).toBe('Hale');
  });
});
