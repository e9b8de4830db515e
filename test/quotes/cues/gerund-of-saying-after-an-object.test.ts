/**
 * `Roe criticized Lee for saying …"…"`: a gerund of saying after `for`/`of` and another verb's object
 * has that object for its subject, so the sentence's subject does not speak the words. With no object
 * in between (`Roe apologized for saying`, `Roe was criticized for saying`) they stay the subject's.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a gerund of saying after the object of another verb', () => {
  it('does not give the words to the subject who criticizes the object', () => {
    expect(
      speakerOf('Tilda Marsh criticized Bram Oyelaran for saying the harbour was "beyond repair."', 'beyond repair')?.name,
    ).toBeUndefined();
    expect(speakerOf('Tilda Marsh mocked him for calling the vote a "sham."', 'sham')?.name).toBeUndefined();
    expect(
      speakerOf('Tilda Marsh blamed the mayor for suggesting that rents would "sort themselves out."', 'sort themselves')?.name,
    ).toBeUndefined();
  });

  it('keeps the subject when no object stands before `for`', () => {
    expect(speakerOf('Tilda Marsh apologized for calling the vote a "sham."', 'sham')?.name).toBe('Tilda Marsh');
    expect(speakerOf('Tilda Marsh expressed regret Monday for calling the vote a "sham."', 'sham')?.name).toBe('Tilda Marsh');
  });

  it('keeps the subject for a gerund that is not of saying (`thanked Lee for telling the truth`)', () => {
    expect(speakerOf('Tilda Marsh thanked Bram Oyelaran for telling "the whole story" to the board.', 'the whole story')?.name).toBe(
      'Tilda Marsh',
    );
  });
});
