/**
 * A lone word that differs from a named person's surname by a final `s` stands for them only when it
 * is no one of its own, and a given name only when the article wrote the surname alone before.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a one-word name read as another form of a surname', () => {
  it('is not the surname when the word was named as a person of its own (`her son, Edward`)', () => {
    const body =
      'Clara Edwards settled in the valley in 2012 with her son.\n\n"The air is clean," said Clara Edwards.\n\n' +
      'Her son, Edward, is 10. "I like the river," Edward said.';
    expect(speakerOf(body, 'I like the river')?.name).not.toBe('Clara Edwards');
  });

  it('is not the surname for a given name when the surname was never written alone (`Simon` after `Karl Simons`)', () => {
    const body = 'Karl Simons runs the forge with his cousin.\n\n"It is hot work," Karl Simons said.\n\n"We start at dawn," Simon said.';
    expect(speakerOf(body, 'We start at dawn')?.name).not.toBe('Karl Simons');
  });
});
