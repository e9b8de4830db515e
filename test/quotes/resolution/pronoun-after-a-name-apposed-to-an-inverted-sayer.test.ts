/**
 * `…, said his spokeswoman, Jo Roe. "…," she said.`: the name in apposition to the subject of an
 * inverted verb of saying spoke, and is the subject a pronoun after it takes up, not the sentence's
 * first subject. Our own sentences, in the shape of a tuning miss (never its text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('a pronoun after `said his spokeswoman, <name>`', () => {
  it('is the named spokeswoman, not the senator whose gender the text never gives by name', () => {
    const text =
      'The vote will be close. Sen. Lachlan Moore (I., Vt.), is also undecided, said his spokeswoman, Orla Fenwick. ' +
      '"Sen. Moore will read the bill before he decides," she said.';
    expect(speakerStarting(text, 'Sen. Moore will read')).toMatchObject({ name: 'Orla Fenwick', kind: 'person' });
  });

  it('is not a name read into a clause after the verb (`said Tuesday that Roe, …`)', () => {
    const text =
      'The vote will be close. Sen. Lachlan Moore is undecided, his office said on Tuesday that the senator and Orla Fenwick, ' +
      'his aide, would meet. "We will read the bill first," he said.';
    expect(speakerStarting(text, 'We will read')?.name ?? '').not.toBe('Orla Fenwick');
  });
});
