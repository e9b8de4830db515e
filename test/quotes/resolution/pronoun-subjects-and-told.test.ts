import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name and kind given to the quotation that starts with `start`. */
function speakerOf(text: string, start: string): { name: string; kind: string } | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  return q?.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : undefined;
}

/** A long paragraph naming nobody: it puts an earlier person out of the ranker's recent stretch. */
const FILLER =
  'Markets recovered within weeks of the vote, and the long slump that many had promised never arrived. Hiring rose through the summer, ' +
  'shops reported steady trade, the budget gap narrowed, prices stayed low and a cheaper currency brought visitors back to the coast in ' +
  'large numbers. Analysts who had warned of a collapse now speak of a soft landing, and some of the loudest warnings from last spring ' +
  'have been quietly dropped from the reports of the big banks and the research houses. The central bank has held its rate since then, ' +
  'and lenders say demand for loans has returned to where it stood before the campaign began, while factories in the north have taken ' +
  'on more staff than at any time in the last ten years.';

describe('who was a subject or a speaker before a pronoun (round 10)', () => {
  it('reads a name after a full stop as its sentence subject, not as the object of a preposition in the sentence before', () => {
    const text =
      'Quarterback Dale Whitcombe shared photos of the marches on Twitter, and Dale Whitcombe later joined one of them.\n\n' +
      'Not every voter in the valley woke up unhappy. Thousands of them voted for Hargrove. Arthur Pennock Jr., a roofer from Elm Grove, was one of them.\n\n' +
      '"I woke up in a great mood," he said.';
    expect(speakerOf(text, 'I woke up')?.name).toMatch(/^Arthur Pennock\b/);
  });

  it('does not take the subject of an `after he and …` clause for the subject of its sentence', () => {
    const text =
      'Also on Tuesday, weather presenter Dan Ortiz beamed in live from his garage after he and fellow presenter Sam Keller went into isolation.\n\n' +
      '"I did not have to drive in, so I slept late," he said.';
    expect(speakerOf(text, 'I did not have to drive')?.name).toBe('Dan Ortiz');
  });

  it('reads a name followed by `were` as a subject', () => {
    const text =
      'Jolene Fairbanks, a nurse and union organiser from Dalton, said she fears for the clinics.\n\n' +
      'And campaigners such as law professor Rebecca Tolland were stunned that so many voters backed the measure.\n\n' +
      '"Obviously we cannot count on the state to protect patients now," she said.';
    expect(speakerOf(text, 'Obviously we cannot count')?.name).toBe('Rebecca Tolland');
  });

  it('does not take a name after `saying` for a subject: it opens what was said', () => {
    const text =
      'Senator Wade Corliss gave little away in his television interview, saying Ken Pruitt could "speak for himself" on the matter. ' +
      'He was harsher on the governor, who he said had been "wrong about almost everything" this year.';
    expect(speakerOf(text, 'wrong about almost')?.name).toBe('Wade Corliss');
  });

  it('counts a writer introduced by `of the … who wrote` as a speaker before a later pronoun', () => {
    const text =
      'Nigel Barraclough, who led the campaign to leave, thinks there is a parallel. Speaking at a rally on Wednesday, Barraclough told the crowd the experts were wrong.\n\n' +
      'Barraclough believes a similar revolt can succeed here. He overstates the case, but he is right about the forecasts.\n\n' +
      `${FILLER}\n\n${FILLER}\n\n` +
      'Few forecasters have admitted their error. More common are the likes of Owen Tarrant of the Northern Courier who wrote this week that forecasts were sound. ' +
      'While conceding that "prices have settled since the first panic," he insists that "the country is still in the middle of a shock."';
    expect(speakerOf(text, 'the country is still')?.name).toBe('Owen Tarrant');
  });

  it('counts a name after `says <outlet> reporter` as the speaker of that verb', () => {
    const text =
      'Editor Gavin Holt told the meeting that sources were harder to protect. Holt said the pressure was growing.\n\n' +
      'One more thing, says Daily Ledger reporter Simon Archer, the keynote speaker, who faces a subpoena: the answer is more digging. ' +
      'That, he said, would be a "warning shot."';
    expect(speakerOf(text, 'warning shot')?.name).toBe('Simon Archer');
  });
});

describe('a title word before a generation is a surname (round 10)', () => {
  it('keeps `King` in `… King Jr.` as the surname, so the pronoun after it finds him', () => {
    const text =
      'Protest leader Kyle Benson said the marches would go on until the city listened.\n\n' +
      'Martin Luther King Jr. made a similar point in a 1967 sermon during which he said it was "wrong to condemn the riots" alone.';
    expect(speakerOf(text, 'wrong to condemn')?.name).toMatch(/^Martin Luther King Jr/);
  });
});

describe('a courtesy title before a shared surname (round 10)', () => {
  it('never gives `Mrs. Roe` to the man of the two people named Roe, even when he spoke last', () => {
    const text =
      'Walter Brandt said on Monday that he would campaign for his wife. Helen Brandt thanked him at the rally.\n\n' +
      'Walter Brandt told reporters the race was close.\n\n' +
      'Mrs. Brandt herself said she was "ready to carry the message" to voters.';
    expect(speakerOf(text, 'ready to carry')?.name).toBe('Helen Brandt');
  });
});

describe('whoever follows `told` is the one told, also for a later pronoun (round 10)', () => {
  it('does not count the person told as the speaker a later `he` refers to', () => {
    const text =
      'Investigators recorded a call between the two lobbyists in which Rupert Hale told Lionel Dwyer, "We have to push the bill through this month." ' +
      'He also said, "We will meet the committee staff on Friday."';
    expect(speakerOf(text, 'We will meet the committee')?.name).toBe('Rupert Hale');
  });
});

describe('an age written without its second hyphen (round 10)', () => {
  it('resolves `the 48-year old` like `the 48-year-old`, to the person the story is about', () => {
    const text =
      'Carl Ostrander, who runs a hardware store in the valley, voted for the challenger in the spring.\n\n' +
      '"I was sure things would turn around this year," the 48-year old said.';
    expect(speakerOf(text, 'I was sure things')?.name).toBe('Carl Ostrander');
  });
});

describe('a body whose name ends in `Watch` (round 10)', () => {
  it('keeps `Watch` in the name and gives the body as an organisation', () => {
    const text =
      'The ministry defended the new rules on Monday.\n\n' +
      'Prison Conditions Watch (PCW) likewise stated that "the ministry should end the practice at once."';
    expect(speakerOf(text, 'the ministry should end')).toEqual({ name: 'Prison Conditions Watch', kind: 'organisation' });
  });
});
