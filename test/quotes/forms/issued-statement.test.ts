import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('a statement put out by someone described in an appositive', () => {
  it('gives the statement to the person before a participle appositive (`Jo Roe, running for …, put out a statement saying:`)', () => {
    const text =
      'Talks stalled in May. Jo Roe, running for the Senate in Ohio, put out a statement saying: "In November, it is the voters\' turn."';
    expect(speakerOf(text, 'In November')).toBe('Jo Roe');
  });

  it('gives the statement to the person before a noun appositive (`Mayor Jo Roe, a Democrat, put out …`)', () => {
    const text = 'Talks stalled in May. Mayor Jo Roe, a Democrat, put out a statement saying: "In November, it is the voters\' turn."';
    expect(speakerOf(text, 'In November')).toBe('Jo Roe');
  });

  it('never reads a lead-in of time closed by a comma as an appositive of the issuer', () => {
    const text = 'Talks stalled in May. In November, last year, put out a statement saying: "It is the voters\' turn."';
    expect(speakerOf(text, 'It is the voters')).toBeUndefined();
  });
});
