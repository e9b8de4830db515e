import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsPhrase, findMarks, makeExcerpt } from '../../src/search/excerpt.ts';
import { fold, foldPhrase } from '../../src/text/fold.ts';

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

/** The definition the phrase marks follow: each character folded as a phrase on its own, whitespace runs as one space. */
function foldEachCharacter(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    let f = /\s/.test(ch) ? ' ' : foldPhrase(ch) || (/\p{M}/u.test(ch) ? '' : fold(ch));
    if (f === ' ' && lastSpace) f = '';
    lastSpace = f === ' ';
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
  }
  return { folded, map };
}

describe('phrase marks', () => {
  it('mark every occurrence of a phrase as folding each character of the text would find it', () => {
    const pieces = [
      'we',
      'We',
      'WÉ',
      'will',
      'wíll',
      'not',
      'NOT',
      ' ',
      '  ',
      '\u00a0',
      '\n',
      '“',
      '”',
      '’',
      "'",
      '"',
      'ﬁ',
      'é',
      'e\u0301',
      '—',
      '.',
      'x',
      '😀',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.constantFrom('we will not', '"we will', "we'll", 'fi e'),
        (words, phrase) => {
          const text = words.join('');
          const { folded, map } = foldEachCharacter(text);
          const needle = foldPhrase(phrase);
          const expected: Array<[number, number]> = [];
          for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length))
            expected.push([map[at] ?? 0, (map[at + needle.length - 1] ?? 0) + 1]);
          const merged: Array<[number, number]> = [];
          for (const m of expected.sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
            const last = merged[merged.length - 1];
            if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
            else merged.push([m[0], m[1]]);
          }
          expect(findMarks(text, { terms: new Set(), phrases: [phrase] })).toEqual(merged);
        },
      ),
      { numRuns: 300 },
    );
  });
});
