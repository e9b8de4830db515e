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

  it('does not give the words to the subject when the verb before the object is itself a verb of saying (`accused … of calling`)', () => {
    expect(speakerOf('Tilda Marsh accused the mayor of describing her plan as "reckless."', 'reckless')?.name).toBeUndefined();
    expect(speakerOf('Tilda Marsh accused Bram Oyelaran of calling the levy "daylight robbery."', 'daylight')?.name).toBeUndefined();
    expect(speakerOf('Tilda Marsh accused him of calling the vote a "sham."', 'sham')?.name).toBeUndefined();
  });

  it('keeps the subject when the noun before `of` is a thing, not a person (`defends his record of saying`)', () => {
    expect(speakerOf('Tilda Marsh defends her record of saying the ferry was "never for sale."', 'never for sale')?.name).toBe(
      'Tilda Marsh',
    );
  });

  it('keeps the subject of a passive whose `as` phrase stands before `for` (`was criticized as a racist for claiming`)', () => {
    expect(speakerOf('Tilda Marsh was criticized as a snob for claiming that tram riders "smell of onions."', 'smell of')?.name).toBe(
      'Tilda Marsh',
    );
  });

  it('keeps the accuser when the gerund after `accused … of` is not one of naming (`accused Lee of declaring war`)', () => {
    expect(
      speakerOf('Tilda Marsh accused the mayor of declaring war on cyclists and handing a "windfall" to drivers.', 'windfall')?.name,
    ).toBe('Tilda Marsh');
  });

  it('takes a plural object as people who may speak (`blamed his critics for suggesting`)', () => {
    expect(
      speakerOf('Tilda Marsh blamed her rivals for suggesting that rents would "fall on their own."', 'fall on')?.name,
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
