/**
 * Round 12: speakers that came back as a description or a title instead of the person the article
 * names, and fragments (a date) taken for a speaker. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a party member described by state', () => {
  it('is the person just named, not the party (`the Ohio Republican added`)', () => {
    const body =
      'Voters had waited weeks for a ruling. "The wall is about to fall," Sen. Jo Roe wrote on her website. ' +
      '"We are going to find out who knew what," added the Ohio Republican, who has long criticized the agency.';
    expect(speakerOf(body, 'We are going to find')).toMatchObject({ name: 'Jo Roe', kind: 'person' });
  });

  it('is the person named before a `former` description too', () => {
    const body =
      'In his first interview since retiring, former Sen. Tom Hale said the budget was a fantasy. ' +
      '"We cannot afford it," the former Idaho Republican tells the Ledger.';
    expect(speakerOf(body, 'We cannot afford')).toMatchObject({ name: 'Tom Hale', kind: 'person' });
  });

  it('is the person the text ties to that state, not a salient person of another state', () => {
    const body =
      'Sen. Pat Doyle (R-Kan.) joined the call. Sen. Ted Marsh, R-Texas, spoke next. "We will wait," the Kansas Republican said.';
    expect(speakerOf(body, 'We will wait')?.name).toBe('Pat Doyle');
    const before = 'Kentucky Sen. Ann Booth met Ohio Rep. Tom Hale on Friday. Hale left early. "It is over," the Kentucky Republican said.';
    expect(speakerOf(before, 'It is over')?.name).toBe('Ann Booth');
  });

  it('is the person just named for an age or a rank (`said the 61-year-old Republican`, `the No. 3 Senate Republican`)', () => {
    const age = 'Sam Ortiz, a bus driver, said he is not worried. "People keep crossing over to eat," said the 61-year-old Republican.';
    expect(speakerOf(age, 'People keep')?.name).toBe('Sam Ortiz');
    const rank =
      '"I would hope so," Sen. Jo Roe (R-S.D.) responded. "I think it will pass this summer," the No. 3 Senate Republican told reporters.';
    expect(speakerOf(rank, 'I think it will')?.name).toBe('Jo Roe');
  });

  it('is the person tied to that state before a salient one tied to none (`Sen. Jo Roe (R-Ohio)` … `Sam Cole` … `the Ohio Republican`)', () => {
    const body = 'Sen. Jo Roe (R-Ohio) introduced the bill. Sam Cole spoke after her. "It is dead," the Ohio Republican said.';
    expect(speakerOf(body, 'It is dead')?.name).toBe('Jo Roe');
  });

  it('stays a description for `the other Republican`, `the lone Republican`, one `said of` the person, or two people tied to nothing', () => {
    const other = 'Sen. Tom Reed, a Republican, spoke first. "I disagree with him," the other Republican said.';
    expect(speakerOf(other, 'I disagree')?.name).not.toBe('Tom Reed');
    const lone = 'Tom Reed chaired the hearing on Monday. "We object to this bill," the lone Republican said.';
    expect(speakerOf(lone, 'We object')?.name).not.toBe('Tom Reed');
    const of = 'Tom Reed defended the plan. "He is wrong," the Texas Republican said of Reed.';
    expect(speakerOf(of, 'He is wrong')?.name).not.toBe('Tom Reed');
    const two = 'Mary Hill met Tom Reed. "It is dead," the Michigan Republican said.';
    expect(speakerOf(two, 'It is dead')?.name).not.toBe('Mary Hill');
  });

  it('is the person of that state tied to that party, never one of that state tied to another (`Gov. Jo Roe of Ohio`, `(D-Ohio)`)', () => {
    const lead = 'Sen. Ned Farley (R-Utah) criticized ';
    for (const other of [
      'Gov. Lisa Crane of Utah',
      'Utah Gov. Lisa Crane',
      'Democratic Gov. Lisa Crane of Utah',
      'Gov. Lisa Crane (D-Utah)',
    ])
      expect(speakerOf(`${lead}${other} on Friday. "The deal is off," the Utah Republican said.`, 'The deal is off')?.name).toBe(
        'Ned Farley',
      );
  });

  it('stays a description when two people of that state remain, tied to that party or to none', () => {
    const both = 'Sen. Ned Farley (R-Utah) spoke first. Sen. Lisa Crane (R-Utah) answered. "The deal is off," the Utah Republican said.';
    expect(speakerOf(both, 'The deal is off')?.name).toBe('the Utah Republican');
    const none = 'Ned Farley of Utah met Lisa Crane of Utah on Friday. "The deal is off," the Utah Republican said.';
    expect(speakerOf(none, 'The deal is off')?.name).toBe('the Utah Republican');
  });

  it('stays a description when it speaks `of` the person before a sentence end, after a title or of their plan', () => {
    const lead = 'Sen. Ned Farley, R-Utah, filed the bill. ';
    for (const tail of [
      'said of Farley. The vote is Friday.',
      'said of Farley.',
      'said of Sen. Farley, who wrote it.',
      'said of Farley’s bill.',
    ])
      expect(speakerOf(`${lead}"It will fail," the Utah Republican ${tail}`, 'It will fail')?.name).not.toBe('Ned Farley');
  });

  it('stays a description when the only person named belongs to another state', () => {
    const body = 'Sen. Ted Marsh, R-Texas, spoke first. "We will wait," the Kansas Republican said.';
    expect(speakerOf(body, 'We will wait')).toMatchObject({ name: 'the Kansas Republican', kind: 'unnamed' });
  });
});

describe('a name in apposition with a description', () => {
  it('is never a name before `, the department said,` or another body (`the paper reported`)', () => {
    for (const said of ['the department said', 'the government argued', 'the paper reported']) {
      const body = `Jo Roe, ${said}, "was never an employee of this office."`;
      expect(speakerOf(body, 'was never')?.name).not.toBe('Jo Roe');
    }
  });

  it('is the speaker of `Name, the envoy to …, who called it a "…"`', () => {
    const body =
      'They point to the TV appearances of Maya Tran, the U.S. envoy to the talks, who called the raid a "spontaneous riot" rather than an attack.';
    expect(speakerOf(body, 'spontaneous riot')?.name).toBe('Maya Tran');
  });

  it('is the speaker of `Their lawyer, Name of the Body, said`', () => {
    const body =
      'The suit was brought by two tenants. Their lawyer, Dror Maas of the Civil Rights Union, said, "The ruling is a victory for every family."';
    expect(speakerOf(body, 'The ruling is')?.name).toBe('Dror Maas');
  });

  it('is the speaker of `," one study author, Name of the University, said`, but not of a new sentence opened by `One …`', () => {
    const after = '"The benefit is clear," one study author, Lena Voss of Lake State University, said in a statement.';
    expect(speakerOf(after, 'The benefit is clear')?.name).toBe('Lena Voss');
    const next = 'The crowd kept chanting "Not our mayor!" One resident, Omar Diallo, told reporters the vote was rigged.';
    expect(speakerOf(next, 'Not our mayor')?.name).not.toBe('Omar Diallo');
  });

  it('is the name after the cue and the description (`said the panel’s top Republican, Rep. Name of Ohio.`)', () => {
    const body = 'Republicans objected. "Everything is a race for a headline," said the panel\'s top Republican, Rep. Jo Roe of Ohio.';
    expect(speakerOf(body, 'Everything is a race')?.name).toBe('Jo Roe');
  });

  it('is the name after a chain of titles with a capitalised modifier (`said Democratic strategist and CNN contributor Name`)', () => {
    const body =
      'Both parties disagree. "I doubt the attacks will hurt her," said Democratic strategist and CNN contributor Jo Roe, who advised two governors.';
    expect(speakerOf(body, 'I doubt the attacks')?.name).toBe('Jo Roe');
  });
});

describe('a chain of appositives before `, said`', () => {
  it('is headed by the name (`Name, 73, a retiree from …, said`), for the quotation after it too', () => {
    const body =
      '"It is no big deal," Ned Pardo, 73, a retiree from the town of Elm Valley, said on Monday. "They should look at something else."';
    expect(speakerOf(body, 'They should look')?.name).toBe('Ned Pardo');
  });

  it('skips a lead-in of time before the name (`On Monday, Name, the head of …, said`)', () => {
    const body = 'On Monday, Rafi Haddad, the head of the Coastal Workers Party, said the port would "stay shut" for now.';
    expect(speakerOf(body, 'stay shut')?.name).toBe('Rafi Haddad');
  });

  it('drops the titles before the name (`her rival, Democratic Rep. Name, said`)', () => {
    const body = 'She backed the bill, but when her rival, Democratic Rep. Bo Lindqvist, said it "would ban every clinic," she balked.';
    expect(speakerOf(body, 'would ban every')?.name).toBe('Bo Lindqvist');
  });

  it('is the name before a description of where someone works (`as Name, a senior editor at Outlet put it`)', () => {
    const body = 'Or, as Dana Lisk, a senior editor at Lakeview Review put it recently, it would be like "bringing a spoon to a duel."';
    expect(speakerOf(body, 'bringing a spoon')?.name).toBe('Dana Lisk');
  });

  it('is the name before a body’s possessive and a title (`Name, Lakeview Bank’s chief analyst wrote`)', () => {
    const body = '"Margins have grown by a fifth," Dora Klee, Lakeview Bank\'s chief equity analyst wrote in a note to clients.';
    expect(speakerOf(body, 'Margins have grown')?.name).toBe('Dora Klee');
  });

  it('never reads a verb and its object as a description (`echoed the view of Senator Name, who tweeted`)', () => {
    const body =
      'Many, including senators Al Ruiz and Ted Marsh, echoed the view of Colorado Senator Cory Gage, who tweeted: "We must call this by its name."';
    expect(speakerOf(body, 'We must call')?.name).not.toBe('Ted Marsh');
  });
});

describe('a date between the subject and the cue', () => {
  it('is never the speaker (`anchor Name on March 27 calling it "…"`)', () => {
    const body = 'Networks piled on, with NBC anchor Cecilia Vance on March 27 calling it proof of "growing anger" over the cuts.';
    expect(speakerOf(body, 'growing anger')?.name).toBe('Cecilia Vance');
  });
});

describe('descriptions read whole', () => {
  it('keeps a participle after a determiner as an adjective (`The retired senator says`)', () => {
    const body = '"It is over," Tom Hale adds. The retired senator says he plans to teach."I wanted a quieter life, far from the floor."';
    expect(speakerOf(body, 'I wanted a quieter')?.name).toBe('Tom Hale');
  });

  it('reads `and` inside a show’s name before a title (`said the Fox and Friends co-host Name`)', () => {
    const body = 'The show aired Monday. "Many people would say he saved it," said the Fox and Friends co-host Ann Earl, who cried.';
    expect(speakerOf(body, 'Many people would')?.name).toBe('Ann Earl');
  });
});
