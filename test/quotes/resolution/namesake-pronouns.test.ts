/**
 * Two people share a surname: a pronoun after the bare surname tells which one it means only when it
 * is a subject or a possessive, never the object `him`.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a pronoun after a shared surname', () => {
  it('is not an object pronoun (`Hale rang the coach to thank him`)', () => {
    const body =
      'Edith Hale won the seat in May. Her father, Frank Hale, did not attend.\n\n' +
      'Hale rang the coach to thank him. "We fought a fair fight," Hale said.';
    expect(speakerOf(body, 'We fought')?.name).toBe('Edith Hale');
  });
});
