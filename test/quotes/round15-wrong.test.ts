import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';

const speakerOf = (text: string, opening: string): string | undefined =>
  extractQuotes(text).find((q) => q.text.startsWith(opening))?.speaker?.name;

describe('a lone surname two people of the article share (round 15)', () => {
  const couple =
    'In his first interview since the defeat, Walt Denholm said he and his wife were moving on.\n\n' +
    '"The campaign itself was a joy," Denholm said.\n\n' +
    'Clara Denholm told the host the loss was hard on the family.\n\n' +
    '"It was a crushing night," she said.\n\n' +
    'Denholm said he now wants to help the party.\n\n' +
    '"You go over every mistake you made," Denholm said.\n\n' +
    'Mrs. Denholm said she turned down a television offer.\n\n' +
    '"I am not a dancer," she said.\n\n' +
    'Denholm says while he knows he lost, he will "keep a hand in the party" for years.';

  it('is the namesake whose gender the pronoun after it in its sentence has (`Denholm says while he knows`)', () => {
    expect(speakerOf(couple, 'keep a hand in the party')).toBe('Walt Denholm');
  });

  it('keeps meaning the namesake a pronoun last tied it to, not the relative whose full name spoke since', () => {
    expect(speakerOf(couple, 'You go over every mistake')).toBe('Walt Denholm');
  });

  it('is the relative just introduced by full name when nothing ties the bare surname to another', () => {
    const text =
      'The mission was named after Lena Varga, an aid worker held for two years. The base honoured Varga in a ceremony.\n\n' +
      'Her father, Tomas Varga, recounted her last days in an interview.\n\n' +
      '"They took everything from her," Varga said.\n\n' +
      'Varga also wrote of how she kept her faith in a letter smuggled out.\n\n' +
      '"I have found a kind of peace here," Varga wrote.';
    expect(speakerOf(text, 'They took everything')).toBe('Tomas Varga');
    expect(speakerOf(text, 'I have found a kind of peace')).toBe('Lena Varga');
  });
});
