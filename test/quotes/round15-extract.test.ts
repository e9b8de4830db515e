/**
 * Quotations the extractor did not return as the hand-checked speaker sets and PolNeAR read them
 * (round 15, issue 13, "not extracted"): each cause in its shape, with our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { speakerNameStarting as speaker } from '../support/quote-starting.ts';

const texts = (body: string): string[] => extractQuotes(body).map((q) => q.text);

describe('a quotation running over paragraphs (each opens with a mark, only the last closes)', () => {
  it('is one Quote per paragraph, each with the speaker named once for the whole', () => {
    const body =
      'Mira Castell, the harbour board chair, said: "We have waited three winters for the new breakwater.\n\n' +
      '"The boats cannot wait a fourth, and the fishermen know it."\n\nThe board meets again in May.';
    expect(texts(body)).toEqual([
      'We have waited three winters for the new breakwater.',
      'The boats cannot wait a fourth, and the fishermen know it.',
    ]);
    expect(speaker(body, 'The boats cannot wait')).toBe('Mira Castell');
  });

  it('takes the speaker named after its last paragraph for the first paragraph too', () => {
    const body =
      'The mill closed on Friday.\n\n“Nobody told us until the gates were locked.\n\n' +
      '“We found out from a sign on the fence,” said Tomas Berglund, a machinist for 20 years.';
    expect(speaker(body, 'Nobody told us')).toBe('Tomas Berglund');
    expect(speaker(body, 'We found out')).toBe('Tomas Berglund');
  });

  it('keeps a quotation only hard-wrapped over a line break (no mark opens the second line) as one', () => {
    const body = 'Ines Falk said "the council has\nignored the petition for a year." Then she left.';
    expect(texts(body)).toEqual(['the council has ignored the petition for a year.']);
  });
});
