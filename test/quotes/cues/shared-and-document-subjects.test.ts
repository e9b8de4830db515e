/** Subjects a cue shares with its clause: a verb after `, then`, a participle after a document and its author. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker?.name);

describe('a verb of saying after a comma and `then`', () => {
  it('has the clause’s subject: `X rattled off a list, then mocked …`', () => {
    expect(
      speakers(
        'Instead, Ivo Brandt rattled off a list of towns that voted for him, then mocked some of his rivals who "never wanted the bridge" at all.',
      ),
    ).toEqual(['Ivo Brandt']);
  });
});

describe('a participle after a document and its author', () => {
  it('speaks for the author: `A brief assessment by the X Institute agreed, saying …`', () => {
    const [quote] = extractQuotes(
      'A brief assessment by the Lantern Institute agreed, saying that unlike in a courtroom, Lee could in a hearing room "selectively" stay silent.',
    );
    expect(quote?.mention?.text).toBe('A brief assessment by the Lantern Institute');
    expect(quote?.speaker?.name).toContain('Lantern Institute');
  });
});

describe('a last clause opened by `, and` with a described subject', () => {
  it('gives its participle to that subject: `…, and the prime minister has defended them, saying`', () => {
    const [quote] = extractQuotes(
      'Arrests have been reported and shutdowns have returned, and the prime minister has defended them in the name of calm, saying the service is "neither water nor air."',
    );
    expect(quote?.mention?.text).toBe('the prime minister');
  });
});
