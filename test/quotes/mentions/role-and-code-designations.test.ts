/**
 * A person kept anonymous under a capitalised role noun and a code (`Juror C-12`, `Witness 4`, `Patient K`,
 * `Individual-2`) is a person named by that designation: `the juror` stands for `Juror C-12`, and the
 * designation speaks as a name. A given name before an initial (`Brian S. Moss`) and a lone letter opening a
 * title's next word (`the charity A Nurse A Day`) are no designations.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';
import { findCodedNames } from '../../../src/quotes/mentions/coded-names.ts';

describe('a role noun and a code as the name of a person', () => {
  it('resolves `the juror` to the juror designated by a code', () => {
    const body = 'Juror C-12 spoke to reporters on Monday about the verdict.\n\n"It was a hard week," the juror said.';
    expect(speaker(body, 'It was a hard')).toBe('Juror C-12');
  });

  it('gives the words to a designation after `said`, with a digit or a glued code', () => {
    expect(speaker('"I saw the van twice," said Witness 4.', 'I saw the van')).toBe('Witness 4');
    expect(speaker('Individual-2 wrote back within an hour: "Leave it with me."', 'Leave it')).toBe('Individual-2');
  });

  it('reads no designation in a given name before an initial, nor in a title', () => {
    const text = 'Brian S. Moss and Pastor D. Lee met the charity A Nurse A Day, then Patient K said so.';
    expect(findCodedNames(text, text.length).map((m) => m.words.join(' '))).toEqual(['Patient K']);
  });
});
