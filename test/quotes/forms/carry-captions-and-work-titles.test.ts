import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('carrying a speaker on to the next quotation (round 13)', () => {
  it('does not carry the speaker past a new paragraph whose narration turns to a body and its own message', () => {
    const text =
      '"We will rebuild the bridge before winter," Mayor Jo Roe said.\n\n' +
      'The Harbour Trust later took down its own notice, with a message stating, "This notice has expired."';
    expect(speakerOf(text, 'This notice has expired')).not.toBe('Jo Roe');
  });

  it('does not carry the speaker past a sentence whose subject is another person', () => {
    const text =
      '"We will rebuild the bridge before winter," Mayor Jo Roe said. Councillor Sam Lee shook his head. "Nobody has seen the figures."';
    expect(speakerOf(text, 'Nobody has seen')).toBeUndefined();
  });

  it('carries the speaker past a new sentence opened by another person\u2019s possessive, which is no subject', () => {
    const text =
      '"It makes no sense at all," said Greg Pason, secretary of the Harbour Party. Obama\'s health care law "is anything but radical. It props up insurers."';
    expect(speakerOf(text, 'is anything but radical')).toBe('Greg Pason');
  });

  it('carries the speaker when the next paragraph refers to them by a pronoun', () => {
    const text = '"We will rebuild the bridge before winter," Mayor Jo Roe said.\n\nHe followed up with, "The money is already there."';
    expect(speakerOf(text, 'The money is already')).toBe('Jo Roe');
  });

  it('carries the speaker to a paragraph that is only a quotation, after narration naming nobody else', () => {
    const text =
      'The council met on Tuesday to vote on the harbour plan.\n\n' +
      '"We will rebuild the bridge before winter, whatever it costs," Mayor Jo Roe said.\n\n' +
      'The plan was first drawn up in 2016 and has been delayed twice by floods.\n\n' +
      '"The money is already in the budget and nobody needs to worry about it."';
    expect(speakerOf(text, 'The money is already')).toBe('Jo Roe');
  });

  it('carries the speaker of a quotation left open at its paragraph end into the next paragraph', () => {
    const text =
      '"We will rebuild the bridge before winter," Mayor Jo Roe said. "The engineers have told us it is safe to start.\n\n' +
      '"The money is already in the budget and nobody needs to worry about it."';
    expect(speakerOf(text, 'The engineers')).toBe('Jo Roe');
  });

  it('does not carry the speaker to a paragraph-opening quotation after narration naming another person', () => {
    const text =
      '"We will rebuild the bridge before winter, whatever it costs," Mayor Jo Roe said.\n\n' +
      'Councillor Sam Lee, who voted against the plan, called it a waste of money.\n\n' +
      '"The money is already in the budget and nobody needs to worry about it."';
    expect(speakerOf(text, 'The money is already')).toBeUndefined();
  });
});

describe('photo captions give no antecedent (round 13)', () => {
  it('gives `it` the body whose words close the paragraph before the caption, not the previous quotation\u2019s body', () => {
    const text =
      '"We will appeal the ruling," Atlas Freight said in a statement.\n\n' +
      'The Harbor Workers Union said the new rules were unfair to night staff.\n\n' +
      'FILE PHOTO: Dock workers unload a ship for Atlas Freight in Rotterdam, Netherlands, May 3, 2019. REUTERS/Jan Smit/File Photo\n\n' +
      '"No worker should be punished for a late ferry," it said.';
    expect(speakerOf(text, 'No worker should')).toBe('the Harbor Workers Union');
  });
});

describe('titles of works are no speakers (round 13)', () => {
  it('gives no speaker to a book named after its author\u2019s possessive', () => {
    const text =
      "Enter Maria Lund's Paper Tigers, which tries to explain the feud between the mayor and the press.\n\n" +
      'Paper Tigers concedes that the mayor is "careless with numbers" and "rarely checks" his claims.';
    expect(speakerOf(text, 'careless with numbers')).toBeUndefined();
  });

  it('gives no speaker to a title opening with `The` after a person\u2019s possessive', () => {
    const text =
      "The scene echoes one in which, according to Tom Baker's The Last Ledger, the governor shouted at his treasurer: " +
      '"You treat me like a clerk!"';
    expect(speakerOf(text, 'You treat me')).not.toBe('Ledger');
  });

  it('keeps a person named after a broadcaster\u2019s possessive', () => {
    const text = '"We have to be careful," KTV\'s Weijia Jiang said after the briefing.';
    expect(speakerOf(text, 'We have to be careful')).toBe('Weijia Jiang');
  });

  it('keeps a person whose name is quoted with a possessive mark after it', () => {
    const text =
      'Georgia Rep. Dale Collins said he was honored.\n\n"Dale Collins\' plan will cost us the seat," the committee said.\n\n' +
      '"I know the problems in the intelligence community," Collins added.';
    expect(speakerOf(text, 'I know the problems')).toBe('Dale Collins');
  });
});

describe('a description in the words a pronoun reports is not its antecedent (round 13)', () => {
  it('gives `he adds` after a generic `a president` to the person named before', () => {
    const text =
      'Historian Dale Whitcombe has studied the office for decades. A president can shape the mood of a country, he adds, "but only if he is believed."';
    expect(speakerOf(text, 'but only if')).toContain('Dale Whitcombe');
  });

  it('still gives `he` to an unnamed person introduced as a sentence subject before', () => {
    const text =
      'Mayor Colm Brady opened the bridge on Friday. A worker who helped build it was in the crowd, and he said: "It will carry traffic for a century."';
    expect(speakerOf(text, 'It will carry traffic')).toBe('a worker');
  });
});
