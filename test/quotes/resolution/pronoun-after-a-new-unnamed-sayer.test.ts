/**
 * A sentence that brings in an unnamed person who says something (`A physician said he …`, `Another
 * arrestee, a nurse, told us …`) stands between the person quoted or named before it and a later `he`:
 * the pronoun may be either, so it gets no speaker rather than the earlier person (`new-face.ts`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a pronoun after a sentence that brings in an unnamed sayer', () => {
  it('gives no speaker rather than the person quoted before (`"…," said Moore. A physician said he …`)', () => {
    const body =
      '"I was scared the whole night," said Dale Moore, who drove in from Tulsa. A physician said he had come to protest the clinic cuts. ' +
      'He works at the county hospital. "This city likes to think it is fair," he said.';
    expect(speaker(body, 'This city likes')).toBeUndefined();
  });

  it('nor after an appositive description of the new face (`Another arrestee, a nurse, told us`)', () => {
    const body =
      '"I kept thinking of my mother," said Dale Moore. Another arrestee, a nurse, told us he had marched every night that week. ' +
      '"We are tired of waiting," he said.';
    expect(speaker(body, 'We are tired')).toBeUndefined();
  });

  it('still gives the earlier person when a document, not a person, says something (`A report said he`)', () => {
    const body =
      '"I kept thinking of my mother," said Dale Moore. A police report said he had been held for six hours. ' +
      '"We are tired of waiting," he said.';
    expect(speaker(body, 'We are tired')).toBe('Dale Moore');
  });

  it('still gives a new face who is named to that name (`A neighbour, Jo Roe, said`)', () => {
    const body =
      '"I kept thinking of my mother," said Dale Moore. A neighbour, Carl Burke, said he had watched from his porch. ' +
      '"They came in fast," he said.';
    expect(speaker(body, 'They came in fast')).toBe('Carl Burke');
  });

  it('still gives the speaker a description inside his own reported words (`An owner who sells a team betrays its fans, he said`)', () => {
    const body =
      'Dale Moore, the coach, spoke after the game. An owner who sells a team betrays its fans, he said, "and I will never do that to this town."';
    expect(speaker(body, 'and I will never')).toBe('Dale Moore');
  });

  it('still gives the earlier person when the new face is of the other gender (`A city spokeswoman said` before `he`)', () => {
    const body =
      '"I kept thinking of my mother," said Dale Moore. A city spokeswoman said the charges would be dropped. ' +
      '"We are tired of waiting," he said.';
    expect(speaker(body, 'We are tired')).toBe('Dale Moore');
  });
});
