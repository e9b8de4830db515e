/** The build's field analyser (the workers' half of a SQLite write) on tables that outgrow their first size. */
import { describe, expect, it } from 'vitest';
import { FieldAnalyser, indexedField } from '../../../src/search/terms.ts';

describe('the field analyser of a build', () => {
  it('gives the fields `indexedField` gives once its spellings fill more characters than its first table holds', () => {
    const analyser = new FieldAnalyser();
    // About 1.6 M characters of distinct long spellings, some hyphenated, some stop words among them.
    const words = Array.from({ length: 60_000 }, (_, i) => `harbourmaster${i.toString(36)}-pier${i % 7} the Quay’s`);
    const all = new Set<string>();
    for (let at = 0; at < words.length; at += 5_000) {
      const text = words.slice(at, at + 5_000).join(', ');
      expect(analyser.field(text)).toEqual(indexedField(text, all));
    }
    expect(analyser.field('harbourmaster0-pier0 and HARBOURMASTER0-PIER0')).toEqual(
      indexedField('harbourmaster0-pier0 and HARBOURMASTER0-PIER0'),
    );
    expect(new Set(analyser.takeNew())).toEqual(all);
  });
});
