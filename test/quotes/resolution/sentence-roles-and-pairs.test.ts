/**
 * Round 13 (issue 13): shapes where a speaker came out wrong (a topic person, a verb, an adverb, a
 * document taken for a body). Our own sentences, in the shapes last round's reviews found.
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';
import { findNameMentions } from '../../../src/quotes/mentions/names.ts';

describe('a person the sentence names in another role than the description’s', () => {
  it('is not the description when the name is what a lead-in asked about (`Asked about Kay Dunn, the governor replied`)', () => {
    const body = 'The hearing ran late. Asked about Kay Dunn, the governor replied: "Not today."';
    expect(speakerStarting(body, 'Not today')).toMatchObject({ name: 'the governor', kind: 'unnamed' });
  });

  it('is the topic of the reported words, not the speaker, before a parenthetical cue (`Kay Dunn, the governor said, "…"`)', () => {
    const body = 'The audit was sharp. Kay Dunn, the governor said, "never filed the forms on time."';
    expect(speakerStarting(body, 'never filed')).toMatchObject({ name: 'the governor', kind: 'unnamed' });
  });

  it('is never the document that speaks about them (`Kay Dunn, the memo said,`, `the contract says,`)', () => {
    const memo = 'The payments stopped in June. Kay Dunn, the memo said, "signed off on every payment."';
    expect(speakerStarting(memo, 'signed off')).toMatchObject({ name: 'the memo', kind: 'unnamed' });
    const contract = 'The deal closed in May. Kay Dunn, the contract says, "must repay the loan within a year."';
    expect(speakerStarting(contract, 'must repay')).toMatchObject({ name: 'the contract', kind: 'unnamed' });
  });
});

describe('a finding quoted from a document in a relative clause', () => {
  it('is the document’s, not the sentence subject’s (`Lou Park praised a survey by …, which found that "…"`)', () => {
    const body = 'Rents rose again. Lou Park praised a survey by the Birch Institute, which found that "most renters pay too much."';
    expect(speakerStarting(body, 'most renters')).toMatchObject({ name: 'a survey', kind: 'unnamed' });
  });
});

describe('capitalised words opening a sentence that are no names', () => {
  it('is the inverted subject after `Summarized`, never `Summarized` as a person', () => {
    const body = 'Prices fell all week. Summarized one trader: "Nobody wants to buy anything right now."';
    expect(speakerStarting(body, 'Nobody wants')).toMatchObject({ name: 'one trader', kind: 'unnamed' });
  });

  it('is the person named after a verb of saying that opens the sentence (`Recalled Bell:` is Ann Bell)', () => {
    const body = 'Ann Bell ran the clinic for years. Recalled Bell: "We had no money and no staff."';
    expect(speakerStarting(body, 'We had no money')).toMatchObject({ name: 'Ann Bell', kind: 'person' });
  });

  it('never makes a sentence adverb or a verb of saying the first word of a name (`Perhaps Dunn`, `Reluctantly Ward`, `Added Bondi`), but keeps a surname that is one (`Prince Tahseen Said`) and a given name shaped like an adverb (`Vassily`)', () => {
    const text =
      'Perhaps Dunn knew more. Reluctantly Ward signed the bill. Added Joy Bondi: no. Nevertheless Ann Lee left. ' +
      'Prince Tahseen Said wrote a letter. Vassily Orlov replied.';
    const words = findNameMentions(text, [{ index: 0, start: 0, end: text.length }]).map((m) => m.words.join(' '));
    expect(words).toEqual(['Dunn', 'Ward', 'Joy Bondi', 'Ann Lee', 'Tahseen Said', 'Vassily Orlov']);
  });

  it('gives no speaker rather than an adverb (`"…," he said` after `Ultimately Ward won`)', () => {
    const body = 'Ultimately Ward won the seat. "It was close," he said.';
    // (No speaker rather than a guess: `Ward` is left to a later round.)
    expect(speakerStarting(body, 'It was close')).toBeUndefined();
  });
});

describe('two people named together as the subject of a cue', () => {
  it('is both of them, not the second alone (`Reporters Bryan Lee and Jacey Fortin wrote that …` gave Jacey Fortin)', () => {
    const body = 'The race was tight. Reporters Bryan Lee and Jacey Fortin wrote that the mayor was "reluctant and late" to act.';
    expect(speakerStarting(body, 'reluctant and late')).toMatchObject({ name: 'Bryan Lee and Jacey Fortin', kind: 'unnamed' });
  });
});

describe('a day’s name', () => {
  it('is no speaker, whole or cut (`Super Tuesday ended …, saying "…"` gave `Super`)', () => {
    const body = 'Turnout was high in the state. Super Tuesday ended with a clear winner, saying "the party has spoken at last."';
    expect(speakerStarting(body, 'the party has spoken')).toBeUndefined();
  });
});

describe('a pronoun after a coordinated pair of people', () => {
  it('is neither of them when nothing singles one out (`Sens. Lou Park and Ben Ward filed …. "…," he said`), and the one the article then names alone', () => {
    const pair = 'Sens. Lou Park and Ben Ward filed a bill on Tuesday. "This ends the waste," he said.';
    expect(speakerStarting(pair, 'This ends')).toBeUndefined();
    const one = 'Sens. Lou Park and Ben Ward filed a bill on Tuesday. Ward called it urgent. "This ends the waste," he said.';
    expect(speakerStarting(one, 'This ends')).toMatchObject({ name: 'Ben Ward' });
  });
});

describe('a government review named in capitals', () => {
  it('is a document, not an organisation (`the Nuclear Posture Review warns that "…"`)', () => {
    const body = 'The Pentagon released its plan. The Nuclear Posture Review warns that "the risks are rising."';
    expect(speakerStarting(body, 'the risks')).toMatchObject({ kind: 'unnamed' });
  });
});

describe('a cue inside a clause of time that closes its sentence', () => {
  it('gives the next quotation nothing: it goes on with the previous speaker (`"…," Ward said after Park spoke. "…"`)', () => {
    const body = 'The vote failed. "The plan is dead," Ward said after Park spoke. "We start again tomorrow."';
    expect(speakerStarting(body, 'We start again')).toMatchObject({ name: 'Ward', kind: 'person' });
  });
});

describe('a surname that is also a title', () => {
  it('is the person the article named in full (`Added King,` after `Rep. Peter King`)', () => {
    const body =
      'Rep. Peter King spoke first at the meeting on the budget. "We cannot go off the cliff," King said. ' +
      'Several of his colleagues disagreed with him. Added King, "Everything should be on the table."';
    expect(speakerStarting(body, 'Everything should')).toMatchObject({ name: 'Peter King', kind: 'person' });
  });
});

describe('a lone word that is no noun of people', () => {
  it('is no speaker (`with a passion that almost suggested …. "…"`)', () => {
    const body =
      'The senator answered on Monday. "We tried," Lee said, with a passion that almost suggested that the question was ' +
      'out of line. "We did our best with what we had."';
    // (No speaker rather than a guess: `Lee` carried on is left to a later round.)
    expect(speakerStarting(body, 'We did our best')).toBeUndefined();
  });
});
