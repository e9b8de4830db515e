/**
 * A hit found partly through a speaker's name the audience may not see is scored again on its other
 * words (`withoutUnseenNames`, `src/engine/find.ts`). A stored index hands out a new passage object
 * at every read, so the passage scored again must be recognised by its id, not by identity.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { findHits, type SpeakerLens } from '../../src/engine/find.ts';
import type { Quote } from '../../src/quotes/quote.ts';
import type { Passage } from '../../src/search/passage.ts';
import { foundHits, type PassageFinder } from '../../src/search/search-index.ts';

const text = '"The tide tables are wrong again," Quill said at the slipway.';
const quote = {
  start: 0,
  end: 34,
  paragraph: 0,
  kind: 'full',
  text: text.slice(1, 33),
  speaker: { name: 'Ada Quill', key: 'ada quill', kind: 'person' },
};
const article = { id: 'a1', outlet: 'Anchor Gazette' } as unknown as Article;

/** The passage as a stored index gives it: a new object at every read. */
const readPassage = (): Passage =>
  ({ id: 7, article, paragraph: 0, text, quotes: [{ quote: quote as unknown as Quote, start: 0, end: 34 }] }) as Passage;

/** Finds the passage for `ada` (its indexed speaker name) and `tide`, scoring one point per word found. */
const finder: PassageFinder = {
  find: (words, options) => {
    const passage = readPassage();
    const terms = words.filter((w) => w === 'ada' || w === 'tide');
    if (!terms.length || (options.combineWith === 'AND' && terms.length < words.length)) return foundHits([], true, true);
    if (options.filter && !options.filter(passage)) return foundHits([], true, true);
    return foundHits([{ passage, score: terms.length, terms }], true, true);
  },
  scan: () => [],
  scanSpeakers: () => [],
};

/** An audience that knows the speaker only by her surname (her full name is in an article it may not see). */
const lens: SpeakerLens = {
  speakerOf: () => ({ name: 'Quill', key: 'quill', kind: 'person' }) as never,
  corpusKeys: (keys) => new Set(keys),
};

describe('a hit matched partly through a name the audience may not see', () => {
  it('is kept and scored on its other words when the index gives a new passage object at every read', () => {
    const found = findHits(finder, ['ada', 'tide'], { command: 'search', phrases: [], speakers: lens });
    expect(found.candidates.map((c) => c.passage.id)).toEqual([7]);
    expect(found.candidates[0]?.score).toBe(1);
  });
});
