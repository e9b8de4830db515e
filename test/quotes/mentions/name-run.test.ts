import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_RUN, nameRunEnd } from '../../../src/quotes/mentions/name-run.ts';

const byExpression = (text: string, i: number): number => {
  NAME_RUN.lastIndex = i;
  const m = NAME_RUN.exec(text);
  return m ? i + m[0].length : -1;
};

/** Pieces of names and what stands around them: capitals of several scripts, titles, particles, joiners, astral letters. */
const piece = fc.constantFrom(
  ...['Mr', 'Mrs', 'Sgt', 'Maj', 'Dr', 'St', 'J', 'É', 'Ж', 'Ǆ', 'Abdel', 'Fattah', 'Sisi', "O'Neill", 'Smith-Jones', 'Leyen'],
  ...['de ', 'della ', 'von ', 'der ', 'al-', 'ash-', 'as-', 'abu-', 'el-', 'la', 'van'],
  ...[' ', '.', ',', '-', '’', "'", '‑', 'x', 'é', '\u0301', '3', '\n', '\u{1D400}', '\u{1F600}', '\ud800', '\u00a0'],
);
const texts = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('name runs scanned by code unit', () => {
  it('finds titled names, initials and particles as one run', () => {
    const text = 'Russian President Vladimir Putin and Ursula von der Leyen met Donald J. Trump with Abdel Fattah el-Sisi.';
    expect(text.slice(0, nameRunEnd(text, 0))).toBe('Russian President Vladimir Putin');
    expect(text.slice(37, nameRunEnd(text, 37))).toBe('Ursula von der Leyen');
    expect(text.slice(62, nameRunEnd(text, 62))).toBe('Donald J. Trump');
    expect(text.slice(83, nameRunEnd(text, 83))).toBe('Abdel Fattah el-Sisi');
    expect(nameRunEnd(text, 33)).toBe(-1);
  });

  it('ends where the regular expression ends, at every position of any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let i = 0; i <= text.length; i++) expect(nameRunEnd(text, i)).toBe(byExpression(text, i));
      }),
      { numRuns: 2000 },
    );
  });
});
