/** Finding the cue and the source noun phrase in the tokens around a quotation (masked as NUL characters). */
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore, type Found } from '../../../src/quotes/cues/source-phrase.ts';
import { attributionAtSentenceEnd } from '../../../src/quotes/cues/sentence-end.ts';
import { tokenize } from '../../../src/quotes/tokens.ts';

const Q = '\0\0\0\0';
const tokens = (text: string) => tokenize(text, 0, text.length);
/** The source phrase and the cue, as written. */
const words = (found: Found | undefined) =>
  found && {
    source: found.tokens
      .slice(found.np[0], found.np[1])
      .map((t) => t.text)
      .join(' '),
    cue: found.cue.text,
  };

describe('attributionAfter', () => {
  it('reads `," the mayor said` and the inverted `," said Ana Lopes`', () => {
    expect(words(attributionAfter(tokens(`, the harbour mayor said on Tuesday.`)))).toEqual({ source: 'the harbour mayor', cue: 'said' });
    expect(words(attributionAfter(tokens(`,” said Ana Lopes, the port's director.`)))).toEqual({ source: 'Ana Lopes', cue: 'said' });
  });

  it('reads a byline dash, and nothing in words that only follow the quotation', () => {
    expect(words(attributionAfter(tokens('— Ana Lopes.')))).toEqual({ source: 'Ana Lopes', cue: '—' });
    expect(attributionAfter(tokens(', and the ferries kept running.'))).toBeUndefined();
  });

  it('stops at the next quotation', () => {
    expect(attributionAfter(tokens(`, and ${Q} the mayor said.`))).toBeUndefined();
  });
});

describe('attributionBefore', () => {
  it('takes the nearest cue with a source: `The minister told reporters:`', () => {
    expect(words(attributionBefore(tokens('The fisheries minister told reporters:')))).toEqual({
      source: 'The fisheries minister',
      cue: 'told',
    });
  });

  it('reads a headline colon after a name', () => {
    expect(words(attributionBefore(tokens('Lopes:')))).toEqual({ source: 'Lopes', cue: ':' });
  });
});

describe('attributionAtSentenceEnd', () => {
  it('reads a cue closing the sentence after other words', () => {
    expect(words(attributionAtSentenceEnd(tokens('for the whole coast, she said.')))).toEqual({ source: 'she', cue: 'said' });
    expect(attributionAtSentenceEnd(tokens('for the whole coast, as the season began.'))).toBeUndefined();
  });
});
