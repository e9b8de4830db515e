/**
 * A reply is the words of the one who was asked: `When Lund asked Pike whether …, she replied, "…"`
 * gives the words to Pike, not to the asker who is the sentence's subject; `he said` after a
 * question stays with the subject, as before.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a pronoun that replies after `X asked Y`', () => {
  it('gives the reply to the one asked, with or without titles', () => {
    const plain =
      'Ann Pike met the actress Joy Lund at a gala in May. When Lund asked Pike whether she backed the plan, she replied, "Yes, of course," and smiled.';
    expect(speaker(plain, 'Yes, of course')).toBe('Ann Pike');
    const titled =
      'Ann Pike met the actress Joy Lund at a gala in May. When Ms. Lund asked Mrs. Pike whether she backed the plan, she replied, "Yes, of course."';
    expect(speaker(titled, 'Yes, of course')).toBe('Ann Pike');
  });

  it('gives `and he answered` after `Reyes asked Burke about the vote` to Burke', () => {
    const body = 'Tom Reyes and Carl Burke met on Monday. Reyes asked Burke about the vote, and he answered: "We will win it."';
    expect(speaker(body, 'We will win it')).toBe('Carl Burke');
  });

  it('leaves `he said` after a question with the sentence’s subject', () => {
    const body = 'Tom Reyes and Carl Burke met on Monday. When Reyes asked Burke about the vote, he said, "Tell me the truth."';
    expect(speaker(body, 'Tell me the truth')).toBe('Tom Reyes');
  });

  it('does not give the reply to the owner in `asked Burke’s aide`, nor to one of two people asked', () => {
    const owner = 'Tom Reyes and Carl Burke met on Monday. Reyes asked Burke’s aide about the vote, and he replied: "We will see."';
    expect(speaker(owner, 'We will see')).not.toBe('Carl Burke');
    const pair =
      'Tom Reyes, Carl Burke and Dan Lee met on Monday. Reyes asked Burke and Lee about the vote, and he replied: "We will see."';
    expect(speaker(pair, 'We will see')).not.toBe('Carl Burke');
  });

  it('does not give a reply to an asked person of the other gender', () => {
    const body =
      'Tom Reyes and Ann Pike met on Monday. When Reyes asked Pike about the vote, he replied that he did not know. "Ask me later," he said.';
    expect(speaker(body, 'Ask me later')).toBe('Tom Reyes');
  });
});
