import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('a colon lead-in opened by a person’s possessive and a noun of saying', () => {
  it('gives the words to the person `Her` stands for (`Her blunt message: "…"`)', () => {
    const text =
      'Jane Roe has run the shelter for a decade and sees the cuts coming. Her blunt message: "Every bed we lose is a child on the street."';
    expect(speakerOf(text, 'Every bed')).toBe('Jane Roe');
  });

  it('gives the words to the person `His` stands for (`His verdict: "…"`)', () => {
    const text = 'Tom Kent spent a week reviewing the plan. His verdict: "It will not survive the first winter."';
    expect(speakerOf(text, 'It will not survive')).toBe('Tom Kent');
  });

  it('reads an addressee between the noun and the colon (`Her message to the council: "…"`)', () => {
    const text =
      'Jane Roe has run the shelter for a decade and sees the cuts coming. Her message to the council: "Every bed we lose is a child on the street."';
    expect(speakerOf(text, 'Every bed')).toBe('Jane Roe');
  });

  it('never names the possessive itself as a speaker (`His answer was short: "…"`)', () => {
    const text = 'Tom Kent spent a week reviewing the plan. His answer was short: "It will not survive the first winter."';
    expect(speakerOf(text, 'It will not survive')).not.toBe('His');
  });

  it('never gives a body’s `Its judgment: "…"` to the person named before it', () => {
    const text =
      'Jane Roe chairs the budget committee. The committee spent three years on the program. Its judgment: "There is no reason to end it."';
    expect(speakerOf(text, 'There is no reason')).not.toBe('Jane Roe');
  });
});
