import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name and kind given to the quotation that starts with `start`. */
function speakerOf(text: string, start: string): { name: string; kind: string } | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  return q?.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : undefined;
}

describe('gender agreement from the given name (round 9)', () => {
  it('never gives `she` to a man named with a male given name and no title, even when he is the latest subject', () => {
    const text =
      'Former anchor Gretchen Holloway sued the channel last year over remarks by its founder, Roger Pemberton.\n\n' +
      'Pemberton denied every claim in the suit. "It was a hostile place to work every single day," she said.';
    expect(speakerOf(text, 'It was a hostile')?.name).toBe('Gretchen Holloway');
  });

  it('never gives `he` to a woman named with a female given name and no title', () => {
    const text =
      'Dwight Calloway ran the depot for a decade before the mayor hired Colleen Marsh to replace him.\n\n' +
      'Marsh closed two warehouses in her first month. "Nobody asked the drivers what they needed," he said.';
    expect(speakerOf(text, 'Nobody asked the drivers')?.name).toBe('Dwight Calloway');
  });
});

describe('a surname that two people of the article share (round 9)', () => {
  it('gives a lone surname to the namesake the story is about, not to a relative named last in passing', () => {
    const text =
      'Nora Pell is ending her campaign for the Senate seat, her office said on Monday.\n\n' +
      'The daughter of former governor Walt Pell, in a statement released Monday, cited the cost of the race.\n\n' +
      '"This was the hardest decision of my working life," Pell said.';
    expect(speakerOf(text, 'This was the hardest')?.name).toBe('Nora Pell');
  });

  it('keeps the namesake who was the subject just before the surname', () => {
    const text =
      'The union secretary, Omar Qadir, called the attack a crime against worshippers.\n\n' +
      'City councillor Farid Qadir said more police would patrol the mosques.\n\n' +
      '"We need the money for it now," Qadir said.';
    expect(speakerOf(text, 'We need the money')?.name).toBe('Farid Qadir');
  });

  it('reads a lone word as the surname of a person before the first word of a longer name', () => {
    const text =
      'Alexander Hamilton wrote at length about how a president should be chosen.\n\n' +
      'Hamilton Electors, a group of state electors, met in the capital on Monday.\n\n' +
      '"The office will seldom fall to the lot of any man," Hamilton wrote.';
    expect(speakerOf(text, 'The office will seldom')?.name).toBe('Alexander Hamilton');
  });
});

describe('whoever follows `told` is the one told, never the speaker (round 9)', () => {
  it('gives no speaker rather than the newspaper a quotation was told to', () => {
    const text =
      'The party dropped its straw poll last year.\n\n' +
      '"It leaves the state right out of the race" in the spring, Ryan Lowell, a former state party chairman, told the paper.';
    expect(speakerOf(text, 'It leaves the state')?.name).not.toBe('the paper');
  });

  it('gives the quotation to the subject of `told`, not to the people told', () => {
    const text = 'Mayor Ines Varga did not name her rivals at the rally, but told her supporters, "our city is in real trouble."';
    expect(speakerOf(text, 'our city is in real trouble')?.name).toBe('Ines Varga');
  });

  it('does not reach across `who` to the sentence subject', () => {
    const text =
      'Senator Abel Dunn spoke at the fair on Friday.\n\n' +
      'He also recalled a talk with a campaign volunteer who told him: "We know how to run a fair."';
    expect(speakerOf(text, 'We know how to run')?.name).not.toBe('Abel Dunn');
  });
});

describe('a generation (`Jr.`) is never a surname (round 9)', () => {
  it('does not join two people whose names both end in `Jr.`', () => {
    const text =
      'Benjamin Earl King Jr. made a similar point in a 1966 sermon during which he said it would be "plainly dishonest" to blame the poor.\n\n' +
      'Amos Pratt Jr., a professor of history at Lakeside University, said the sermon "still reads as new" today.';
    expect(speakerOf(text, 'plainly dishonest')?.name).not.toBe('Amos Pratt Jr');
  });

  it('reads a lone surname as the person named with it and a generation', () => {
    const text =
      'Amos Pratt Jr., a professor of history at Lakeside University, studies the riots of 1967.\n\n' +
      '"The anger had been building for years," Pratt said.';
    expect(speakerOf(text, 'The anger had been')?.name).toBe('Amos Pratt Jr');
  });
});

describe('a relative, lawyer or spokesman of someone named speaks for them without being them (round 9)', () => {
  it('gives `the family of X` as the unnamed family, not X', () => {
    const text =
      'Jon Pell, 19, was charged on Monday.\n\n"We are heartbroken and we do not know him any more," the family of Jon Pell said.';
    expect(speakerOf(text, 'We are heartbroken')).toEqual({ name: 'the family of Jon Pell', kind: 'unnamed' });
  });

  it('gives the statement from the family of X to the family, not X', () => {
    const text =
      'Jon Pell, 19, was charged on Monday.\n\n"Our son was raised to love his neighbours," read the statement from the family of Jon Pell, the suspect.';
    expect(speakerOf(text, 'Our son was raised')?.name).toBe('the family of Jon Pell');
  });

  it('gives `the lawyer for X` the lawyer’s name when the article gives it in apposition', () => {
    const text =
      'Jon Pell, 19, was charged on Monday.\n\n"He will plead not guilty," said the lawyer for Jon Pell, Ann Roecker, on Friday.';
    expect(speakerOf(text, 'He will plead')?.name).toBe('Ann Roecker');
  });
});

describe('abstaining when the evidence is weak (round 9)', () => {
  it('gives no speaker to `he` when two people of unknown gender are nearly tied and neither is a subject', () => {
    const text =
      'Talks between the firms of Jem Brandt and of Ode Okafor, two rivals, ended on Monday without a deal.\n\n"We agreed on nothing at all," he said.';
    expect(speakerOf(text, 'We agreed on nothing')).toBeUndefined();
  });

  it('still answers when the nearest person is the clear subject', () => {
    const text = 'Jem Brandt met Ode Okafor in Lagos on Monday.\n\n"We agreed on nothing at all," he said.';
    expect(speakerOf(text, 'We agreed on nothing')?.name).toBe('Jem Brandt');
  });
});
