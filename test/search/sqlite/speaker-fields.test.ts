/** The speakers field of a build's quoted paragraphs, remembered by the speakers' names. */
import { describe, expect, it } from 'vitest';
import { indexedField } from '../../../src/search/terms.ts';
import { SpeakerFields } from '../../../src/search/sqlite/write.ts';

describe('the speakers fields of a build', () => {
  it('gives the field indexedField gives and adds its terms to every vocabulary it is asked with', () => {
    const fields = new SpeakerFields();
    const names = ['Marta Quill-Oduya', 'Marta Quill-Oduya Tomas Brek', '', 'Marta Quill-Oduya', 'The Harbour Board'];
    for (const name of names) {
      const expected = new Set<string>();
      const vocabulary = new Set<string>(['ferry']);
      expect(fields.field(name, vocabulary)).toEqual(indexedField(name, expected));
      expect(vocabulary).toEqual(new Set(['ferry', ...expected]));
    }
  });
});
