import { describe, expect, it } from 'vitest';
import { hasInvisible, maskInvisible, stripInvisible } from '../../src/text/invisible.ts';

describe('invisible characters (one definition for every renderer)', () => {
  it.each([
    ['a right-to-left override that reverses a word', 'The fare is \u202e01\u202c crowns', 'The fare is 01 crowns'],
    ['isolates and direction marks', 'Port \u2066North\u2069\u200e \u200fand \u061cSouth', 'Port North and South'],
    ['zero-width spaces, word joiners and a byte-order mark', '\ufeffFerry\u200b chief\u2060 Lena', 'Ferry chief Lena'],
    ['a joiner hiding inside a Latin name', 'Mar\u200drow and Vo\u200css', 'Marrow and Voss'],
    ['a soft hyphen and a Hangul filler', 'har\u00adbour\u3164', 'harbour'],
    ['tag characters smuggling words', 'fares\u{e0069}\u{e0067}\u{e006e} rise', 'fares rise'],
  ])('drops %s', (_what, text, clean) => {
    expect(stripInvisible(text)).toBe(clean);
    expect(hasInvisible(text)).toBe(true);
  });

  it('keeps the joiners that spell words (Persian, Hindi) and build emoji, and variation selectors', () => {
    for (const text of ['می‌خواهم', 'क्‍ष', '👩‍🔬', '👩🏽‍🔬', '🏃‍♀️', '❤️', 'plain text']) {
      expect(stripInvisible(text)).toBe(text);
      expect(hasInvisible(text)).toBe(false);
    }
  });

  it('masks one replacement per UTF-16 code unit, so offsets into the text stay valid', () => {
    const text = 'a\u202eb\u{e0041}c';
    const masked = maskInvisible(text);
    expect(masked).toBe('a\uFFFDb\uFFFD\uFFFDc');
    expect(masked.length).toBe(text.length);
  });
});
