/**
 * Two people share a surname: a pronoun after the bare surname tells which one it means only when it
 * is that sentence's subject or possessive, not an object, not a reported clause's subject, and not
 * when someone else of that gender opened a sentence just before.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a pronoun after a shared surname', () => {
  it('is not the namesake the pronoun of a reported clause would give, after another woman opened a sentence', () => {
    const body =
      'Victor Hale opened the new stadium in Leeds. His daughter Nora Hale did not attend.\n\n' +
      'Rita Moss called the event a waste. Hale said she was bitter. "No arena in England is finer," Hale said.';
    expect(speakerOf(body, 'No arena')?.name).toBe('Victor Hale');
  });

  it('is not an object pronoun (`Hale rang the coach to thank him`)', () => {
    const body =
      'Edith Hale won the seat in May. Her father, Frank Hale, did not attend.\n\n' +
      'Hale rang the coach to thank him. "We fought a fair fight," Hale said.';
    expect(speakerOf(body, 'We fought')?.name).toBe('Edith Hale');
  });
});
