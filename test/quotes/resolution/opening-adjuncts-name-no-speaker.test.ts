/**
 * `Echoing Roe, the mayor said …`: a phrase opening its sentence with an -ing form or a preposition
 * and closed by a comma is an adjunct; the name in it is its object, never the speaker. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('names inside an opening adjunct', () => {
  it('never gives the quotation to the name after `Echoing` or `Quoting`', () => {
    const echoing = 'Jo Marsh spoke first. Echoing Marsh, the mayor said the plan was "a costly mistake."';
    expect(speakerOf(echoing, 'a costly mistake')?.name).not.toBe('Jo Marsh');
    const quoting = 'Jo Marsh spoke first. Quoting Marsh, the mayor said it was "a good start."';
    expect(speakerOf(quoting, 'a good start')?.name).not.toBe('Jo Marsh');
  });

  it('keeps a speaker named after an -ing adjective and a title (`Dissenting Judge …, a …, said`)', () => {
    const body = 'Dissenting Judge Ana Brill, a Carter appointee, said the ruling was "a grave error."';
    expect(speakerOf(body, 'a grave error')?.name).toBe('Ana Brill');
    const incoming = 'Incoming Ohio Rep. Lee Varga, a Democrat, said the bill was "dead on arrival."';
    expect(speakerOf(incoming, 'dead on arrival')?.name).toBe('Lee Varga');
  });
});
