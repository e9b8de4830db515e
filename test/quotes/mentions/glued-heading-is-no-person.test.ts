/**
 * Round 21: a subheading (`Night Shift`) standing before a paragraph that opens with `She`, in an
 * article that also writes the same words in lower case (`the night shift`), is a heading, not a
 * person: `she` never resolves to it.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a subheading written as ordinary words elsewhere', () => {
  it('is never the person a pronoun stands for', () => {
    const body =
      'Many nurses are tired. A nurse from Leeds, who asked not to be named, said she works every weekend.\n\n' +
      'Night Shift\n\n' +
      'She plans to quit the night shift next month, she said.\n\n' +
      '"I cannot sleep any more," she said.';
    expect(speaker(body, 'I cannot sleep')).toBeUndefined();
  });

  it('leaves a name that is also a common word a person when it stands inside a sentence', () => {
    const body = 'The rally ended near the marsh. "We owe them our voices," said Marsh, who led it.';
    expect(speaker(body, 'We owe')).toBe('Marsh');
  });
});
