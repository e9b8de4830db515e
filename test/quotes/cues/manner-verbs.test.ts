/**
 * `"…," Roe quipped`: after a quotation closed by a comma, a name and a verb of manner (`quipped`,
 * `cracked`) give the speaker; a verb of receiving or learning (`learned`, `found`) does not.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a past verb after a name right after a quotation', () => {
  it('gives no speaker when it tells how the words were received (`learned`, `discovered`, `received`, `recorded`)', () => {
    expect(
      speakerOf(
        'Omar Vance had driven the bus for 15 years.\n\n"Your contract ends today," Omar Vance learned on Monday from a memo.',
        'Your contract',
      )?.name,
    ).toBeUndefined();
    expect(speakerOf('"The train is delayed," Lena Park discovered at the station.', 'The train')?.name).toBeUndefined();
    expect(speakerOf('"Well done, all of you," Ivo Brandt received in a card from the council.', 'Well done')?.name).toBeUndefined();
    expect(speakerOf('"Green Fields," Hal Moore recorded in 1985, ended the concert.', 'Green Fields')?.name).toBeUndefined();
  });

  it('is the speaker for a verb of manner (`cracked`, `quipped`)', () => {
    expect(speakerOf('"That was never my problem to solve," Lena Park cracked.', 'That was never')?.name).toBe('Lena Park');
    expect(speakerOf('"Bring a coat if you plan to stay," Ivo Brandt quipped with a grin.', 'Bring a coat')?.name).toBe('Ivo Brandt');
  });
});
