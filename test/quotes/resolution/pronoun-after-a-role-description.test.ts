/**
 * A `he`/`she` after a sentence whose subject is a definite description (`The president accused …`)
 * of someone the article gave that role. Our own sentences, in the shapes of the tuning misses.
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('a pronoun after a sentence whose subject is a description of someone the article gave that role', () => {
  it('is that person, not the object of the description’s verb (`The president accused Jo Roe … He demanded`)', () => {
    const body =
      'Board auditor Paul Vance said Thursday that he will step aside from the count while his race with President Dale Corbin is ' +
      'undecided. Vance entered the day with a lead of 40 votes, and his lead had dropped to 12 by Thursday night. The president ' +
      'publicly accused Vance, the board’s top auditor, of giving staff advice "at odds with the bylaws." He demanded in a letter to ' +
      'Vance that Vance stop advising staff.';
    expect(speakerStarting(body, 'at odds')).toMatchObject({ name: 'Dale Corbin', kind: 'person' });
  });

  it('is someone named as a subject after the description (`The president met Vance. Vance then … He said`)', () => {
    const body =
      'President Dale Corbin met the board on Tuesday. The president met Paul Vance on Thursday. Vance then left the room. ' +
      'He said the bylaws were "clear enough for anyone." Nothing else happened.';
    expect(speakerStarting(body, 'clear enough')).toMatchObject({ name: 'Paul Vance', kind: 'person' });
  });

  it('is the holder the text is about when two people hold the role (`President Corbin` and `Russian president Ivanov`)', () => {
    const body =
      'President Dale Corbin spoke to the host, Mia Lund, for an hour on Sunday.\n\n"I get along with him fine," Corbin told Lund when ' +
      'asked about the talks. "That is just how I talk."\n\nWhat did he say about Russian president Ivanov?\n\nThe president pushed back ' +
      'when Lund asked him why he never criticises Ivanov.\n\n"I think I am very tough with him in person," he told Lund. "We had a very tough meeting."';
    expect(speakerStarting(body, 'I think I')).toMatchObject({ name: 'Dale Corbin', kind: 'person' });
  });
});
