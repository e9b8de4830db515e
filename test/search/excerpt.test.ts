import { describe, expect, it } from 'vitest';
import { containsPhrase, makeExcerpt } from '../../src/search/excerpt.ts';

const LONG =
  'Sitting across from Mr Guterres at a long table at the Kremlin, he said talks with Ukraine had been derailed by claims of atrocities committed by Russian forces in the town of Bucha, outside Kyiv. ' +
  'Ukraine had proposed an international agreement whereby other countries would guarantee its security, and in return it would not join Nato or host foreign bases. ' +
  'The talks in Turkey stalled after the discovery of civilian bodies in areas near Kyiv.';

describe('excerpts', () => {
  it('marks every matched word with offsets into the excerpt', () => {
    const e = makeExcerpt('There was a provocation in the village of Bucha, Mr Putin said.', {
      terms: new Set(['bucha', 'putin']),
      phrases: [],
      maxLength: 320,
    });
    expect(e.marks.map(([s, t]) => e.text.slice(s, t))).toEqual(['Bucha', 'Putin']);
  });

  it('marks a phrase whatever its case, accents and spacing', () => {
    const e = makeExcerpt('UN Secretary General António  Guterres arrived.', {
      terms: new Set(),
      phrases: ['antonio guterres'],
      maxLength: 320,
    });
    expect(e.marks.map(([s, t]) => e.text.slice(s, t))).toEqual(['António  Guterres']);
  });

  it('cuts a long passage around the match with ellipses at word boundaries', () => {
    const e = makeExcerpt(LONG, { terms: new Set(['turkey']), phrases: [], maxLength: 160 });
    expect(e.text.length).toBeLessThanOrEqual(162);
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.marks.map(([s, t]) => e.text.slice(s, t))).toEqual(['Turkey']);
    expect(e.text).toMatch(/^…[A-Z]/);
  });

  it('keeps a short passage whole', () => {
    const e = makeExcerpt('Short text about Bucha.', { terms: new Set(['bucha']), phrases: [], maxLength: 320 });
    expect(e.text).toBe('Short text about Bucha.');
  });

  it('matches phrases across quote styles', () => {
    expect(containsPhrase('a “desperate measure” to end', '"desperate measure"')).toBe(true);
    expect(containsPhrase('Russia’s military', "russia's military")).toBe(true);
  });
});
