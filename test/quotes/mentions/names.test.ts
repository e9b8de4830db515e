import { describe, expect, it } from 'vitest';
import { findNameMentions, isNotLoneWord } from '../../../src/quotes/mentions/names.ts';
import { splitParagraphs } from '../../../src/quotes/finding/paragraphs.ts';

const mentions = (text: string) => findNameMentions(text, splitParagraphs(text));

describe('findNameMentions', () => {
  it('takes the role words written before a name, a hyphenated title included', () => {
    const [m] = mentions('The plan was backed by longtime county pollster Dana Whitfield on Tuesday.');
    expect(m?.words).toEqual(['Dana', 'Whitfield']);
    expect(m?.roles).toEqual(expect.arrayContaining(['pollster', 'county', 'longtime']));
    const [n] = mentions('It was signed by deputy secretary-general Arno Villiers last week.');
    expect(n?.roles).toEqual(expect.arrayContaining(['secretary', 'general']));
  });

  it('reads no roles from a word before the name that is no title', () => {
    const [m] = mentions('The plan was backed by Dana Whitfield on Tuesday.');
    expect(m?.roles).toEqual([]);
  });

  it("takes an appositive's role words after the name, and none from a clause that is no appositive", () => {
    const [m] = mentions('Arno Villiers, the harbour commissioner, opened the dock.');
    expect(m?.roles).toEqual(['harbour', 'commissioner']);
    expect(m?.gender).toBeUndefined();
    const [n] = mentions('Arno Villiers, then harbour commissioner, opened the dock.');
    expect(n?.roles).toEqual([]);
  });

  it('keeps particles, initials and titles in one mention', () => {
    const found = mentions('Mayor Ines van der Berg met Sen. Paul T. Okafor.');
    expect(found.map((m) => m.words.join(' '))).toEqual(['Ines van der Berg', 'Paul T Okafor']);
    expect(found[1]?.gender).toBe('m');
  });
});

describe('name words written in capitals', () => {
  it('takes no name from a run holding a word of four letters or more written all in capitals', () => {
    expect(mentions('The memo was signed by Dana WHITFIELD on Friday, officials said.')).toEqual([]);
    expect(mentions('The memo was signed by Dana Whitfield on Friday, officials said.').map((m) => m.words)).toEqual([
      ['Dana', 'Whitfield'],
    ]);
  });
});

describe('isNotLoneWord', () => {
  it('rules out a lone list word in any case and keeps a lone name, accented or hyphenated ones included', () => {
    for (const word of ['Meanwhile', 'MEANWHILE', 'Senate', 'Secretary-General', 'Tuesday', 'The']) expect(isNotLoneWord(word)).toBe(true);
    for (const word of ['Wilcox', 'Whitfield', 'Ólafsdóttir', 'Al-Amin', 'Zhou', 'Senator-Elect']) expect(isNotLoneWord(word)).toBe(false);
  });
});
