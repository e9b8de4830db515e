/**
 * Round 21: `the head of the Ohio Department of Public Health told …`: two capitalised words after a
 * body's own `of` (`Department of`, `Ministry of`, `Office of`) with no given name among them are the
 * body's name, never a person called `Public Health`; after a title's `of` (`Secretary of`) the run
 * is read as before.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe("a department's two-word name after `Department of`", () => {
  it('gives the words to the description, not to the two words of the name', () => {
    const body =
      'Dr. Mara Vint kept her children home all spring. And dinner parties? ' +
      '"Not this year, maybe not next," the head of the Ohio Department of Public Health told the Gazette in an interview. ' +
      'A walk outside? "Yes, with a mask on," she said.';
    expect(speaker(body, 'Not this year')).toBe('the head of the Ohio Department of Public Health');
    expect(speaker(body, 'Yes, with a mask')).not.toBe('Public Health');
  });

  it('still reads a given name after a title and `of` as a person', () => {
    const body = 'Secretary of Public Works Dana Rusk said on Friday that "the bridge will reopen in May."';
    expect(speaker(body, 'the bridge will')).toBe('Dana Rusk');
  });
});
