import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';

const speakerOf = (text: string, opening: string): string | undefined =>
  extractQuotes(text).find((q) => q.text.startsWith(opening))?.speaker?.name;

describe('a lone surname two people of the article share (round 15)', () => {
  it('keeps meaning the namesake it meant before the relative was named, not the relative who spoke last', () => {
    const text =
      'In his first interview since the defeat, Walt Denholm said he and his wife were moving on.\n\n' +
      '"The campaign itself was a joy," Denholm said.\n\n' +
      'Clara Denholm told the host the loss was hard on the family.\n\n' +
      '"It was a crushing night," she said.\n\n' +
      'Denholm said he now wants to help the party.\n\n' +
      '"You go over every mistake you made," Denholm said.';
    expect(speakerOf(text, 'You go over every mistake')).toBe('Walt Denholm');
  });
});
