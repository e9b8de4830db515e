import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('speakers the round 14 review found wrong', () => {
  it('does not read a thing or a voice that cracked as the speaker of the quotation after it', () => {
    const levee = 'Residents fled at dawn. The old levee cracked, "like a gunshot," and water poured in.';
    expect(speakerOf(levee, 'like a gunshot')).toBeUndefined();
    const voice =
      'Kate Morrow sat in the front row. "I never thought this would happen," Morrow said. Her voice cracked, "and then they took him away."';
    expect(speakerOf(voice, 'and then they took')).not.toBe('Her voice');
  });

  it('still reads a named person who cracked, before or after the quotation', () => {
    const after = 'The hearing ran long. "I have read the bill twice, which is more than most," Lena Ostrova cracked.';
    expect(speakerOf(after, 'I have read the bill')).toBe('Lena Ostrova');
    const before = 'At the town meeting, Lena Ostrova cracked, "I have read the bill twice, which is more than most."';
    expect(speakerOf(before, 'I have read the bill')).toBe('Lena Ostrova');
  });

  it('does not read the subject opening a sentence with `started` as a speaker', () => {
    const season = 'The season started, "with a whimper," as one critic put it.';
    expect(speakerOf(season, 'with a whimper')).not.toBe('the season');
    const motor = 'The motor finally started, "almost like magic," and the boat pulled away.';
    expect(speakerOf(motor, 'almost like magic')).toBeUndefined();
  });

  it('still reads `started` between a quotation and its next part', () => {
    const text = 'The panel met on Friday. "For twenty years," Mira Castell started, "this town has waited for a bridge."';
    expect(speakerOf(text, 'For twenty years')).toBe('Mira Castell');
  });

  it('does not read a clapping audience or crowd as a speaker', () => {
    expect(speakerOf('Fans cheered. The audience applauded, "bravo."', 'bravo')).toBeUndefined();
    const crowd = 'Jurors deliberated for two days. The crowd outside applauded the "historic" verdict.';
    expect(speakerOf(crowd, 'historic')).toBeUndefined();
  });

  it('still reads a person who applauded a quotation as its speaker', () => {
    const text = 'Council member Jo Perkins spoke after the vote. Perkins applauded "a budget that finally puts parks first."';
    expect(speakerOf(text, 'a budget that')).toBe('Jo Perkins');
  });

  it('does not join two people described after a quotation into one speaker', () => {
    const two = 'Mayor Jo Roe and Police Chief Al Diaz met reporters. "We will find them," the mayor and the police chief said.';
    expect(speakerOf(two, 'We will find them')).not.toBe('Al Diaz');
    expect(speakerOf('"We will rebuild," the governor and the mayor said Tuesday.', 'We will rebuild')).toBeUndefined();
    const husband = 'Senator Jo Roe appeared with her husband. "We are grateful," the senator and her husband said.';
    expect(speakerOf(husband, 'We are grateful')).not.toBe('the senator and her husband');
    const party = 'Senator Jo Roe spoke first. "It is a good day," the senator and Democrats said in a statement.';
    expect(speakerOf(party, 'It is a good day')).not.toBe('the senator and Democrats');
  });

  it('still joins two descriptions of one person under one article', () => {
    const text = 'The race tightened. "We are not done yet," the Iowa senator and presidential candidate said.';
    expect(speakerOf(text, 'We are not done')).toBe('the Iowa senator and presidential candidate');
  });

  it('does not take a group that agreed as the speaker of the next quotation', () => {
    const many = 'Council member Jo Perkins proposed the tax. Many Democrats agreed. "It is overdue."';
    expect(speakerOf(many, 'It is overdue')).not.toBe('Many Democrats');
    const most = 'Council member Jo Perkins proposed the tax. Most Republicans disagreed. "It is a terrible idea."';
    expect(speakerOf(most, 'It is a terrible idea')).not.toBe('Most Republicans');
  });

  it('still takes a known person who agreed as the speaker of the next quotation', () => {
    const text = 'Council member Jo Perkins proposed the tax. Treasurer Ana Vidal agreed. "It is overdue."';
    expect(speakerOf(text, 'It is overdue')).toContain('Ana Vidal');
    const behind = 'The poll closed. Lakeside College\'s Mira Castell agreed. "Voters are tired of waiting."';
    expect(speakerOf(behind, 'Voters are tired')).toBe('Mira Castell');
  });

  it("reads a possessive noun of saying, of a statement or of an act of speech as the owner's words", () => {
    const verdict = 'Lena Ostrova chaired the panel. Ostrova\'s verdict was that "the plan cannot work."';
    expect(speakerOf(verdict, 'the plan cannot')).toBe('Lena Ostrova');
    const tweet = 'Lena Ostrova chaired the panel. Ostrova\'s tweet that the plan was "dead on arrival" drew replies.';
    expect(speakerOf(tweet, 'dead on arrival')).toBe('Lena Ostrova');
    const act = 'Lena Ostrova chaired the panel. The room heard Ostrova\'s defense of "a slower, safer timetable"';
    expect(speakerOf(act, 'a slower')).toBe('Lena Ostrova');
  });
});
