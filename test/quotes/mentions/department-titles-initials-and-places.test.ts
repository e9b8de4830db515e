import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name and kind given to the quotation that starts with `start`. */
function speakerOf(text: string, start: string): { name: string; kind: string } | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  return q?.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : undefined;
}

describe("a department's name between a title's `of` and a person's name (round 13)", () => {
  it('reads `Secretary of the Treasury` as a title, not as the first word of the name', () => {
    const text = 'Secretary of the Treasury Ronald Pitt said the deal was close. "We are nearly there," Pitt said.';
    expect(speakerOf(text, 'We are nearly there')?.name).toBe('Ronald Pitt');
  });

  it('ends the department at the given name before an initial', () => {
    const text = 'Former Secretary of Agriculture Jonas P. Weller wrote in 1940 that "the soil is the nation."';
    expect(speakerOf(text, 'the soil is the nation')?.name).toBe('Jonas P Weller');
  });

  it('keeps two words after a department whose given name is unknown', () => {
    const text = 'Secretary of Homeland Security Kirstjen Nielsen said "the border is secure."';
    expect(speakerOf(text, 'the border is secure')?.name).toBe('Kirstjen Nielsen');
  });

  it('reads a place and a title heading `of State` as a description, and names the person after it', () => {
    const text = 'US Secretary of State Marla Quince said on Tuesday: "The talks are over."';
    expect(speakerOf(text, 'The talks are over')?.name).toBe('Marla Quince');
  });

  it('leaves a body of two words after `the CEO of` whole', () => {
    const text = 'Sales rose. "Prices will fall next year," said the CEO of Open Sides, a website that compares headlines.';
    expect(speakerOf(text, 'Prices will fall')?.name).not.toBe('Sides');
  });
});

describe('initials written without spaces and a generation after a name (round 13)', () => {
  it('reads initials without spaces as part of the name after a cue', () => {
    const text =
      'The party must change course. "It is not too late for reform," declares R.J. Hollis, a contributor to the Ledger. ' +
      '"If the senator cares about the party, he will step aside."';
    expect(speakerOf(text, 'It is not too late')?.name).toBe('R J Hollis');
  });

  it('keeps `U.S.` before lower-case words out of any name', () => {
    const text = 'U.S. officials met on Monday. "We are ready," said Dara Quill, a spokeswoman.';
    expect(speakerOf(text, 'We are ready')?.name).toBe('Dara Quill');
  });

  it('reads the name before `Jr.` and an appositive as the subject of `said`', () => {
    const text =
      '"A strike is the voice of the unheard," said Lane. "And I say it again tonight." ' +
      'Walter Dunmore Jr., a professor of public policy at Ohio State University, said police behavior "seems to be the main cause" of riots.';
    expect(speakerOf(text, 'seems to be the main cause')?.name).toBe('Walter Dunmore Jr');
  });
});

describe("a page's word opening a body's name (round 13)", () => {
  it('keeps `Live` in `Live Action` rather than reading it as a label before a name', () => {
    const text = 'The campaign group Live Action has many followers. "We were banned without warning," Live Action said in a post.';
    expect(speakerOf(text, 'We were banned')?.name).toBe('Live Action');
  });
});

describe('places written like two-word names (round 13)', () => {
  it('reads a name opening with `San` as a place, never a speaker', () => {
    const text = 'Officials in San Bernardino said the roads were shut. "Stay home," San Bernardino said.';
    expect(speakerOf(text, 'Stay home')).toBeUndefined();
  });

  it('reads a name written before a state (`Ann Arbor, Mich.`) as a place, though it opens with a given name', () => {
    const text =
      'Dana Cole was born in Ann Arbor, Mich., and grew up there. Police in Ann Arbor said "the roads are shut." "We will reopen," she said.';
    expect(speakerOf(text, 'We will reopen')?.name).toBe('Dana Cole');
  });

  it('keeps a person whose name a party and a state follow', () => {
    const text = 'Rep. Jo Roe, R-Calif., said "we will win." Jo Roe, Texas Republican, was not asked.';
    expect(speakerOf(text, 'we will win')?.name).toBe('Jo Roe');
  });
});

describe('guards found on the unlabelled sample (round 13)', () => {
  it("keeps a newspaper named after a city with a place's first word a speaker", () => {
    const text = 'The ruling was appealed. "The vendor was protected from liability," the Las Vegas Ledger-Journal reported.';
    expect(speakerOf(text, 'The vendor was protected')?.kind).not.toBe(undefined);
  });
});
