/**
 * The full stop of a title's abbreviation (`Sen.`, `Mr.`, `Gov.`) ends no sentence: a name after it in the
 * middle of a sentence (`Stone named Sen. Harry Vane`, `drafted by Mr. Burke`) is no sentence's subject, so
 * `he` after it goes to the sentence's real subject; a name whose title opens a sentence still is one.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a title abbreviation before a name inside a sentence', () => {
  it('does not make the object after `named Sen.` the subject a pronoun takes up', () => {
    const body =
      'Al Stone hosted the show on Friday. Near the end, Stone named Sen. Harry Vane (D-Nev.) and referenced the budget office. ' +
      'He concluded, "They have been lying to you for years."';
    expect(speaker(body, 'They have been lying')).toBe('Al Stone');
  });

  it('nor the agent after `drafted by Mr.` with an appositive before the pronoun', () => {
    const body =
      'Tom Reyes spoke to reporters on Friday. But with the bill drafted by Mr. Burke, the senior senator from his state, he said, ' +
      '"we are going to keep the taxes and the rules."';
    expect(speaker(body, 'we are going to keep')).toBe('Tom Reyes');
  });

  it('still makes a name whose title opens the sentence its subject (`Sen. Harry Vane (D-Nev.) and two aides walked out`)', () => {
    const body =
      'Tom Reyes read the report aloud on Friday. The vote was close. Sen. Harry Vane (D-Nev.) and two aides walked out early. ' +
      '"This is not how we do things," he said.';
    expect(speaker(body, 'This is not how')).toBe('Harry Vane');
  });

  it('still gives a pronoun after another person’s quotation to the one whose title opens the next sentence', () => {
    const body =
      '"We will not sign it," Tom Reyes said on Friday. Mr. Burke, the senior senator, disagreed with the mayor. ' +
      '"We have no choice," he said.';
    expect(speaker(body, 'We have no choice')).toBe('Burke');
  });
});
