/**
 * A verb that makes someone speak works in its base form too (`decisions lead Nora Quist to write that "…"`): the
 * person made to write speaks, not the person the sentence is about.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a causing verb in its base form', () => {
  it('gives the words to its object who is made to say them (`lead X to write that`)', () => {
    const body =
      'Mayor Ann Roe made three rash choices this year. Her recent decisions lead WKRT’s Nora Quist to write that "the mayor governs by ultimatum."';
    expect(speaker(body, 'the mayor governs')).toBe('Nora Quist');
  });
});
