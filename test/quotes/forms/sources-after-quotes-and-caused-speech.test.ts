import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

const LEAD = 'The harbour board met on Monday. ';

describe('attribution forms the cue finder missed (round 15)', () => {
  it('reads a titled name with an initial and a long appositive after the quotation', () => {
    const text = `${LEAD}"The pier must close," Rep. Jane K. Marlowe, a Dover Democrat who chairs the Ports and Harbours Safety subcommittee, said at the meeting.`;
    expect(speakerOf(text, 'The pier must close')).toBe('Jane K Marlowe');
  });

  it('reads a military rank of two abbreviations before the name', () => {
    const text = `${LEAD}"The fleet will stay in port," Brig. Gen. Tomas Varga, the navy's chief spokesman, said in a statement.`;
    expect(speakerOf(text, 'The fleet will stay')).toBe('Tomas Varga');
  });

  it("reads past a lawmaker's party and state before the description and an adverb", () => {
    const text = `${LEAD}"I do not believe a word of it," Sen. Ada Brook, D-Md., a member of the ports committee, flatly told the harbour master.`;
    expect(speakerOf(text, 'I do not believe')).toBe('Ada Brook');
  });

  it('reads an unnamed source qualified by where they work', () => {
    const text = `${LEAD}"The inspectors never came back," one officer in the Dover harbour office said.`;
    expect(speakerOf(text, 'The inspectors never')).toBe('one officer in the Dover harbour office');
  });

  it('reads an unnamed source with a relative clause, and keeps it for the quotation that goes on', () => {
    const text = `${LEAD}"This is a clear case of neglect," a harbour inspector who has checked piers and sea walls for years said of the report. "We see it every winter."`;
    expect(speakerOf(text, 'This is a clear case')).toBe('a harbour inspector');
    expect(speakerOf(text, 'We see it every winter')).toBe('a harbour inspector');
  });

  it('does not read the object of the cue as the source of the quotation', () => {
    const text = `${LEAD}"Sit down," the judge told the man who had shouted.`;
    expect(speakerOf(text, 'Sit down')).toBe('the judge');
  });

  it('does not take a description whose qualifier holds its own clause', () => {
    const text = `${LEAD}"It will be fine," the rumours that spread on the docks and the papers said.`;
    expect(speakerOf(text, 'It will be fine')).toBeUndefined();
  });
});

describe('descriptions before a name after the quotation (round 15)', () => {
  it('takes the name apposed to a possessive description with an abbreviated rank', () => {
    const text = `${LEAD}"We did everything to keep the crews safe," Dover's harbour security chief, Lt. Col. A.J. Brennan, told reporters.`;
    expect(speakerOf(text, 'We did everything')).toBe('A J Brennan');
  });

  it('never takes a name inside the relative clause of an unnamed source', () => {
    const text = `${LEAD}"This is how the plan failed," a council aide who has read the letters from harbour chief Jane Marlowe told the paper.`;
    expect(speakerOf(text, 'This is how the plan')).not.toBe('Jane Marlowe');
  });
});

describe('a cue in the sentence after a quotation (round 15)', () => {
  it('does not take a negated cue of the next sentence, and lets the quotation go on with its speaker', () => {
    const text = `${LEAD}"We send the list every night," a front-desk worker told the paper. "Every morning at six, we push a button and it goes out." Marlowe didn't respond to a question about the list.`;
    expect(speakerOf(text, 'Every morning at six')).toBe('a front-desk worker');
  });

  it('leaves a cue that leads into the next quotation to that quotation, not the one before', () => {
    const text = `${LEAD}In the handbook, Dr. Ada Brook writes "At the start, two cells join to make a new one." Similarly, Dr. Tom Kent, a teacher, once wrote, "Life begins then."`;
    expect(speakerOf(text, 'At the start')).toBe('Ada Brook');
    expect(speakerOf(text, 'Life begins then')).toBe('Tom Kent');
  });
});

describe('a subject and a verb of manner after a quotation (round 15)', () => {
  it('reads any past verb after a name right after a quotation that ends with a comma', () => {
    const text = `${LEAD}"The pier is safer than my kitchen," Marlowe cracked with a grin.`;
    expect(speakerOf(text, 'The pier is safer')).toBe('Marlowe');
  });

  it('reads `bragged` as a verb of saying', () => {
    const text = `${LEAD}"We fixed every pier in a year," harbour chief Jane Marlowe bragged.`;
    expect(speakerOf(text, 'We fixed every pier')).toBe('Jane Marlowe');
  });

  it('does not read a past verb that is no way of saying', () => {
    const text = `${LEAD}"Save the pier," Marlowe wanted to print on the posters.`;
    expect(speakerOf(text, 'Save the pier')).toBeUndefined();
  });
});

describe('a year between the subject and its cue (round 15)', () => {
  it('reads the name before `in 2010 said` as the speaker, not the year', () => {
    const text = `${LEAD}Jane Marlowe in 2010 said the harbour was handed a "beating."`;
    expect(speakerOf(text, 'beating')).toBe('Jane Marlowe');
  });

  it('keeps an earlier partial quotation with its own subject when a second clause names another', () => {
    const text = `${LEAD}Tom Kent described the losses in 2006 as "a drubbing" and Jane Marlowe in 2010 said the town was handed a "beating."`;
    expect(speakerOf(text, 'a drubbing')).toBe('Tom Kent');
  });
});

