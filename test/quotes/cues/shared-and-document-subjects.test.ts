/** Subjects a cue shares with its clause: a verb after `, then`, a participle after a document and its author. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker?.name);

describe('a verb of saying after a comma and `then`', () => {
  it('has the clause’s subject: `X listed the mills …, then taunted …`', () => {
    expect(
      speakers(
        'At the rally, Ivo Brandt listed the mills he had saved over the years, then taunted the planners who had "never set foot in a factory."',
      ),
    ).toEqual(['Ivo Brandt']);
  });
});

describe('a participle after a document and its author', () => {
  it('speaks for the author: `A short study by the X Trust went further, arguing …`', () => {
    const [quote] = extractQuotes('A short study by the Marrow Trust went further, arguing that nurses "quietly" skip the checks at home.');
    expect(quote?.mention?.text).toBe('A short study by the Marrow Trust');
    expect(quote?.speaker?.name).toContain('Marrow Trust');
  });
});

describe('a last clause opened by `, and` with a described subject', () => {
  it('gives its participle to that subject: `…, and the county executive has since welcomed the change, calling it`', () => {
    const [quote] = extractQuotes(
      'The plant closed in May and the jobs went abroad, and the county executive has since welcomed the change, calling it "a fresh start."',
    );
    expect(quote?.mention?.text).toBe('the county executive');
  });
});
