/**
 * Round 13 (helper `none`): quotations left with no speaker, and partial quotations inside reported
 * speech given to a phrase that is not the speaker. Our own sentences, in the shapes met in news.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a partial quotation in the clause an outer verb of saying reports', () => {
  it('is the outer sayer’s when the clause’s subject is the sayer’s own people (`X said their aides describe "…"`)', () => {
    const body =
      'The inquiry has run for a year. In an interview on Monday, Dana Whitfield said her colleagues describe "a mountain of paperwork" in the files.';
    expect(speakerOf(body, 'a mountain')).toMatchObject({ name: 'Dana Whitfield', kind: 'person' });
  });

  it('is the outer sayer’s when the clause’s subject is no speaker (`The league said today the choice of A and B shows …`)', () => {
    const body =
      'The Center for Fair Fishing and Boating (CFFB) said today the hiring of Reed and Moss reveals that Governor Hale is committed to naming "proven managers" to his cabinet.';
    expect(speakerOf(body, 'proven managers')?.name).toMatch(/Center for Fair Fishing and Boating/);
  });

  it('is the statement’s issuer’s when it goes on with the clause’s predicate (`noting that Roe has denied it "and is eager …"`)', () => {
    const body =
      'Officials met on Tuesday. Press aide Lena Marsh later issued a short statement, noting that Tom Hale has denied the claim "and wants to clear his name in court." Hale did not comment.';
    expect(speakerOf(body, 'and wants to clear')).toMatchObject({ name: 'Lena Marsh', kind: 'person' });
  });

  it('stays with the clause’s subject when that subject is a person (`said the woman asked … "…"`)', () => {
    const body = 'Officers said the tired woman had asked her sister to take the boys so she could "find her feet again."';
    expect(speakerOf(body, 'find her feet')).toMatchObject({ name: 'the tired woman', kind: 'unnamed' });
  });
});

describe('a sentence opening on someone’s view', () => {
  it('gives its quotation to the owner of the view (`In his view, the likeliest reason is that the agency "…"`)', () => {
    const body =
      'Sam Brody, a tax lawyer in Denver, noted that it was rare for an audit to begin this way. In his view, the likeliest reason would be that the agency "wanted to make an example of somebody."';
    expect(speakerOf(body, 'wanted to make')).toMatchObject({ name: 'Sam Brody', kind: 'person' });
  });
});

describe('a document as the speaker', () => {
  it('is the document a participle of saying follows (`a threatening note warning residents …: "…"`)', () => {
    const body =
      'A search of local papers turned up several reports that mentioned a threatening note warning tenants to leave the block: "This fire was only the start. We will come back."';
    expect(speakerOf(body, 'This fire was')?.name).toBe('a threatening note');
  });

  it('is a report whose qualifier runs to four words (`a report on the city’s police department found "…"`)', () => {
    const body = 'But a state audit of the county’s water office found "a long record of missed inspections."';
    expect(speakerOf(body, 'a long record')?.name).toMatch(/^a state audit/);
  });
});

describe('verbs of judging', () => {
  it('read `ridiculed … as "…"` as the subject’s words', () => {
    const body = 'Gov. Ann Rudd, at the opening of the session, ridiculed the plan as "a fairy tale for accountants."';
    expect(speakerOf(body, 'a fairy tale')).toMatchObject({ name: 'Ann Rudd', kind: 'person' });
  });
});

describe('a gerund after `by`', () => {
  it('has the clause’s subject as speaker (`X began by promising "…"`)', () => {
    const body = 'Mayor Lena Ortiz opened the meeting on Monday. Ortiz began by promising "a cleaner river by next summer" to the crowd.';
    expect(speakerOf(body, 'a cleaner river')).toMatchObject({ name: 'Lena Ortiz', kind: 'person' });
  });

  it('is not the subject’s words when it passes on another’s (`by citing the nominee’s use of the term "…"`)', () => {
    const body =
      'Sen. Ann Rudd questioned the nominee on Monday. She began by citing Tom Hale’s use of the term "cold warrior" in an essay.';
    expect(speakerOf(body, 'cold warrior')).toBeUndefined();
  });
});

describe('an `according to` aside earlier in the sentence', () => {
  it('gives the partial quotation to the aside’s source when nothing else says who speaks (`flew (according to the Ledger) with "…"`)', () => {
    const body = 'Flight logs show Tom Hale flew there twice (according to the Ledger) with "a broker who police believe ran the scheme."';
    expect(speakerOf(body, 'a broker who')?.name).toMatch(/Ledger/);
  });
});

describe('a name opening with an Arabic article (`al-Haddad`)', () => {
  it('is a subject whose verb of exhorting takes the partial quotation', () => {
    const body =
      'Omar al-Haddad leads the cell. In the nine-minute clip, al-Haddad praises the attackers, and urges followers around the globe to "strike at the heart of the enemy."';
    expect(speakerOf(body, 'strike at the heart')).toMatchObject({ name: 'Omar al-Haddad', kind: 'person' });
  });
});

describe('a relative clause of saying right before the quotation', () => {
  it('has the name before `, which` as speaker (`a statement by the Holy See, which said "…"`)', () => {
    const body =
      'The meeting was described as friendly in a statement by the Harbor Trust, which said "real progress was made" on the new pier.';
    expect(speakerOf(body, 'real progress')?.name).toMatch(/Harbor Trust/);
  });

  it('is not a name that is another phrase’s object (`spokesman for the Fund, who added that "…"`)', () => {
    const body = '"We are not done," said Ted Marsh, spokesman for the River Valley Citizens Fund, who added that "more wins are coming."';
    expect(speakerOf(body, 'more wins')).toMatchObject({ name: 'Ted Marsh', kind: 'person' });
  });
});

describe('an `as` clause with a description for subject', () => {
  it('gives the quotation to the description (`"…," as a 2014 court ruling noted`)', () => {
    const body = 'A warrant is the big gun of searches, allowing agents "to tap every phone in the house," as a 2014 court ruling noted.';
    expect(speakerOf(body, 'to tap every phone')?.name).toBe('a 2014 court ruling');
  });
});

describe('a passive verb of judging with its agent before `as`', () => {
  it('gives the quotation to the agent (`a move later denounced by a federal judge as "…"`)', () => {
    const body = 'Agents seized the phone records, a move later denounced by a federal judge as "almost Orwellian."';
    expect(speakerOf(body, 'almost Orwellian')?.name).toBe('a federal judge');
  });
});

describe('a cue read as `said <phrase>` right before the quotation', () => {
  it('gives the quotation to who said it when the phrase is the clause’s subject (`X …, said the speech hit "…"`)', () => {
    const body =
      'The debate ran late. Ann Rudd, who has clashed with the board and had her "guest pass" pulled in May, said the speech hit "all the right notes."';
    expect(speakerOf(body, 'all the right notes')).toMatchObject({ name: 'Ann Rudd', kind: 'person' });
  });

  it('does so after a pronoun subject too (`…, said he supported "…"`)', () => {
    const body =
      'Tom Hale talked policy at the fair. He railed on Reed for backing the mayor, said he supported "tax hikes" for renters and left early.';
    expect(speakerOf(body, 'tax hikes')).toMatchObject({ name: 'Tom Hale', kind: 'person' });
  });
});
