/**
 * `Halverson said` after `Ingrid Halversen`: a lone surname nobody bears as written, that differs from
 * one person's surname only by `-son` for `-sen`, is that person misspelt. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('surnames spelt -son for -sen', () => {
  it('reads `Halverson` as the Ingrid Halversen named before', () => {
    const body =
      'Ingrid Halversen, a psychologist in Oslo, studies how voters decide. ' +
      '"People defend what they already believe," Halverson said.';
    expect(speakerOf(body, 'People defend')?.name).toBe('Ingrid Halversen');
  });

  it('leaves a second person of the other spelling alone', () => {
    const body = 'Ingrid Halversen studies voters. Erik Halverson studies markets. "Prices will fall," Halverson said.';
    expect(speakerOf(body, 'Prices will')?.name).toBe('Erik Halverson');
  });
});
