import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldAnalyser, indexedField } from '../../src/search/terms.ts';

/** Pieces words are made of, and what lies between them: joiners, marks, other scripts, astral letters and emoji, lone surrogates. */
const PIECES = [
  'the',
  'Minister',
  'plan',
  'COVID',
  '19',
  'pro',
  'growth',
  'Ségolène',
  'Œuvre',
  'straße',
  'İstanbul',
  'Київ',
  '東京',
  'x',
  '𝒜lpha',
  '𐐀',
  '😀',
  '\uD800',
  '\uDC00',
  '-',
  "'",
  '’',
  '’s',
  "'s",
  '--',
  ' ',
  '  ',
  '\u00a0',
  ',',
  '.',
  '“',
  '”',
  '"',
  '—',
  '²',
  'ﬁ',
  'e\u0301',
  '\u0301',
  '٣',
  '_',
];

describe('the build-time field analyser', () => {
  it('gives every field the terms and distinct count `indexedField` gives it, and each new term once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), { maxLength: 12 }), (fields) => {
        const analyser = new FieldAnalyser();
        const reported = new Set<string>();
        const all = new Set<string>();
        for (const pieces of fields) {
          const text = pieces.join('');
          expect(analyser.field(text)).toEqual(indexedField(text, all));
          for (const term of analyser.takeNew()) {
            expect(reported.has(term)).toBe(false);
            reported.add(term);
          }
        }
        expect(reported).toEqual(all);
      }),
      { numRuns: 400 },
    );
  });

  it('counts a term once in a field whatever spellings give it, and again in the next field', () => {
    const analyser = new FieldAnalyser();
    expect(analyser.field('Vole’s vole VOLE vole-mouse vole')).toEqual({ text: 'vole vole vole vole-mouse vole mouse vole', distinct: 3 });
    expect(analyser.field('vole VOLE')).toEqual({ text: 'vole vole', distinct: 1 });
    expect(analyser.field('mouse vole-mouse')).toEqual({ text: 'mouse vole-mouse vole mouse', distinct: 3 });
  });

  it('gives the fields `indexedField` gives once its tables and text buffers have grown, with terms outside Latin-1', () => {
    const analyser = new FieldAnalyser();
    const all = new Set<string>();
    // 80,000 spellings of three terms each: past the first sizes of the spelling table, of the run of
    // characters and ids, of the per-term counts and (fields of 2,000 words) of the text buffers.
    for (let f = 0; f < 40; f++) {
      const text = Array.from({ length: 2_000 }, (_, i) => `Bär${(f * 2_000 + i).toString(36)}-Ліс${i % 9}`).join(' ');
      expect(analyser.field(text)).toEqual(indexedField(text, all));
    }
    expect(analyser.takeNew()).toHaveLength(all.size);
    expect(analyser.field('bär0-ліс0 BÄR0')).toEqual({ text: 'bar0-ліс0 bar0 ліс0 bar0', distinct: 3 });
  });

  it('finds a spelling again after its table has grown past many others', () => {
    const analyser = new FieldAnalyser();
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36)}`);
    const all = new Set<string>();
    expect(analyser.field(words.join(' '))).toEqual(indexedField(words.join(' '), all));
    expect(analyser.field('w0 wzzzz w0 the W0')).toEqual({ text: 'w0 wzzzz w0 w0', distinct: 2 });
    expect(analyser.takeNew()).toHaveLength(all.size + 1);
  });
});
