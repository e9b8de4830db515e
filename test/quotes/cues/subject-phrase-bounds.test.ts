/** Where a subject phrase before its cue starts: past a time phrase written before it, back to the head of a long phrase. */
import { describe, expect, it } from 'vitest';
import { attributionBefore } from '../../../src/quotes/cues/source-phrase.ts';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { tokenize } from '../../../src/quotes/tokens.ts';

const tokens = (text: string) => tokenize(text, 0, text.length);
const source = (text: string) => {
  const found = attributionBefore(tokens(text));
  return found?.tokens
    .slice(found.np[0], found.np[1])
    .map((t) => t.text)
    .join(' ');
};
const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker?.name);

describe('a time phrase before the subject', () => {
  it('is no part of the subject: `Earlier in the day Tobin conceded`, `Later that week the mayor said`', () => {
    expect(source('Earlier in the day Tobin conceded on a call with donors,')).toBe('Tobin');
    expect(source('Later that week Tobin admitted on air,')).toBe('Tobin');
    expect(source('That morning the harbour mayor said')).toBe('the harbour mayor');
  });

  it('stays when the time word modifies the noun after it: `the night manager`', () => {
    expect(source('The night manager of the depot said')).toBe('The night manager of the depot');
  });

  it('leaves the quotation to the named subject', () => {
    expect(
      speakers('Ines Tobin ran for mayor. Earlier in the day Tobin conceded on a call with donors, "I was not meant to win."'),
    ).toEqual(['Ines Tobin']);
  });
});

describe('a long subject phrase', () => {
  it('keeps its head when the word limit falls on a preposition: `A spokesman for the Office of the Director of …`', () => {
    expect(source('A spokesman for the Office of the Director of National Parks called the report')).toBe(
      'A spokesman for the Office of the Director of National Parks',
    );
    expect(speakers('A spokesman for the Office of the Director of National Parks called the report "plainly wrong."')).toEqual([
      'a spokesman for the Office of the Director of National Parks',
    ]);
  });
});

describe('asides between a subject and its cue', () => {
  it('are skipped when two stand one after the other: `Okafor, on her side, in a letter sent Tuesday, asked`', () => {
    expect(source('Okafor, on her side, in a letter sent to members Tuesday, asked the members to')).toBe('Okafor');
    expect(source('The mayor, for her part, in an interview on Sunday, said')).toBe('The mayor');
  });

  it('leave a description between commas to the subject it describes: `both rail operators, the ones in Tarn and Lisk, warned`', () => {
    expect(source('Across the valley, both regional rail operators, the ones in Tarn and Lisk, warned')).toBe(
      'both regional rail operators',
    );
  });
});
