import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('a pronoun speaker is the salient subject of the last sentences (round 14)', () => {
  it('gives "he said" to the sayer of the last sentence, not to a subject inside what he said', () => {
    const text =
      'Voters here are split on the new road.\n\n' +
      'Peter Halvorsen, a historian at the University of Leeds, said Mr. Grant has the money and the volunteers while Mr. Dorsey has the momentum from the polls. ' +
      '"It is possible for the mayor to lose this ward and still win," he said.';
    expect(speakerOf(text, 'It is possible for the mayor')).toBe('Peter Halvorsen');
  });

  it('keeps the subject of the main clause after an opening clause in which someone else said something', () => {
    const text =
      'Voters here are split.\n\n' +
      'While party elders like Barr said the issue could hurt the candidate, Evans said he is not worried because he can answer the two questions on voters\' minds. "The concern is twofold," he said.';
    expect(speakerOf(text, 'The concern is twofold')).toBe('Evans');
  });

  it('passes over a subject of the pronoun\u2019s own sentence whose gender clashes, to the subject before it', () => {
    const text =
      'Sarah Whitlock, a lecturer, said people are tired of the fighting. "Nobody listens any more," she said.\n\n' +
      'Tal Brandt, a retired nurse, voted for the first time in years.\n\n' +
      'Brandt hoped Senator Tom Ruskin, expected to lead the group next year, would work with the other side.\n\n' +
      'Gary Olsen, the current leader, "never moved a single bill," she said.';
    expect(speakerOf(text, 'never moved a single bill')).toBe('Tal Brandt');
  });

  it('does not count the quotation between a subject and its pronoun towards the reach', () => {
    const text =
      'Speaking on Friday, union President Alice Norden said local branches would now turn their attention to the spring elections. "We will be ready for them," Norden said. "Every branch has a plan."\n\n' +
      'Norden said the vote had been close. "It could have gone either way," Norden said.\n\n' +
      'Several members facing challengers did not respond to calls for comment.\n\n' +
      'Maria Kessler, whose two children were in city schools when she joined the long strike last month, pledged that come spring, she would remember whose side the members were on. "Some of our demands were met, and that is a step forward, but what I feel good about today is that there is a vote in spring where many of these members will lose their seats, and we will be there to see it happen, every one of us," she said.';
    expect(speakerOf(text, 'Some of our demands')).toBe('Maria Kessler');
  });

  it('reads the name after a title with "of" as the subject of its sentence', () => {
    const text =
      'President Carl Denning said the deal was the worst he had seen, and he attacked it again on Friday.\n\n' +
      'But Secretary of Commerce Dale Whitcombe was cautious about a new agreement.\n\n' +
      '"What we are setting out here is a path to fix this deal," he said.';
    expect(speakerOf(text, 'What we are setting out')).toBe('Dale Whitcombe');
  });

  it('reads a name before "did" as the subject of its sentence', () => {
    const text =
      'Lee Marsh and Tal Keel released their plan on Monday. Marsh has promised lower rates.\n\n' +
      'A new advert attacks the plan. It then shows clips from the morning shows, when Marsh and Keel were pressed on which credits they would end. On the Sunday programme, however, Keel did not name any of them. "It is not which credits exist, but who gets them," he said.';
    expect(speakerOf(text, 'It is not which credits')).toBe('Tal Keel');
  });

  it('reads "said city resident Jo Roe" as Roe speaking, with two descriptive words between', () => {
    const text =
      'On Saturday, Premier Tal Okonjo said the grid would be repaired within weeks. "We are bringing in new turbines," Okonjo said.\n\n' +
      'Outages have become common since the revolution against Karim Bashir, said town resident Omar Haddad Saleh. He said power was out for a day last week. ' +
      '"You cannot charge a phone, you cannot run a fridge," he said.';
    expect(speakerOf(text, 'You cannot charge')).toBe('Omar Haddad Saleh');
  });
});

describe('a lone surname two people of the article share (round 14)', () => {
  it('is the namesake the article named first, not the relative named after', () => {
    const text =
      'The auditor, Paul Garner, was looking into the use of city cars by Mayor Dan Ferraro and his wife, Julia Ferraro, according to a report released on Tuesday.\n\n' +
      'In his report, Garner said he had warned the council twice. Ferraro has called the inquiry a political attack. "This is part of the attacks on my family," he told reporters on Friday.';
    expect(speakerOf(text, 'This is part of the attacks')).toBe('Dan Ferraro');
  });
});
