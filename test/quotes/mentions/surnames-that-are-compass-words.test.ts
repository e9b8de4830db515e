/** A surname that is also a compass or body word (`West`, `North`, `Fox`, `Court`) after a given name: a person the article can refer back to. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { findNameMentions } from '../../../src/quotes/mentions/names.ts';
import { splitParagraphs } from '../../../src/quotes/finding/paragraphs.ts';

const names = (text: string) => findNameMentions(text, splitParagraphs(text)).map((m) => m.words.join(' '));

describe('a given name before West, North, Fox or Court', () => {
  it('is a person’s name', () => {
    expect(names('The plan was drafted by Carla West and Oliver North, with Liam Fox and Rita Court.')).toEqual([
      'Carla West',
      'Oliver North',
      'Liam Fox',
      'Rita Court',
    ]);
  });

  it('is the person a later `she` stands for', () => {
    const text = '"The ferry runs late every day," said Carla West, a planner at the harbour.\n\nBut, she added: "Nobody has asked why."';
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Carla West', 'Carla West']);
  });

  it('stays a place or a body without a given name: `the West Bank`, `Fox News`', () => {
    expect(names('Crews reached the West Bank before Fox News did.')).toEqual(['Crews']);
  });

  it('stays a place after a given name that is also a place: `Chelsea Fox`, `Lincoln West`', () => {
    expect(names('The parade went from Victoria Court to Chelsea Fox and back to Lincoln West.')).toEqual([]);
  });
});
