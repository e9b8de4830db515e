/**
 * A source phrase that took in words of its clause (`the Ledger nevertheless cited`, `A motion that lawyers for the
 * club filed … called`) is cut back to its noun phrase: the adverb or the verb is not part of who speaks.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('words of the clause read into a source phrase', () => {
  it('drops a sentence adverb after a name (`the Ledger nevertheless cited`)', () => {
    const body =
      'Despite writing that "protecting rivers has been" the senator’s "life’s work," the Ledger nevertheless cited attacks from her rivals.';
    expect(speaker(body, 'protecting rivers has been')).toBe('the Ledger');
  });

  it('drops a past verb that closes the phrase (`lawyers for the Harbor Club filed`)', () => {
    const body = 'A motion that lawyers for the Harbor Club filed on Monday called the former coach a "fraud" and a "liar."';
    expect(speaker(body, 'fraud')).toBe('lawyers for the Harbor Club');
  });
});
