/**
 * Bodies named by a collective noun (`board`, `jury`, `panel`, `tribunal`, `authority`, `commission`)
 * and `youth` are nouns that speak: a bare lower-case phrase ending in one (`advisory board said`) names
 * the speaker, where a bare phrase ending in a thing (`social media saying`) names none.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { BODY_HEADS, isPersonHead } from '../../../src/quotes/lexicon/word-lists.ts';

const speakerOf = (body: string) => extractQuotes(body)[0]?.speaker?.name;

describe('collective nouns of bodies and people', () => {
  it('are in the lexicon of body heads and person heads', () => {
    for (const w of ['board', 'jury', 'panel', 'tribunal', 'authority', 'commission']) expect(BODY_HEADS.has(w)).toBe(true);
    expect(isPersonHead('youth')).toBe(true);
  });

  it('keep a bare lower-case phrase ending in one as the speaker after a quotation', () => {
    expect(speakerOf('"The new wing opens in spring," advisory board said.')).toBe('advisory board');
    expect(speakerOf('"The bridge toll is far too high," local youth said on Tuesday.')).toBe('local youth');
    expect(speakerOf('"No appeal will be heard before June," review panel said.')).toBe('review panel');
  });
});
