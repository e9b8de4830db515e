import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name and kind given to the quotation that starts with `start`. */
function speakerOf(text: string, start: string): { name: string; kind: string } | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  return q?.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : undefined;
}

describe('a pronoun whose nearest antecedent is a description (salience over descriptions, not only names)', () => {
  it('gives an indefinite description that opens the last sentence as the unnamed speaker, not the person named before', () => {
    const text =
      'Senator Ada Smith toured the flooded ward on Monday.\n\nA night nurse said the beds ran out before midnight. "We cannot take any more patients," she said.';
    expect(speakerOf(text, 'We cannot take')).toEqual({ name: 'a night nurse', kind: 'unnamed' });
  });

  it('gives a spokesman introduced without a name to the pronoun after a long quotation, not the person quoted before', () => {
    const text =
      '"We were told to leave the square within the hour, and nobody explained why," Okoro said.\n\n' +
      'The county spokesman said the rules would be looked at again as part of the "yearly review." ' +
      '"The rule is meant to keep marchers safe and to keep the roads open for the buses and the ambulances that need them," he said in the statement.';
    expect(speakerOf(text, 'The rule is meant')).toEqual({ name: 'the county spokesman', kind: 'unnamed' });
  });

  it('reads a definite description of someone named before as that person, not a place named inside the description', () => {
    const text =
      'The storm left Dana Whitfield without a home.\n\nThe 38-year-old teacher from Port Allen said she slept in her car for a week. "I never thought it would happen to me," she said.';
    expect(speakerOf(text, 'I never thought')?.name).toBe('Dana Whitfield');
  });

  it('keeps the named person when someone is named between the description and the pronoun', () => {
    const text = 'A night nurse said the beds ran out.\n\nSenator Ada Smith toured the ward. "We will send more money," she said.';
    expect(speakerOf(text, 'We will send')?.name).toBe('Ada Smith');
  });
});

describe('the speaker of a verb of saying is salient for the next pronoun', () => {
  it('counts `X, who says …` as X speaking', () => {
    const text =
      '"Budgets are tight everywhere," said Mayor Tom Reyes.\n\nThe trouble reaches small towns too, according to reporters who met on Friday as well as union lawyer Kevin Marsh, who says the pressure starts in schools. "There is a pattern," he says.';
    expect(speakerOf(text, 'There is a pattern')?.name).toBe('Kevin Marsh');
  });
});

describe('a bare description of a body the article has named', () => {
  it('gives `the bureau` the body named before with `Bureau` in its name', () => {
    const text =
      'The Bureau of Land Records and Surveys rejected the claim in March.\n\nThe farmers appealed. "The map of 1902 settles the line," the bureau said.';
    expect(speakerOf(text, 'The map of 1902')).toEqual({ name: 'Bureau of Land Records and Surveys', kind: 'organisation' });
  });

  it('leaves `the court` as written when the article names no court', () => {
    const text = 'The farmers appealed on Monday.\n\n"The map of 1902 settles the line," the court said.';
    expect(speakerOf(text, 'The map of 1902')).toEqual({ name: 'the court', kind: 'organisation' });
  });
});

describe('quotes in a row by someone the article does not name', () => {
  it('gives `he added` after the quotation of an unnamed speaker to that speaker, not to the person named before', () => {
    const text =
      'Mayor Tom Reyes opened the bridge on Monday.\n\n"The bridge is safe," a city engineer said. "We tested every cable," he added.';
    expect(speakerOf(text, 'We tested every cable')).toEqual({ name: 'a city engineer', kind: 'unnamed' });
  });

  it('does not continue a document or a speaker of the other gender', () => {
    const policy =
      'Dr Paul Okafor led the review.\n\n"Data must be shared," the agency policy said. "I followed it to the letter," he said.';
    expect(speakerOf(policy, 'I followed it')?.name).toBe('Paul Okafor');
    const other =
      'Mayor Tom Reyes opened the bridge on Monday.\n\n"The bridge is safe," a city spokeswoman said. "We will keep it open," he added.';
    expect(speakerOf(other, 'We will keep it open')?.name).toBe('Tom Reyes');
  });
});
