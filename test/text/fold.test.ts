import { describe, expect, it } from 'vitest';
import { fold, foldName, foldPhrase } from '../../src/text/fold.ts';

describe('fold', () => {
  it('lower-cases and strips accents, and nothing else', () => {
    expect(fold('António Guterres')).toBe('antonio guterres');
    expect(fold('ZÜRICH  Ŝtato')).toBe('zurich  stato');
    expect(fold('“Crème” ’s')).toBe('“creme” ’s');
  });

  it('folds compatibility forms', () => {
    expect(fold('ﬁnal ²')).toBe('final 2');
  });
});

describe('foldName', () => {
  it('folds, straightens the typographic apostrophe and collapses spaces', () => {
    expect(foldName('  Seán  O’Brien ')).toBe("sean o'brien");
    expect(foldName("Seán O'Brien")).toBe(foldName('SEAN O’BRIEN'));
  });
});

describe('foldPhrase', () => {
  it('folds, straightens every quote-like mark and collapses spaces', () => {
    expect(foldPhrase('  “We  will NOT,” she said ')).toBe('"we will not," she said');
    expect(foldPhrase('„Die Zeit“ and ‘the era’')).toBe('"die zeit" and \'the era\'');
  });

  it('folds a double prime as two single marks, as NFKD decomposes it', () => {
    expect(foldPhrase('12″')).toBe("12''");
  });
});
