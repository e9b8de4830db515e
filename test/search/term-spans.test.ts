import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldTerms } from '../../src/search/sqlite/score.ts';
import { countTerms, termSpans } from '../../src/search/term-spans.ts';
import { wordSpans } from '../../src/search/text.ts';
import { processTerm } from '../../src/search/terms.ts';

/** `fieldTerms(text)` kept to the terms asked for. */
function expected(text: string, wanted: readonly string[]): Map<string, number> {
  const all = fieldTerms(text);
  return new Map(wanted.flatMap((t) => (all.has(t) ? [[t, all.get(t)!] as const] : [])));
}

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => a[0].localeCompare(b[0]));

describe('termSpans and countTerms', () => {
  it('counts whole words only, with possessives, hyphenated parts and apostrophes as the index analyses them', () => {
    const text = "The harbour's pilots met harbour-master Ines; harbourage fees rose, and the pilots' union didn't talk. HARBOUR";
    const wanted = ['harbour', 'harbour-master', 'master', 'pilots', "didn't", 'didn', 'the', 'fees', 'harbourage', 'union'];
    expect(sorted(countTerms(text, new Set(wanted)))).toEqual(sorted(expected(text, wanted)));
    expect(countTerms(text, new Set(['harbour'])).get('harbour')).toBe(3);
  });

  it('analyses a text with accented letters whole, so folded words still count', () => {
    const text = 'Les élèves de Kyïv et de Kyiv arrivèrent; Ångström wrote.';
    const wanted = ['kyiv', 'eleves', 'angstrom', 'arriverent'];
    expect(sorted(countTerms(text, new Set(wanted)))).toEqual(sorted(expected(text, wanted)));
    expect(countTerms(text, new Set(['kyiv'])).get('kyiv')).toBe(2);
  });

  it('gives the counts the whole-text analysis gives, for any text of words, joiners and marks', () => {
    const piece = fc.constantFrom('ab', 'a', 'b', 'Ab', "'", '’', '-', ' ', '--', "'s", '’s', '.', 'ab-b', '1', 'é', '"', 'the');
    const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
    const wanted = fc.array(fc.constantFrom('ab', 'a', 'b', 'ab-b', '1', 'b-b', "ab'b", 'ab’s', 'ab-b-1', 'eab'), { maxLength: 5 });
    fc.assert(
      fc.property(text, wanted, (t, w) => {
        expect(sorted(countTerms(t, new Set(w)))).toEqual(sorted(expected(t, w)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same words as the whole-text analysis', () => {
    const piece = fc.constantFrom('ab', 'a', 'B', "'", '’', '-', ' ', "'s", 'ab-b', '1', 'ö', '.');
    const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
    const wanted = fc.array(fc.constantFrom('ab', 'a', 'b', 'ab-b', '1', 'ab-b-1'), { maxLength: 4 }).map((w) => new Set<string>(w));
    fc.assert(
      fc.property(text, wanted, (t, w) => {
        const whole = wordSpans(t).filter((s) => (processTerm(s.word) ?? []).some((x) => w.has(x)));
        expect(termSpans(t, w).map((s) => [s.start, s.end])).toEqual(whole.map((s) => [s.start, s.end]));
      }),
      { numRuns: 2000 },
    );
  });
  it('counts many wanted terms at once (a prefix and its typos) as the whole-text analysis does', () => {
    const piece = fc.constantFrom(
      'elect',
      'election',
      'elections',
      'ions',
      'Ejection',
      '-',
      "'",
      '’s',
      ' ',
      '.',
      '(',
      ')',
      'e',
      'on',
      'tion-s',
      '2',
    );
    const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
    const pool = [
      'elect',
      'election',
      'elections',
      'ejection',
      'ions',
      'on',
      'e',
      'tion-s',
      's',
      'election-s',
      '(e)',
      'e.',
      'ns',
      '2',
      'on-2',
      '',
    ];
    const wanted = fc.array(fc.constantFrom(...pool), { maxLength: 12 });
    fc.assert(
      fc.property(text, wanted, (t, w) => {
        expect(sorted(countTerms(t, new Set(w)))).toEqual(sorted(expected(t, w)));
        const whole = wordSpans(t).filter((s) => (processTerm(s.word) ?? []).some((x) => new Set(w).has(x)));
        expect(termSpans(t, new Set(w)).map((s) => [s.start, s.end])).toEqual(whole.map((s) => [s.start, s.end]));
      }),
      { numRuns: 2000 },
    );
  });
  it('finds the words the whole-text analysis finds in texts with letters, digits and marks outside ASCII', () => {
    const piece = fc.constantFrom(
      'ab',
      'Ky',
      'ï',
      'v',
      'é',
      'e\u0301',
      '\u0301',
      '𝐀',
      'İ',
      'Σ',
      'σ',
      '٣',
      'ß',
      '’',
      "'",
      '-',
      ' ',
      '’s',
      '“',
      '.',
      'A',
      '1',
    );
    const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
    const pool = ['ab', 'kyiv', 'ky', 'v', 'e', 'a', 'ab-e', 'σ', 'ς', 'ss', 'ß', 'abß', '٣', '1', 'a1', 'ab’s', 'i', 'e-v'];
    const wanted = fc.array(fc.constantFrom(...pool), { maxLength: 8 });
    fc.assert(
      fc.property(text, wanted, (t, w) => {
        const set = new Set(w);
        expect(sorted(countTerms(t, set))).toEqual(sorted(expected(t, w)));
        const whole = wordSpans(t).filter((s) => (processTerm(s.word) ?? []).some((x) => set.has(x)));
        expect(termSpans(t, set).map((s) => [s.start, s.end])).toEqual(whole.map((s) => [s.start, s.end]));
      }),
      { numRuns: 3000 },
    );
  });
});
