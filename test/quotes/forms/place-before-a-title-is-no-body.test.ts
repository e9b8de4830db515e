/**
 * Round 21: `The Vermont senator has tried …, emailing donors and urging them to "…"`: capitalised words
 * after `The` followed by a title or a person's noun (`senator`, `lawyer`) are a description's modifier,
 * never a body's name (`the Vermont`), though `The Harbor Clinic has …` stays a body.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a capitalised place after `The` before a title', () => {
  it('is never the speaker of a quotation in the coordinated participles after it', () => {
    const body =
      'Sen. Ada Whitlow spoke on Monday. The Vermont senator has tried to raise money, emailing donors and urging them to "fund this fight" now.';
    expect(speaker(body, 'fund this fight')).not.toBe('the Vermont');
  });

  it('still reads a capitalised body after `The` as the subject', () => {
    const body = 'The Harbor Clinic has tried to calm patients, emailing them and urging them to "stay home if sick" this week.';
    expect(speaker(body, 'stay home')).toBe('Harbor Clinic');
  });
});
