/**
 * `they` for a plural description of people that was the subject of the sentence before it. Our own
 * sentences, in the shapes of the tuning sets' misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('a `they` after a sentence whose subject is a plural description of people', () => {
  it('is the group the description names, its qualifier and aside included (`The lawyers for the families …, however, have said … They argued`)', () => {
    const body =
      'The ferry lawsuit dragged on. The lawyers for the families suing the port, however, have said the port misled the town. ' +
      'They argued in court papers that the public has a right to know "whether this was a deal to hide the facts." A hearing is set for May.';
    expect(speakerStarting(body, 'whether this')).toMatchObject({ name: 'the lawyers for the families suing the port', kind: 'unnamed' });
  });

  it('is the group when the qualifier ends at the verb with no comma (`The nurses at the county hospital walked out`)', () => {
    const body =
      'The nurses at the county hospital walked out on Monday after Dr. Ana Ruiz spoke. They said "the wards have been understaffed for a year." ' +
      'The hospital disagreed.';
    expect(speakerStarting(body, 'the wards')).toMatchObject({ name: 'the nurses at the county hospital', kind: 'unnamed' });
  });

  it('is nobody when the sentence before opens with a name, not a description', () => {
    const body = 'The nurses met on Monday. Dr. Ana Ruiz and Dr. Lee Park joined them later. They said "the wards need more staff." Nothing changed.';
    expect(speakerStarting(body, 'the wards')?.name ?? '').not.toMatch(/nurses/);
  });
});
