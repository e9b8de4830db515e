/**
 * A `he`/`she` after the quotation of an unnamed person continues that person when no one it may stand for
 * is named in the prose between: a body (`the Harbor Defence Units`) or a person of the other gender does not
 * break the chain (agreement); a person of its gender does, and so does a bare surname that people of both
 * genders share.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

const lead = 'By Tomas Reyno\n\nThe rebels filmed a message from the ruined port.\n\n';
const video =
  lead +
  '"We left the port only because of the shelling," said one masked gunman with a southern accent.\n\n' +
  'In the message, he promised to return and drive out the Harbor Defence Units, which he called "cowards."\n\n' +
  '"We will come back before winter," he said, pointing at the harbor.';

describe('a pronoun continuing an unnamed speaker past names it cannot stand for', () => {
  it('continues the unnamed speaker past the name of a body (`the Harbor Defence Units`)', () => {
    expect(speaker(video, 'We will come back')).toBe('one masked gunman');
  });

  it('continues the unnamed speaker past a woman named between, for `he`', () => {
    const body = video.replace('drive out the Harbor Defence Units', 'find Maria Castell');
    expect(speaker(body, 'We will come back')).toBe('one masked gunman');
  });

  it('does not continue the unnamed speaker past a man named between, for `he`', () => {
    const body = video.replace('drive out the Harbor Defence Units', 'find Pedro Castell');
    expect(speaker(body, 'We will come back')).not.toBe('one masked gunman');
  });

  it('does not continue the unnamed speaker past a surname that a man and a woman of the article share', () => {
    const body = video
      .replace('The rebels filmed', 'Maria Castell and her brother Pedro Castell watched as the rebels filmed')
      .replace('drive out the Harbor Defence Units', 'find Castell');
    expect(speaker(body, 'We will come back')).not.toBe('one masked gunman');
  });
});