describe('the subject of a participle after lead-ins and title words (round 15)', () => {
  it('reads past a lead-in of time opened by an adverb of degree', () => {
    const text = `${LEAD}Right before the vote this week, Marlowe repeated the offer, tweeting, "We will pay for every repair."`;
    expect(speakerOf(text, 'We will pay')).toBe('Marlowe');
  });

  it('takes the name after title words, not the modifier before them', () => {
    const text = `${LEAD}Shortly after the vote, Dover Radio host Ada Brook made an on-air statement, saying that "we do not share these views."`;
    expect(speakerOf(text, 'we do not share')).toBe('Ada Brook');
  });

  it('never takes the first word of a lead-in as the speaker', () => {
    const text = `${LEAD}Right before the vote, the harbour repeated the offer, saying "We will pay for every repair."`;
    expect(speakerOf(text, 'We will pay')).not.toBe('Right');
  });
});

describe('a relative clause of saying with words around its verb (round 15)', () => {
  it('reads past an adverb and whom it was told', () => {
    const text = `${LEAD}He phoned Jane Marlowe, who confidently told reporters, "We know how to run a harbour."`;
    expect(speakerOf(text, 'We know how')).toBe('Jane Marlowe');
  });

  it('reads past an aside of `according to` and where it was written', () => {
    const text = `${LEAD}The praise irked Tom Kent, who according to the Valley Courier wrote on Facebook, "What part of the harbour did they build?"`;
    expect(speakerOf(text, 'What part of the harbour')).toBe('Tom Kent');
  });

  it('does not read a clause that goes on after whom it was told', () => {
    const text = `${LEAD}The praise irked Tom Kent, who told him the council had been "a joke."`;
    expect(speakerOf(text, 'a joke')).not.toBe('the council');
  });
});

describe('an according-to aside inside the sentence (round 15)', () => {
  it('gives the quotation to the source named after `according to`, not to the first word of the sentence', () => {
    const text = `${LEAD}A grey pier, according to Marlowe, is the kind of place "where nobody goes after dark and nobody is safe."`;
    expect(speakerOf(text, 'where nobody goes')).toBe('Marlowe');
  });

  it('keeps the speaker of `said` for the quotation that goes on after `, according to` a paper', () => {
    const text = `${LEAD}"The pier is closed," Marlowe said, according to the Valley Courier. "Nobody may walk on it."`;
    expect(speakerOf(text, 'Nobody may walk')).toBe('Marlowe');
  });
});

describe('someone made to speak by a causing verb (round 15)', () => {
  it('gives the words to the object of `prompted … to suggest`', () => {
    const text = `${LEAD}The vote prompted Tom Kent to glibly suggest that "the council should rename itself the pier club."`;
    expect(speakerOf(text, 'the council should rename')).toBe('Tom Kent');
  });

  it('gives the words to the object of `leaving … to ask`', () => {
    const text = `${LEAD}Few hands went up, leaving Tom Kent to awkwardly ask, "Why are the other hands not up?"`;
    expect(speakerOf(text, 'Why are the other hands')).toBe('Tom Kent');
  });

  it('leaves the words of `urged … to say` with whoever urged', () => {
    const text = `${LEAD}Jane Marlowe urged Tom Kent to say "sorry" to the town.`;
    expect(speakerOf(text, 'sorry')).not.toBe('Tom Kent');
  });
});

describe('verbs of describing and an adverb of manner before them (round 15)', () => {
  it('reads `celebrated … as` and `portrayed … as` as giving the subject’s words', () => {
    const text = `${LEAD}In a press release, Speaker Jane Marlowe celebrated the law as "a step forward for the harbour." Tom Kent portrayed it as "a gift to developers."`;
    expect(speakerOf(text, 'a step forward')).toBe('Jane Marlowe');
    expect(speakerOf(text, 'a gift to developers')).toBe('Tom Kent');
  });

  it('reads past an adverb of manner before the verb, not into the subject', () => {
    const text = `${LEAD}Tom Kent predictably blamed "our open harbour rules" for the fire.`;
    expect(speakerOf(text, 'our open harbour rules')).toBe('Tom Kent');
  });

  it('never reads a passive with an adverb as the subject speaking', () => {
    const text = `${LEAD}The parade plan was widely criticised, with one veterans' group calling it "a strongman's show."`;
    expect(speakerOf(text, "a strongman's show")).not.toBe('The parade plan');
  });
});

describe('a roundup voice led in by `from` and a colon (round 15)', () => {
  it('gives the quotation to the person named after `And from`', () => {
    const text = `${LEAD}"I don't get it," one trustee said. And from pastor Ada Brook, a Dover Republican running for council: "There is a set amount of money, and a set amount of piers."`;
    expect(speakerOf(text, 'There is a set amount')).toBe('Ada Brook');
  });

  it('names nobody after `from` and a place', () => {
    const text = `${LEAD}"I don't get it," one trustee said. And from New York: "There is a set amount of money, and a set amount of piers."`;
    expect(speakerOf(text, 'There is a set amount')).not.toBe('New York');
  });
});
