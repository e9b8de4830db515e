/**
 * A relative clause of calling on a name (`Lou Marsh, a radio host who called the vote a "…"`, `Ned Pryor, Ohio
 * Republican, who called the law the "…"`) gives the quoted words to that name, not to the sentence's subject nor
 * to the apposition read as a name.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a relative clause of calling on a name', () => {
  it('gives the words to the name the described `who` stands for, not the sentence subject', () => {
    const body =
      'Star forward Dana Pike weighed in, tweeting that she had "nothing but respect" for Lou Marsh, a veteran radio host who called the vote a "betrayal."';
    expect(speaker(body, 'betrayal')).toBe('Lou Marsh');
    expect(speaker(body, 'nothing but respect')).toBe('Dana Pike');
  });

  it('gives the words to the name before a party member’s apposition (`Ned Pryor, Ohio Republican, who called`)', () => {
    const body =
      'That view was echoed by Senate Minority Leader Ned Pryor, Ohio Republican, who called the law the "single worst bill" of the decade.';
    expect(speaker(body, 'single worst bill')).toBe('Ned Pryor');
  });

  it('keeps a name after a conjunction opening the sentence (`But Roe, who described it as a "…"`)', () => {
    const body = 'But Hale, who described the storm as a "routine event," conceded that the port had no plan.';
    expect(speaker(body, 'routine event')).toBe('Hale');
  });
});
