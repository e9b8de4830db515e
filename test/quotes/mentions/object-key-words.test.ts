/**
 * Descriptions whose head word is also a name every JavaScript object inherits (`constructor`,
 * `toString`, `valueOf`): role and field tables are read by their own keys only. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('descriptions named like inherited object keys', () => {
  it('attributes a quotation to `the constructor` (a racing team) without throwing, after a named attorney', () => {
    const body =
      'Dana Holt, an attorney for the builders, spoke on Monday.\n\n"We will appeal," Holt said.\n\n' +
      'The constructor said the new car was "ready for the first race."';
    expect(speaker(body, 'We will appeal')).toBe('Dana Holt');
    expect(speaker(body, 'ready for the first race')).toBe('the constructor');
  });

  it('reads every inherited key as an unknown word', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const body = `Dana Holt, the chief of the agency, spoke first.\n\nThe ${word} said the plan was "not ready yet."`;
      expect(() => extractQuotes(body)).not.toThrow();
    }
  });
});
