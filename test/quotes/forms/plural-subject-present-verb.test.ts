/**
 * `The internal notes call the leak a "…"`: a bare present verb of saying after a plural noun that a
 * determiner opens is that noun's verb, so the phrase is the subject (`notes` is no verb there); an
 * auxiliary ending in `s` (`The anger has not been "…"`) is no plural noun.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a plural subject before a bare present verb of saying', () => {
  it('gives the plural phrase as the subject', () => {
    expect(speakerOf('The leaked notes call the breach a "severe blow" to the bureau.', 'severe blow')?.name).toBe('the leaked notes');
    expect(speakerOf('The court filings describe the sale as "a bargain for the buyer."', 'a bargain')?.name).toBe('the court filings');
  });

  it('reads no plural noun in an auxiliary ending in `s`', () => {
    expect(speakerOf('The outrage has not been "stirred up by him" at all.', 'stirred up')?.name).toBeUndefined();
  });
});
