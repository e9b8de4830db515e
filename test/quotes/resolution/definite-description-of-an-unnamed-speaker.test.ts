/**
 * A definite description with a broader head (`the official`, `the man`, `the source`) taking up the
 * unnamed person who spoke last under a narrower one (`a French naval attaché`). Our own sentences,
 * in the shapes of the tuning misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

const attache =
  'Lawyers in Geneva expect a long fight. A French naval attaché told the Gazette on Monday that the claim is "far stronger than it looks." ' +
  'The hearing is set for June.\n\n"If the court takes the case, nobody will be able to ignore the findings," the official, who asked ' +
  'not to be named, said.\n\n"Nobody expects the talks to resume," the official added.';

describe('a definite description whose head is broader than the unnamed speaker’s before it', () => {
  it('is that speaker (`the official` after `a French naval attaché`)', () => {
    expect(speakerStarting(attache, 'If the court takes')).toMatchObject({ name: 'a French naval attaché', kind: 'unnamed' });
    expect(speakerStarting(attache, 'Nobody expects the talks')).toMatchObject({ name: 'a French naval attaché', kind: 'unnamed' });
  });

  it('is not that speaker when a named person spoke in between', () => {
    const body = attache.replace(
      'The hearing is set for June.',
      'Paris has not commented. "We will answer in court," said Anne Leclerc, the foreign minister.',
    );
    expect(speakerStarting(body, 'If the court takes')).toEqual({ name: 'the official', key: 'the official', kind: 'unnamed' });
  });

  it('is not that speaker when the nearer sentence has another source: a definite one, or one of the same head', () => {
    const definite =
      'A former Acme engineer sued the firm in May. That matters less now, said the consultant close to the board. ' +
      '"Nobody will remember the suit," the source said.';
    expect(speakerStarting(definite, 'Nobody will remember')).toEqual({ name: 'the source', key: 'the source', kind: 'unnamed' });
    const sameHead =
      '"The plan is dead," a senior aide said. Later a congressional source told the Gazette that the vote was close. ' +
      'According to the source, the result was "a surprise to everyone."';
    // (Not the aide: the source itself, unnamed; `a congressional source` is not read as a description's subject.)
    expect(speakerStarting(sameHead, 'a surprise to everyone')).toEqual({ name: 'the source', key: 'the source', kind: 'unnamed' });
  });

  it('is the indefinite subject of the same head, read past a modifier that is a head (`A Republican source`)', () => {
    const text =
      'Talks resumed on Friday. A Republican source familiar with the meeting said the mood was calm. ' +
      '"Nobody raised their voice," the source said.';
    expect(speakerStarting(text, 'Nobody raised')).toMatchObject({ name: 'a Republican source', kind: 'unnamed' });
  });

  it('is not the last speaker when the sentence between has a source of its own (`the leaker denied …`)', () => {
    const text =
      '"You must work for the city," replied a reader. Without naming anyone, the leaker denied the post was false. ' +
      '"I just know," the person wrote.';
    expect(speakerStarting(text, 'I just know')).toEqual({ name: 'the person', key: 'the person', kind: 'unnamed' });
  });

  it('is not a speaker of the other sex (`the man` after `a spokeswoman`) nor a document (`the letter`)', () => {
    const woman =
      'The ward was closed for a week. "We were never told why," a spokeswoman for the clinic said.\n\n"Nothing has changed," the man said.';
    expect(speakerStarting(woman, 'Nothing has changed')).toEqual({ name: 'the man', key: 'the man', kind: 'unnamed' });
    const letter = 'The ward was closed. "We regret the delay," a letter to patients said.\n\n"Nothing has changed," the official said.';
    expect(speakerStarting(letter, 'Nothing has changed')).toEqual({ name: 'the official', key: 'the official', kind: 'unnamed' });
  });
});

describe('a broad definite description after a sentence about someone who did not speak', () => {
  const cases: [string, string, string, string][] = [
    ['the subject of another verb', 'A prison officer fired at a bear near the campsite.', 'It charged at the tents', 'the official'],
    ['the subject of a passive', 'A diplomat was ordered out of the country on Friday.', 'He was passing on files', 'the official'],
    ['the subject of an intransitive verb', 'A worker drowned after the dyke broke.', 'Nobody checked the pumps', 'the person'],
    ['the subject of a passive', 'A student was injured in the fire.', 'The alarms never rang', 'the source'],
    [
      'the subject of a verb whose sentence has another sayer',
      'A bus driver hit a jogger on the bridge, the police said.',
      'The lamps were broken',
      'the person',
    ],
  ];
  for (const [shape, sentence, start, description] of cases) {
    it(`is that description itself, someone new (\`${description}\` after ${shape})`, () => {
      const text = `Crews worked through the night. ${sentence} "${start} for weeks," ${description} said.`;
      expect(speakerStarting(text, start)).toEqual({ name: description, key: description, kind: 'unnamed' });
    });
  }

  it('is not the subject of a passive even under the same noun (`An official was dismissed …` / `the official`)', () => {
    const text = 'The agency is in turmoil. An official was dismissed on Monday.\n\n"Morale has never been lower," the official said.';
    expect(speakerStarting(text, 'Morale has never')).toEqual({ name: 'the official', key: 'the official', kind: 'unnamed' });
  });

  it('is not a private party’s spokesman for `the official`: the official, someone new', () => {
    const text =
      '"We want the truth," a spokesman for the household said.\n\n"The council knew about the wall for months," the official said.';
    expect(speakerStarting(text, 'The council knew')).toEqual({ name: 'the official', key: 'the official', kind: 'unnamed' });
  });

  it('is still an indefinite description of the same noun whatever its verb (`A Treasury official amended …` / `the official`)', () => {
    const text =
      'The rule changed twice. A Treasury official amended the notice on Friday.\n\n"Nothing in it affects pensions," the official said.';
    expect(speakerStarting(text, 'Nothing in it')).toMatchObject({ name: 'a Treasury official', kind: 'unnamed' });
  });

  it('is still an indefinite description that said something, read past a phrase (`A customs attaché stationed in the region told …`)', () => {
    const text =
      'The dispute is old. A customs attaché stationed in the region told reporters the claim was sound.\n\n' +
      '"It would not survive a hearing," the official said.';
    expect(speakerStarting(text, 'It would not survive')).toMatchObject({ name: 'a customs attaché', kind: 'unnamed' });
  });

  it('is still an indefinite description that said something, read past an adjective phrase or a day', () => {
    const active =
      'The bill reached the governor. A Republican pollster active in county races said it would not matter much. ' +
      '"Nobody will vote on this," the person said.';
    expect(speakerStarting(active, 'Nobody will vote')).toMatchObject({ name: 'a Republican pollster', kind: 'unnamed' });
    const day =
      'The bill reached the governor. A senior House Democratic aide on Tuesday confirmed that talks would resume. ' +
      '"We expect a deal within days," the source said.';
    expect(speakerStarting(day, 'We expect a deal')).toMatchObject({ name: 'a senior House Democratic aide', kind: 'unnamed' });
  });

  it('is still an indefinite description that said something before (`A harbour patrol officer said …`)', () => {
    const text =
      'Two swimmers were pulled from the bay. A harbour patrol officer said they had drifted for an hour. ' +
      '"They were very fortunate," the official said.';
    expect(speakerStarting(text, 'They were very fortunate')).toMatchObject({ name: 'a harbour patrol officer', kind: 'unnamed' });
  });
});
