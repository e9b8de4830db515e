/**
 * A pronoun never stands for a person its own sentence names again after it (`He demanded in a letter to Roe that
 * Roe stop`): that person is no referent, and the quotation is left without a speaker rather than given them.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a pronoun and a name later in its own sentence', () => {
  it('does not take the name of someone its own clause names after it (`He demanded in a letter to Roe that Roe …`)', () => {
    const body =
      'The governor, Rosa Vell, sharply accused Hank Dorsey, the state’s top elections official, of giving counties advice "at odds with the law." ' +
      'He demanded in a letter to Dorsey that Dorsey stop advising county officials.';
    expect(speaker(body, 'at odds with the law')).not.toBe('Hank Dorsey');
  });

  it('still takes a person named after a parenthetical pronoun (`she insists, Roe and her team are`)', () => {
    const body =
      'Greta Lund, a novelist, answered her critics in a long post on Monday. And so, she insists, Lund and her co-writers are "entirely at peace" with the casting.';
    expect(speaker(body, 'entirely at peace')).toBe('Greta Lund');
  });
});
