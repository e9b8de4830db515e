/**
 * `"…," He said.`: a pronoun capitalised by mistake right after a quotation's comma is still the
 * pronoun of `he said`, resolved to the person it stands for, never read as a name.
 */
import { describe, expect, it } from 'vitest';
import { quoteStarting } from '../../support/quote-starting.ts';

describe('a capitalised pronoun right after a quotation', () => {
  it('resolves `He said` like `he said`', () => {
    const q = quoteStarting('Greta Lund met Oskar Brenner at the pier. "The nets came back empty again," He said.', 'The nets');
    expect(q.mention?.text).toBe('He');
    expect(q.speaker?.name).toBe('Oskar Brenner');
  });

  it('resolves `She told` to the woman named before', () => {
    const q = quoteStarting('Oskar Brenner met Greta Lund at the pier. "The nets came back empty again," She told reporters.', 'The nets');
    expect(q.speaker?.name).toBe('Greta Lund');
  });
});
