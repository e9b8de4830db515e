/**
 * An adjunct of time closing a source phrase tells when the words were said, not who said them: a
 * preposition of time and its object (`said Speaker Tom Grady following the House vote`) and a day after
 * the phrase's noun (`the council statement Friday`, `a statement late Sunday`) are cut off. A name
 * after the preposition (`The reply came after Chairman …`) and a day that is part of a name (`Harbor
 * Today`) stay.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('an adjunct of time closing a source phrase', () => {
  it('cuts a preposition of time and its object after a name', () => {
    expect(speaker('"We will fight on," said Senate Leader Tom Grady following the House vote.', 'We will fight')).toBe('Tom Grady');
    expect(speaker('"It is over," said Mayor Ada Mills after her final speech.', 'It is over')).toBe('Ada Mills');
  });

  it('cuts a day, with `late` or `early` before it, after a noun', () => {
    expect(speaker('The plan was "a betrayal of renters," the council statement Friday said.', 'a betrayal')).toBe('the council statement');
    expect(speaker('The union called the deal "a fraud," a statement late Sunday said.', 'a fraud')).toBe('a statement');
  });

  it('keeps a day that is part of a name (`Harbor Today`)', () => {
    expect(speaker('"The port will close," Harbor Today reported.', 'The port will')).toBe('Harbor Today');
  });
});
