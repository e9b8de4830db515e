/**
 * `junk-guard.ts`: a description that is no noun phrase is never printed as a speaker. Our own
 * sentences, in the shapes the news-37k sample printed (`the crowd began`, `they don't`, `including`).
 */
import { describe, expect, it } from 'vitest';
import { clauseLike } from '../../../src/quotes/resolution/junk-guard.ts';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('descriptions that are clauses', () => {
  it('prints no speaker when the source phrase runs on into a clause (`the crowd began`)', () => {
    const body = 'The mayor walked out to a chorus of boos as the crowd began chanting "close the bridge" again and again.';
    expect(speaker(body, 'close the bridge')).toBeUndefined();
  });

  it('reads a description with an auxiliary, a modal or a contracted verb as a clause, not a speaker', () => {
    expect(clauseLike('the crowd began')).toBe(true);
    expect(clauseLike('The crowd began')).toBe(true);
    expect(clauseLike("the county's ruling will hurt late voters")).toBe(true);
    expect(clauseLike('they don’t')).toBe(true);
    expect(clauseLike('a separate grant program he’s')).toBe(true);
  });

  it('reads a description that stops before its noun as no speaker (`including`, `one of`, `Many`)', () => {
    expect(clauseLike('including')).toBe(true);
    expect(clauseLike('reporters of')).toBe(true);
    expect(clauseLike('Many')).toBe(true);
    expect(clauseLike('our own')).toBe(true);
  });

  it('keeps real descriptions and any description that holds a name', () => {
    expect(clauseLike('a State Department spokeswoman')).toBe(false);
    expect(clauseLike('one senior aide')).toBe(false);
    expect(clauseLike('the report')).toBe(false);
    expect(clauseLike('Texas Gov. Jo Roe isn’t')).toBe(false);
    expect(clauseLike('Roe can')).toBe(false);
    expect(clauseLike('the WHO')).toBe(false);
  });
});

describe('places written with initials', () => {
  it('never prints a place written with initials (`U.S.`) as a person', () => {
    const body = 'The talks stalled again on Monday. "We are close to the limit of what we can offer," U.S. officials said.';
    expect(speaker(body, 'We are close')).not.toBe('U S');
  });
});
