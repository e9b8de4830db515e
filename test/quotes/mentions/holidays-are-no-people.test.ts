/**
 * A holiday written alone like a name (`between Thanksgiving and Christmas`) is a time, never a person:
 * its kind is `other`, so a `he`/`she` never resolves to it (`mention-kind.ts`).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../../src/quotes/extract.ts';
import { kindOf } from '../../../src/quotes/mentions/mention-kind.ts';

describe('holidays as names', () => {
  it('reads a lone holiday as no person, and the person beside it as one', () => {
    const text = 'Depot manager Dana Whitlow said the weeks between Halloween and Christmas were short. "It all piled up," she said.';
    const { ctx } = analyseQuotes(text);
    if (!ctx) throw new Error('no context');
    // Lone capitalised words become candidates when the ranker meets them, as `Christmas` was in a tuning miss.
    for (const word of ['Halloween', 'Christmas']) ctx.people.add([word], text.indexOf(word), text.indexOf(word) + word.length);
    const kinds = Object.fromEntries(ctx.people.people.map((p) => [ctx.people.speakerOf(p).name, kindOf(ctx, p)]));
    expect(kinds).toMatchObject({ 'Dana Whitlow': 'person', Halloween: 'other', Christmas: 'other' });
  });
});
