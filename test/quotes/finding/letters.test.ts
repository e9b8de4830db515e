import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLetterCode,
  isLowerCode,
  isUpperCased,
  letterRuns,
  lowerWordAfterSpace,
  splitCount,
} from '../../../src/quotes/finding/letters.ts';
import { isUpperStart } from '../../../src/quotes/tokens.ts';

/** Letters of several scripts and cases, marks, spaces of every kind, an astral letter and lone surrogates. */
const alphabet = fc.constantFrom(
  ..."aZé ÉßİıǅΣσЖжअ-’'.,\t\n\u00a0\u2009\u3000\u0301\u{1D400}\u{1F600}\ud800\udc00x".split(''),
  '\u{1D400}',
  '\u{1F600}',
  'Ab',
  'bc',
);
const texts = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

describe('letter classes by code unit', () => {
  it('answers as \\p{L} and \\p{Ll} do, for letters of any script and for other characters', () => {
    for (const c of 'aZéÉßİıǅΣσЖжअ') expect(isLetterCode(c.charCodeAt(0))).toBe(true);
    for (const c of ' -’\u0301\u00a0,3٣') expect(isLetterCode(c.charCodeAt(0))).toBe(false);
    for (const c of 'aéßıσжз') expect(isLowerCode(c.charCodeAt(0))).toBe(true);
    for (const c of 'AÉİǅΣЖअ3-') expect(isLowerCode(c.charCodeAt(0))).toBe(false);
  });

  it('counts the runs of three letters or more and their capitals as /\\p{L}{3,}/gu finds them', () => {
    expect(letterRuns('The Mayor of São Paulo said no.', 0, 31)).toEqual({ words: 5, caps: 4 });
    expect(letterRuns('xx The Mayor', 3, 12)).toEqual({ words: 2, caps: 2 });
    fc.assert(
      fc.property(texts, (text) => {
        const matches = [...text.matchAll(/\p{L}{3,}/gu)];
        const expected = { words: matches.length, caps: matches.filter((m) => isUpperStart(m[0])).length };
        expect(letterRuns(text, 0, text.length)).toEqual(expected);
      }),
    );
  });

  it('counts only the runs of the given length or more when asked, as the regular expression does', () => {
    expect(letterRuns('The Mayor of São Paulo said no.', 0, 31, 4)).toEqual({ words: 3, caps: 2 });
    fc.assert(
      fc.property(texts, (text) => {
        const matches = [...text.matchAll(/\p{L}{4,}/gu)];
        const expected = { words: matches.length, caps: matches.filter((m) => isUpperStart(m[0])).length };
        expect(letterRuns(text, 0, text.length, 4)).toEqual(expected);
      }),
    );
  });

  it('reads the lower-case word after a space as the regular expression does, within 24 characters', () => {
    expect(lowerWordAfterSpace('Putin spokesman Dmitry', 5)).toBe('spokesman');
    expect(lowerWordAfterSpace('Fox News host-in-chief said', 8)).toBe('host-in-chief');
    expect(lowerWordAfterSpace('Putin said', 4)).toBeUndefined();
    expect(lowerWordAfterSpace('Putin -said', 5)).toBeUndefined();
    expect(lowerWordAfterSpace('X abcdefghijklmnopqrstuvwxyzabc', 1)).toBe('abcdefghijklmnopqrstuvw');
    fc.assert(
      fc.property(texts, fc.nat(40), (text, at) => {
        const expected = text.charCodeAt(at) === 32 ? /^ (\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(at, at + 24))?.[1] : undefined;
        expect(lowerWordAfterSpace(text, at)).toBe(expected);
      }),
    );
  });

  it('counts the pieces split(/\\s+/) gives, white space of any kind included', () => {
    expect(splitCount('We will not go')).toBe(4);
    expect(splitCount(' two\u00a0\u2009words ')).toBe(4);
    expect(splitCount('')).toBe(1);
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitCount(text)).toBe(text.split(/\s+/).length);
      }),
    );
  });
});

describe('isUpperCased', () => {
  it('tells a word written in capitals from one with a lower-case letter, as comparing with its upper case does', () => {
    expect(isUpperCased('NATO')).toBe(true);
    expect(isUpperCased('Nato')).toBe(false);
    expect(isUpperCased('ÉLYSÉE')).toBe(true);
    expect(isUpperCased('Élysée')).toBe(false);
    const pieces = fc.constantFrom(...'aZéÉßΣσЖж3-’\u0301'.split(''), '\u{1D400}', '\u{10428}');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const word = parts.join('');
        expect(isUpperCased(word)).toBe(word === word.toUpperCase());
      }),
    );
  });
});
