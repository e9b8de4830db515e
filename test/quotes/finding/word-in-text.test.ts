import { describe, expect, it } from 'vitest';
import { hasWordBefore, wordIndexIn } from '../../../src/quotes/finding/word-in-text.ts';

describe('whole words within a range of a text', () => {
  it('finds a word with no letter touching it, and not inside a longer word', () => {
    const text = 'Volunteers aided the crew; an aide to the mayor came.';
    expect(wordIndexIn(text, 'aide', 0, text.length)).toBe(text.indexOf('an aide') + 3);
    expect(wordIndexIn(text, 'aide', 0, text.indexOf('an aide'))).toBe(-1);
  });

  it('takes the edges of the range as boundaries, as a cut text would', () => {
    const text = 'OpenPages board';
    expect(wordIndexIn(text, 'Pages', 4, text.length)).toBe(4);
    expect(wordIndexIn(text, 'Pages', 0, text.length)).toBe(-1);
    expect(wordIndexIn(text, 'Open', 0, 4)).toBe(0);
  });

  it('counts a letter past the Basic Multilingual Plane as a letter', () => {
    const text = 'x𝐀Roe Roe';
    expect(wordIndexIn(text, 'Roe', 0, text.length)).toBe(text.lastIndexOf('Roe'));
  });

  it('finds a lower-case word before an offset in lower case, capitalised or in capitals', () => {
    const text = 'Acme CEO Jo Roe spoke. Later the ceo left.';
    expect(hasWordBefore(text, 'ceo', text.indexOf('Jo'))).toBe(true);
    expect(hasWordBefore('Surgeon Al Diaz operated.', 'surgeon', 10)).toBe(true);
    expect(hasWordBefore('Friends aided him.', 'aide', 18)).toBe(false);
    expect(hasWordBefore('A doctor came.', 'doctor', 5)).toBe(false);
  });
});
