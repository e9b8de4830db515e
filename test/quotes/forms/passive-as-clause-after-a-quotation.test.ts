/**
 * `"…," as explained by Judge Jo Roe in her dissent`: a passive clause of saying after a quotation whose
 * agent is a capitalised name gives the words to that name; never a verb of passing words on (`as
 * reported by`), never a pair of agents, never over a sayer the sentence already names.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker?.name;

describe('a passive `as` clause of saying after a quotation', () => {
  it('gives the words to the named agent, past a title and a trailing phrase', () => {
    const body = 'The ruling was a setback, an "erosion of a vital safeguard," as explained by Judge Lena Ortiz in her dissent.';
    expect(speakerOf(body, 'erosion of a vital')).toBe('Lena Ortiz');
    expect(speakerOf('The levy is "a recipe for ruin," as noted by Senator Al Poe on Monday.', 'a recipe for ruin')).toBe('Al Poe');
  });

  it('gives no speaker for a verb of passing words on', () => {
    expect(speakerOf('The levy is "a recipe for ruin," as reported by Harbor Wire.', 'a recipe for ruin')).toBeUndefined();
    expect(speakerOf('The levy is "a recipe for ruin," as quoted by Harbor Wire.', 'a recipe for ruin')).toBeUndefined();
  });

  it('gives no speaker for two agents or a lower-case one', () => {
    expect(speakerOf('The levy is "a recipe for ruin," as noted by Al Poe and Lena Ortiz.', 'a recipe for ruin')).toBeUndefined();
    expect(speakerOf('The district is "the poorest in the state," as noted by census data.', 'the poorest')).toBeUndefined();
  });

  it('keeps the sayer the sentence names before the quotation', () => {
    const body = 'Mayor Al Poe said the levy was "a recipe for ruin," as noted by Judge Lena Ortiz.';
    expect(speakerOf(body, 'a recipe for ruin')).toBe('Al Poe');
  });
});
