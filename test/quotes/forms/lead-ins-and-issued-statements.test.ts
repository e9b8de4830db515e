import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('speakers the cue finder missed (round 14)', () => {
  it('takes the subject of a sentence that applauds someone and reports their view for the quotation after it', () => {
    const text =
      'Tom Kent, the trust chairman, applauded the workers who stayed and said they deserve a raise.\n\n' +
      '"We owe them everything we have built here, and we will not forget it."';
    expect(speakerOf(text, 'We owe them')).toBe('Tom Kent');
  });

  it('reads a subject who commended something as a phrase as the speaker of that phrase', () => {
    const text = 'Harbour commissioner Jane Marlowe commended the vote as "a new start for the harbour."';
    expect(speakerOf(text, 'a new start')).toBe('Jane Marlowe');
  });

  it('reads `started` between two parts of one quotation as their cue', () => {
    const text =
      'Jane Marlowe addressed the town from the pier. "For decades," Marlowe started, "the harbour has been left to rot by every council."';
    expect(speakerOf(text, 'For decades')).toBe('Jane Marlowe');
  });

  it('does not read `started` before a quotation as a cue of saying', () => {
    const text = 'Marlowe said on radio that before the council starts "tearing down" the pier, the town should vote on it.';
    expect(speakerOf(text, 'tearing down')).not.toBe('the council');
  });

  it('takes the named author of a statement introduced by a colon, with title words after `from`', () => {
    const text =
      'The harbour board met on Friday. On Monday the council released this statement from harbour commissioner Jane Marlowe: "We met the families and we will pay for every repair."';
    expect(speakerOf(text, 'We met the families')).toBe('Jane Marlowe');
  });

  it('never reads a phrase of time opening the sentence as the speaker of a colon lead-in', () => {
    const text =
      'The harbour board met on Friday. On Monday the council released the minutes of the meeting: "We met the families and we will pay for every repair."';
    expect(speakerOf(text, 'We met the families')).not.toBe('On Monday');
  });

  it('gives the words of a note someone sent, quoted inside its content, to the sender', () => {
    const text =
      'Harbour chief Jane Marlowe sent a note to staff that said parts of the leaked plan "break our code of conduct and cross a line."';
    expect(speakerOf(text, 'break our code')).toBe('Jane Marlowe');
  });

  it('gives a quotation led in by a colon after a statement a body put out to that body', () => {
    const text =
      'On Sunday the Harbour Trust put out a statement condemning the attack and backing the mayor: "The mayor is a friend of this town, and we stand with her."';
    expect(speakerOf(text, 'The mayor is a friend')).toBe('Harbour Trust');
  });

  it('does not give a poll\u2019s findings to whoever released it through this rule when no statement is put out', () => {
    const text = 'The Harbour Trust released a survey on Monday. Most residents "want the pier rebuilt as it was."';
    expect(speakerOf(text, 'want the pier')).toBeUndefined();
  });

  it('gives words after `who argued that <subject>` to the person named before `who`, after `according to` too', () => {
    const text =
      'The harbour plan has been "a failure from the start," according to the Tribune\u2019s Jane Marlowe, who argued that Kent "never read the audit."';
    expect(speakerOf(text, 'never read the audit')).toBe('Jane Marlowe');
  });

  it('mentions only the name before `who warned that <subject>`, not the clause that names them', () => {
    const text = 'Reporters met Jane Marlowe, who warned that the council "will be sorry."';
    const q = extractQuotes(text).find((x) => x.text.startsWith('will be sorry'));
    expect(q?.speaker?.name).toBe('Jane Marlowe');
    expect(q?.mention?.text).toBe('Jane Marlowe');
  });

  it('does not read the subject of a passive of praise as the speaker of the words after it', () => {
    const text = 'The ruling was applauded by several harbour pilots, one of whom called it "long overdue."';
    expect(speakerOf(text, 'long overdue')).not.toBe('the ruling');
  });

  it('ends the sender of a note before a time phrase between the subject and the verb', () => {
    const text = 'Harbour chief Jane Marlowe on Friday sent a letter to the council that said the "emergency funds" will run out.';
    const q = extractQuotes(text).find((x) => x.text.startsWith('emergency funds'));
    expect(q?.speaker?.name).toBe('Jane Marlowe');
  });

  it('does not give a letter a paper published to the paper', () => {
    const text = 'The Harbour Tribune published a letter alleging that the mayor used the word "pirate" about the fishermen.';
    expect(speakerOf(text, 'pirate')).toBeUndefined();
  });

  it('reads the subject of a colon lead-in after two phrases of time and place', () => {
    const text =
      'In 2011, at a rare meeting of his council, Marlowe turned his old vow into a punchline: "Pier-ready was not as pier-ready as we hoped."';
    expect(speakerOf(text, 'Pier-ready was not')).toBe('Marlowe');
  });

  it('does not read a colon lead-in whose quotation stands before the verb', () => {
    const text = 'The "Harbour Watch" team turned the vow into a punchline: "Pier-ready was not as pier-ready as we hoped."';
    expect(speakerOf(text, 'Pier-ready was not')).toBeUndefined();
  });

  it('reads lower-case title words before the name in a colon lead-in', () => {
    const text = 'Acting harbour commissioner Lawrence O\'Hara struck a hard stance, saying: "We are in control, this is our harbour."';
    expect(speakerOf(text, 'We are in control')).toBe("Lawrence O'Hara");
  });

  it('gives the words after `with <title> <name> proclaiming:` to that name', () => {
    const text =
      'The Harbour Channel ran a long report on the row, with co-host Tom Kent proclaiming: "The mayor is back in the news once again."';
    expect(speakerOf(text, 'The mayor is back')).toBe('Tom Kent');
  });

  it('does not read a participle after a noun that opens the sentence as a cue', () => {
    const text = 'Waving signs proclaiming, "Pier for the People" and "No Sale," the protesters marched to the harbour.';
    expect(speakerOf(text, 'Pier for the People')).toBeUndefined();
  });

  it('reads the subject after a sentence adverb and its comma as the one who blamed something', () => {
    const text = 'Jane Marlowe spoke for an hour about the storm. Finally, Marlowe blamed "years of neglect by the county" for the damage.';
    expect(speakerOf(text, 'years of neglect')).toBe('Jane Marlowe');
  });

  it('reads the clause after a lead-in that holds a quotation of its own', () => {
    const text =
      'Harbour analyst Tom Kent wrote a note to clients on Monday. Despite some "short-term pain" for the port, Kent believes the deal could be a spur for "more trade with the islands over the next decade."';
    expect(speakerOf(text, 'more trade with')).toBe('Tom Kent');
  });

  it('does not read a clause as reported speech when the quotation stands in the clause itself', () => {
    const text =
      'Harbour analyst Tom Kent wrote a note to clients. The "new deal" board believes the pier could be a spur for "more trade."';
    expect(speakerOf(text, 'more trade')).not.toBe('Tom Kent');
  });

  it('reads two descriptions of one person joined by `and` after a quotation as its source', () => {
    const text =
      '"I have been warning all year that the harbour is run by fools," the Dover senator and Liberal leadership candidate said in a statement.';
    expect(speakerOf(text, 'I have been warning')).toBe('the Dover senator and Liberal leadership candidate');
  });

  it('reads a possessive description joined to a named one as that named person', () => {
    const text =
      'The Harbour Guild defended its members. "Our pilots have no political bias," the guild\u2019s president and chief executive Jane Marlowe said.';
    expect(speakerOf(text, 'Our pilots')).toBe('Jane Marlowe');
  });

  it('does not join two possessive descriptions that may be two people', () => {
    const text = '"The bill will harm our public debate," the guild\u2019s political director and senior counsel wrote in a letter.';
    expect(speakerOf(text, 'The bill will harm')).toBeUndefined();
  });

  it('gives the words after `Here\u2019s <name> in <time>:` to that name', () => {
    const text =
      'Jane Marlowe once took a different line. Here\u2019s Marlowe in March 1998: "Our harbour must rest on trade, not on tourists."';
    expect(speakerOf(text, 'Our harbour must')).toBe('Jane Marlowe');
  });

  it('gives the words after `From the report:` to the report', () => {
    const text = 'Not all harbour surveys are equal. From the report: "In general, surveys with larger samples gave more accurate counts."';
    expect(speakerOf(text, 'In general')).toBe('the report');
  });

  it('reads a description opened by `the`, then a name, before a colon as that name', () => {
    const text = 'The Dover harbour columnist Tom Kent went so far as to say: "The pier as we know it is over."';
    expect(speakerOf(text, 'The pier as we know')).toBe('Tom Kent');
  });

  it('reads a name followed by an appositive before a colon as the speaker', () => {
    const text = 'Analysts agreed. Tom Kent, harbour analyst at Dover Capital Markets, agreed: "They have a great pier and a large fleet."';
    expect(speakerOf(text, 'They have a great pier')).toBe('Tom Kent');
  });

  it('gives a quotation after a known person\u2019s act of speech and its object to that person', () => {
    const text = 'Jane Marlowe spoke in 2004. It was Marlowe\u2019s lyrical rejection of "a harbour of cynicism" that won the crowd.';
    expect(speakerOf(text, 'a harbour of cynicism')).toBe('Jane Marlowe');
  });

  it('keeps a known person\u2019s insistence that \u2026 as their words', () => {
    const text =
      'Jane Marlowe spoke in 2004. But despite Marlowe\u2019s insistence that the pier is "perfectly safe," the board closed it.';
    expect(speakerOf(text, 'perfectly safe')).toBe('Jane Marlowe');
  });

  it('does not read a capitalised act noun in a heading as someone\u2019s act of speech', () => {
    const text = 'Jane Marlowe spoke in 2004.\n\nMarlowe\u2019s Embrace of "Harbour Values"\n\nThe board met again in May.';
    expect(speakerOf(text, 'Harbour Values')).toBeUndefined();
  });

  it('reads `cracked` before or after a quotation as its cue', () => {
    const text = 'The debate ran late. "I am a builder, but a builder who gets things done," Jane Marlowe cracked.';
    expect(speakerOf(text, 'I am a builder')).toBe('Jane Marlowe');
    const before = 'During the first debate, Jane Marlowe cracked, "I am a builder, but a builder who gets things done."';
    expect(speakerOf(before, 'I am a builder')).toBe('Jane Marlowe');
  });

  it('does not read `cracked` followed by a word as a cue', () => {
    const text = 'The police cracked down on "unlicensed traders" at the harbour.';
    expect(speakerOf(text, 'unlicensed traders')).toBeUndefined();
  });

  it('does not give words after `<place>, which argued that <subject>` to the place', () => {
    const text =
      'Jane Marlowe led the suit for nine towns and the County of Dover, which argued that the rule lets owners "refuse service to anyone."';
    expect(speakerOf(text, 'refuse service')).toBeUndefined();
  });

  it('does not read a clause between commas after a plural subject as an appositive of a colon lead-in', () => {
    const text = 'Most Harbourfolk, when polled, would rather ban songs they dislike: "Free songs for me, but not for thee."';
    expect(speakerOf(text, 'Free songs')).toBeUndefined();
  });
});
