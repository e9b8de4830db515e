/**
 * A source phrase read on past its noun into the clause that follows (`A county clerk in Lake Harmon sent a memo to
 * poll workers warning`) is cut back to its noun: a past verb followed by its object is the subject's verb, not part
 * of who speaks. A participle closing the phrase after its lower-case noun (`a 90-page audit released by the county`)
 * opens a clause of its own and is dropped too. A verb and object with nothing before them name nobody.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a verb and its object read into a source phrase', () => {
  it('cuts a past verb and its object after the subject (`sent a memo to poll workers`)', () => {
    const body = 'A county clerk in Lake Harmon sent a memo to poll workers warning that lines would be "longer than last year."';
    expect(speaker(body, 'longer than')).toBe('a county clerk in Lake Harmon');
  });

  it('cuts a phrasal verb and its object (`put out a statement late Tuesday`)', () => {
    const body = 'Moreno\'s legal team put out a statement late Tuesday saying the charges were "baseless and cruel."';
    expect(speaker(body, 'baseless')).toBe("Moreno's legal team");
  });

  it('never gives the words to the object of the verb (`sent a letter to Governor Ada Mills`)', () => {
    const body =
      'Three Republican senators sent a letter to Governor Ada Mills on Monday accusing her office of "a reckless disregard for the budget."';
    expect(speaker(body, 'a reckless')).toBe('Republican senators');
  });

  it('gives no speaker when the verb and its object open the phrase (`put out a statement`)', () => {
    const body = 'Late on Friday, put out a statement saying the race was "far from over."';
    expect(speaker(body, 'far from over')).toBeUndefined();
  });

  it('keeps an adjective opened by a determiner (`a retired colonel`)', () => {
    const body = '"The base was never safe," a retired colonel told the committee.';
    expect(speaker(body, 'The base was')).toBe('a retired colonel');
  });
});

describe('a participle closing a source phrase after its noun', () => {
  it('drops the participle of a document (`a 90-page audit released by the county`)', () => {
    const body = 'According to a 90-page audit released by the county on Monday, there was "no sign of fraud" in the count.';
    expect(speaker(body, 'no sign')).toBe('a 90-page audit');
  });

  it('drops the participle of a person (`said one aide involved`)', () => {
    const body = 'The charges were "baseless," said one aide involved.';
    expect(speaker(body, 'baseless')).toBe('one aide');
  });

  it('does not drop `based`, which tells where someone is (`a board member based in Tulsa`; the phrase stops before `in`)', () => {
    const body = '"We were never asked," said a board member based in Tulsa.';
    expect(speaker(body, 'We were never')).toBe('a board member based');
  });
});
