/**
 * A `he`/`she` after the quotation of an unnamed person continues that person when no one it may stand for
 * is named in the prose between: a body (`the Ridgeway Security Units`) or a person of the other gender does not
 * break the chain (agreement); a person of its gender does, and so does a bare surname that people of both
 * genders share.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

const lead = 'By Ines Carvalho\n\nThe strikers recorded a statement outside the shuttered mill.\n\n';
const video =
  lead +
  '"We stayed at the gates only because of the lockout," said one veteran welder in a grey cap.\n\n' +
  'In the recording, he warned that the crews would picket the Ridgeway Security Units, which he called "thieves."\n\n' +
  '"We will be here until the spring," he said, waving at the gates.';

describe('a pronoun continuing an unnamed speaker past names it cannot stand for', () => {
  it('continues the unnamed speaker past the name of a body (`the Ridgeway Security Units`)', () => {
    expect(speaker(video, 'We will be here')).toBe('one veteran welder');
  });

  it('continues the unnamed speaker past a woman named between, for `he`', () => {
    const body = video.replace('picket the Ridgeway Security Units', 'find Maria Castell');
    expect(speaker(body, 'We will be here')).toBe('one veteran welder');
  });

  it('does not continue the unnamed speaker past a man named between, for `he`', () => {
    const body = video.replace('picket the Ridgeway Security Units', 'find Pedro Castell');
    expect(speaker(body, 'We will be here')).not.toBe('one veteran welder');
  });

  it('does not continue the unnamed speaker past a surname that a man and a woman of the article share', () => {
    const body = video
      .replace('The strikers recorded', 'Maria Castell and her brother Pedro Castell watched as the strikers recorded')
      .replace('picket the Ridgeway Security Units', 'find Castell');
    expect(speaker(body, 'We will be here')).not.toBe('one veteran welder');
  });
});
