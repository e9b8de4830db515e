/**
 * Round 21: `— Newsbeat (@Newsbeat) October 30, 2015`: a one-word name the article writes only as an
 * embedded post's account still speaks its post, but as an account, never the person a later `she` stands for.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

const BODY =
  'The moderators were mocked online. "Worst debate ever." pic.twitter.com/abc123 — Newsbeat (@Newsbeat) October 30, 2015\n\n' +
  'A radio show reached out to Joanna Pell Reyes, director of a policy center at a state university. ' +
  'She says voters have been sour on the press for years. "Trust in the press is down from its peak," she says.';

describe('a name seen only as a post’s account', () => {
  it('still speaks its own post', () => {
    expect(speaker(BODY, 'Worst debate')).toBe('Newsbeat');
  });

  it('is never the one a later `she` stands for', () => {
    expect(speaker(BODY, 'Trust in the press')).toBe('Joanna Pell Reyes');
  });
});
