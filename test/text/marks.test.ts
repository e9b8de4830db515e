import { describe, expect, it } from 'vitest';
import {
  APOSTROPHES,
  CLOSING_MARK_FOR,
  CLOSING_MARKS,
  DOUBLE_QUOTE_LIKE,
  hasPossessiveS,
  isApostrophe,
  isQuoteMark,
  MARK,
  markFamily,
  OPENING_MARKS,
  PAIRED_MARKS,
  PHRASE_OPENING_MARKS,
  QUOTE_MARKS,
  SINGLE_QUOTE_LIKE,
  straightenQuoteMarks,
  withoutPossessiveS,
  withoutTrailingApostrophe,
  WORD_JOINERS,
  wordPattern,
} from '../../src/text/marks.ts';

const sorted = (chars: string) => [...chars].sort().join('');

describe('quotation marks', () => {
  it('names every quotation mark once, and the primes apart from them', () => {
    const named = Object.values(MARK).filter((m) => m !== MARK.prime && m !== MARK.doublePrime);
    expect(sorted(named.join(''))).toBe(sorted(QUOTE_MARKS));
    expect(new Set(QUOTE_MARKS).size).toBe(QUOTE_MARKS.length);
    expect(isQuoteMark('′')).toBe(false);
    expect(isQuoteMark('″')).toBe(false);
    expect(isQuoteMark('„')).toBe(true);
    expect(isQuoteMark('ab')).toBe(false);
  });

  it('pairs every common mark but not the low single mark, the comma’s twin', () => {
    expect(sorted(PAIRED_MARKS)).toBe(sorted('"\'“”„‘’«»‹›'));
    expect(PAIRED_MARKS).not.toContain('‚');
    expect([...PAIRED_MARKS].every((m) => QUOTE_MARKS.includes(m))).toBe(true);
  });

  it('closes each convention with its own mark: English, German, Swedish, guillemets, straight', () => {
    expect(CLOSING_MARK_FOR['“']).toBe('”');
    expect(CLOSING_MARK_FOR['„']).toBe('“');
    expect(CLOSING_MARK_FOR['”']).toBe('”');
    expect(CLOSING_MARK_FOR['‚']).toBe('‘');
    expect(CLOSING_MARK_FOR['«']).toBe('»');
    expect(CLOSING_MARK_FOR['‹']).toBe('›');
    expect(CLOSING_MARK_FOR['"']).toBe('"');
    expect(CLOSING_MARK_FOR['»']).toBeUndefined();
  });

  it('derives the opening and closing sets from the pairs', () => {
    expect(sorted(OPENING_MARKS)).toBe(sorted('"\'“„”‘«‹'));
    expect(sorted(CLOSING_MARKS)).toBe(sorted('"\'”“’»›'));
    expect(sorted(PHRASE_OPENING_MARKS)).toBe(sorted('"“”„«'));
  });

  it('puts each mark in the family it nests with', () => {
    expect(markFamily('„')).toBe('double');
    expect(markFamily('"')).toBe('double');
    expect(markFamily('’')).toBe('single');
    expect(markFamily('‚')).toBe('single');
    expect(markFamily('»')).toBe('guillemet');
    expect(markFamily('‹')).toBe('angle');
  });
});

describe('apostrophes', () => {
  it('knows the straight and the typographic apostrophe', () => {
    expect(APOSTROPHES).toBe("'’");
    expect(isApostrophe('’')).toBe(true);
    expect(isApostrophe('‘')).toBe(false);
  });

  it('finds and drops a possessive s', () => {
    expect(hasPossessiveS('Kyiv’s')).toBe(true);
    expect(hasPossessiveS("council's")).toBe(true);
    expect(hasPossessiveS('Reuters')).toBe(false);
    expect(withoutPossessiveS('minister’s')).toBe('minister');
    expect(withoutPossessiveS('ministers')).toBe('ministers');
  });
});

describe('words', () => {
  it('keeps inner hyphens and apostrophes in a word, and leaves quote marks at its edges out', () => {
    const words = [...'“Don’t close the covid-19 ward,” Lopes’ aide said.'.matchAll(wordPattern())].map((m) => m[0]);
    expect(words).toEqual(['Don’t', 'close', 'the', 'covid-19', 'ward', 'Lopes', 'aide', 'said']);
    expect(WORD_JOINERS).toBe("-'’");
    expect(withoutTrailingApostrophe('ministers’')).toBe('ministers');
  });
});

describe('straightenQuoteMarks', () => {
  it('turns every quote-like character into its straight mark', () => {
    expect(straightenQuoteMarks('„Wir bleiben“, sagte sie, ‘not yet’ and «jamais»')).toBe(
      `"Wir bleiben", sagte sie, 'not yet' and "jamais"`,
    );
    expect(straightenQuoteMarks('a 6′ wall')).toBe("a 6' wall");
    expect(
      [...SINGLE_QUOTE_LIKE, ...DOUBLE_QUOTE_LIKE].every((c) => straightenQuoteMarks(c) === "'" || straightenQuoteMarks(c) === '"'),
    ).toBe(true);
  });
});
