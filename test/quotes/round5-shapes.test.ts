/**
 * Attribution shapes of round 5 (issue 13), each in its sentence shape with our own words: general
 * causes found on PolNeAR train and the tuning part of the news-37k speaker set, not single cases.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';

const speaker = (body: string, start: string): string | undefined => {
  const quotes = extractQuotes(body);
  const q = quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote "${start}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q.speaker?.name;
};

describe('people first met in a source phrase', () => {
  it('count where they stand in the text, not as the latest person named before every later pronoun', () => {
    const body =
      '"The bridge will be finished by spring," Okafor said at the opening.\n\n' +
      'Traffic on the ring road fell by a third in the weeks that followed, according to the city council.\n\n' +
      'Shop owners near the works were less sure. The new tram line still had no date, and several stalls closed in the winter.\n\n' +
      'Deputy Mayor Peter Walsh, who chairs the transport committee, visited the site on Friday.\n\n' +
      '"We owe these traders an answer before the summer," he said.';
    expect(speaker(body, 'We owe these traders')).toBe('Peter Walsh');
  });
});
