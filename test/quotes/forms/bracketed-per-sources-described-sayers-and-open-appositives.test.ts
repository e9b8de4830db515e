/**
 * Attribution forms that left quotations with no speaker although the text says who speaks: a `(per …)`
 * bracket naming the source right after the words, a relative clause of saying on an indefinite
 * description of a person, and a stance sentence whose appositive lost its closing comma. Each with a
 * guard: the form never gives a speaker where the sentence does not say who speaks.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a `(per …)` bracket right after a quotation', () => {
  it('names the source the words were read in', () => {
    const body =
      'The council wants the accounts of "four other holding firms that run dozens more" (per the Harbour Gazette). A fight is likely.';
    expect(speaker(body, 'four other holding firms')).toBe('Harbour Gazette');
  });

  it('gives way to a clause of saying that names who said the words', () => {
    const body = 'Mayor Ostrander said the firms were "too bloated to survive" (per the Harbour Gazette) at the meeting.';
    expect(speaker(body, 'too bloated')).toBe('Ostrander');
  });

  it('is no source when it cites a rule, or a lower-case word', () => {
    expect(speaker('The levy rose "without notice" (per Article 12) last spring.', 'without notice')).toBeUndefined();
    expect(speaker('The levy rose "without notice" (per capita) last spring.', 'without notice')).toBeUndefined();
  });
});

describe('a relative clause of saying on a description of a person', () => {
  it('makes the description the speaker (`a campaign aide who confidently told him: "…"`)', () => {
    const body = 'Hale also recalled a recent talk with a senior campaign aide who confidently told him: "We know how to fill a stadium."';
    expect(speaker(body, 'We know how to fill')).toBe('a senior campaign aide');
  });

  it('needs a head noun for a person: a newsletter that "told" him is no speaker', () => {
    const body =
      'Hale also recalled a recent talk with a senior campaign newsletter which confidently told him: "We know how to fill a stadium."';
    expect(speaker(body, 'We know how to fill')).toBeUndefined();
  });
});

describe('a stance sentence whose appositive lost its closing comma', () => {
  it('gives the next quotation to the name opening the sentence', () => {
    const body =
      'Fees are rising fast across the region. Mara Lindqvist, the head of research at the Civic Budget Trust disagrees. "The trouble with that is that nobody has cut a thing."';
    expect(speaker(body, 'The trouble with that')).toBe('Mara Lindqvist');
  });

  it('takes no name that is not a person the article could know (a body opening the sentence)', () => {
    const body =
      'Fees are rising fast across the region. Civic Budget Trust, the research group at the university disagrees. "The trouble with that is that nobody has cut a thing."';
    expect(speaker(body, 'The trouble with that')).toBeUndefined();
  });
});

describe('a relative clause of saying in the present on a description', () => {
  it('is a type or a hypothetical, no speaker (`a buyer who answers "no"`)', () => {
    const body =
      'I cannot imagine the mindset of an editor who says, "Print it anyway!" A buyer who answers "no" to that form breaks the law.';
    expect(speaker(body, 'Print it anyway')).toBeUndefined();
    expect(speaker(body, 'no')).toBeUndefined();
  });

  it('speaks beside a name (`Roe, a vocal supporter who says "…"`)', () => {
    const body =
      'The next day, Tobias Wren, a vocal union supporter who says "I hate the new rota" and would vote it down, filed his plans.';
    expect(speaker(body, 'I hate the new rota')).toBe('Tobias Wren');
  });
});
