/**
 * `they` for a plural description of people, `it` for a new body, that was the subject of the sentence before. Our own
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
    const body =
      'The nurses met on Monday. Dr. Ana Ruiz and Dr. Lee Park joined them later. They said "the wards need more staff." Nothing changed.';
    expect(speakerStarting(body, 'the wards')?.name ?? '').not.toMatch(/nurses/);
  });
});

describe('an `it` after a sentence whose subject is a new body (`A coalition of … disputed`)', () => {
  it('is that body, not the person whose words it disputed', () => {
    const body =
      'Tariffs rose again on Monday, President Ray Dunn said. A coalition of U.S. farm groups representing growers, ranchers and dairies ' +
      'sharply disputed Dunn’s claim. “For a year, farmers have paid the full cost of this fight,” it said. Markets fell.';
    expect(speakerStarting(body, 'For a year')).toMatchObject({ name: 'a coalition of U.S. farm groups', kind: 'unnamed' });
  });

  it('is left to the body named before when the description is definite (`The company …`)', () => {
    const body = 'Tariffs rose again on Monday. The company, however, said it would not raise prices. “We will absorb the cost,” it said.';
    expect(speakerStarting(body, 'We will absorb')?.name).not.toBe('the company');
  });
});
