/**
 * `said one port official familiar with the talks`: how an unnamed source knows is no part of who it
 * is, so the speaker's name stops at its head noun (round 20); a qualifier that says who it is stays.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('an unnamed source familiar with something', () => {
  it('is named without what it is familiar with', () => {
    expect(speaker('"We signed it on Friday," said one port official familiar with the talks.', 'We signed')).toBe('one port official');
    expect(speaker('"Nobody expected the vote," a Harbour Board source familiar with the plans said.', 'Nobody')).toBe(
      'a Harbour Board source',
    );
  });

  it('keeps a qualifier that says who the source is', () => {
    expect(speaker('"Nobody expected the vote," a source close to the mayor said.', 'Nobody')).toBe('a source close to the mayor');
  });
});
