/**
 * Quotations the extractor did not return as the hand-checked speaker sets and PolNeAR read them
 * (round 15, issue 13, "not extracted"): each cause in its shape, with our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

const texts = (body: string): string[] => extractQuotes(body).map((q) => q.text);

describe('a quotation running over paragraphs (each opens with a mark, only the last closes)', () => {
  it('is one Quote per paragraph, each with the speaker named once for the whole', () => {
    const body =
      'Mira Castell, the harbour board chair, said: "We have waited three winters for the new breakwater.\n\n' +
      '"The boats cannot wait a fourth, and the fishermen know it."\n\nThe board meets again in May.';
    expect(texts(body)).toEqual([
      'We have waited three winters for the new breakwater.',
      'The boats cannot wait a fourth, and the fishermen know it.',
    ]);
    expect(speaker(body, 'The boats cannot wait')).toBe('Mira Castell');
  });

  it('takes the speaker named after its last paragraph for the first paragraph too', () => {
    const body =
      'The mill closed on Friday.\n\n“Nobody told us until the gates were locked.\n\n' +
      '“We found out from a sign on the fence,” said Tomas Berglund, a machinist for 20 years.';
    expect(speaker(body, 'Nobody told us')).toBe('Tomas Berglund');
    expect(speaker(body, 'We found out')).toBe('Tomas Berglund');
  });

  it('keeps a quotation only hard-wrapped over a line break (no mark opens the second line) as one', () => {
    const body = 'Ines Falk said "the council has\nignored the petition for a year." Then she left.';
    expect(texts(body)).toEqual(['the council has ignored the petition for a year.']);
  });
});

describe('two closing single marks standing for a closing double mark (`’’`)', () => {
  it('close the quotation, so that the attribution after them is narration', () => {
    const body =
      '“Prices will keep rising through the spring,’’ Ilse Maren says. “Nobody at the market expects otherwise.’’\n\nThe report follows.';
    expect(texts(body)).toEqual(['Prices will keep rising through the spring,', 'Nobody at the market expects otherwise.']);
    expect(speaker(body, 'Nobody at the market')).toBe('Ilse Maren');
  });
});

describe('an English opening mark after a sentence end while another quotation is open', () => {
  it('ends the quotation never closed there and opens a new one (`…in.“We …`)', () => {
    const body =
      '“We have tried every year to fix the roof and every year the money goes elsewhere. The hall cannot wait.“We will ask the county again,” Rosa Imbert adds. “They may listen this time.”';
    expect(texts(body)).toEqual([
      'We have tried every year to fix the roof and every year the money goes elsewhere. The hall cannot wait.',
      'We will ask the county again,',
      'They may listen this time.',
    ]);
    expect(speaker(body, 'We will ask the county')).toBe('Rosa Imbert');
  });

  it('keeps the outer quotation whole when two closing marks follow (a quotation nested in it, both closed)', () => {
    const body =
      'Nora Vik met the porter, Karl Esk, at the door.\n\n“I asked for the key. “It is gone,” he told me. I did not believe him,” Vik said.';
    expect(texts(body)).toEqual(['I asked for the key. “It is gone,” he told me. I did not believe him,']);
    expect(speaker(body, 'I asked for the key')).toBe('Nora Vik');
  });

  it('with a space between them too (`…elsewhere. “We …`)', () => {
    const body = 'Rosa Imbert said: “The hall cannot wait. “We will ask the county again,” she adds.';
    expect(texts(body)).toEqual(['The hall cannot wait.', 'We will ask the county again,']);
  });
});

describe('a quotation never closed before a quotation opened and closed inside it at the paragraph end', () => {
  it('ends at the comma before the narration with a verb of saying between the two openers', () => {
    const body = 'The minister, Oskar Valde, charged that “the talks are a sham, adding: “we will not return to the table this year.”';
    expect(texts(body)).toEqual(['the talks are a sham', 'we will not return to the table this year.']);
  });

  it('is a stray mark when that narration has no comma before it: only the inner quotation is one', () => {
    const body = 'Also, the “board chair asserted board members are “free to speak in a personal capacity.”';
    expect(texts(body)).toEqual(['free to speak in a personal capacity.']);
  });

  it('stands as it is when the words between the openers are the first speaker’s, sentences long', () => {
    const body =
      'The editors note, “Critics will say the figures are thin. They are not: the county counted every farm twice. ‘the ledger never lies,’ as the auditor put it — “the rest is politics.”';
    expect(texts(body)[0]).toMatch(/^Critics will say the figures are thin\..*the rest is politics\.”$/);
  });

  it('stands as it is with no verb of saying between the openers (`asked, “Do you regret the “…?”`)', () => {
    const body = 'The host asked, “Do you regret the “walk away remark about the harbour deal?”';
    expect(texts(body)).toEqual(['Do you regret the “walk away remark about the harbour deal?”']);
  });
});

describe('a paragraph opening with quoted words whose opening mark is missing', () => {
  it('is a quotation from the paragraph start to the closing mark an attribution follows', () => {
    const body =
      'The court ruled on Monday.\n\nThis ruling is a victory for every family in the valley,” said Ada Lindqvist, who leads the tenants’ group.';
    expect(texts(body)).toEqual(['This ruling is a victory for every family in the valley,']);
    expect(speaker(body, 'This ruling is a victory')).toBe('Ada Lindqvist');
  });

  it('also when a single mark opens it (`‘We go on,” said …`)', () => {
    const body = 'The vote failed.\n\n‘We go on from here and we try again next spring,” said Ada Lindqvist.';
    expect(texts(body)).toEqual(['We go on from here and we try again next spring,']);
  });

  it('not when the words before the mark run over more than one sentence (the mark may have stood after narration)', () => {
    const body =
      'Nora Vik runs the bakery.\n\nThe shutters were down by noon. The street stayed empty all day,” Nora Vik said after the meeting.';
    expect(texts(body)).toEqual([]);
  });

  it('not when the words before the mark are narration with a verb of saying (the mark was missing mid-paragraph)', () => {
    const body = 'The vote failed.\n\nLindqvist said there are other ways to reach the council before spring,” she added.';
    expect(texts(body)).toEqual([]);
  });
});

describe('straight double marks paired wrongly (`"A "B`)', () => {
  it('one quotation inside another when two closing marks follow', () => {
    const body = '"The paper phoned to say I was going to be named "Baker of the Year," like last spring," Ivo Brandt said.';
    expect(texts(body)).toEqual(['The paper phoned to say I was going to be named "Baker of the Year," like last spring,']);
    expect(speaker(body, 'The paper phoned')).toBe('Ivo Brandt');
  });

  it('a quotation never closed at a sentence end, then a new one', () => {
    const body =
      '"You said the ferry was late," Mayor Ivo Brandt said. "Well, the ferry is always late, because the river has changed. "We have new boats coming, and new crews," he said.';
    expect(texts(body)).toEqual([
      'You said the ferry was late,',
      'Well, the ferry is always late, because the river has changed.',
      'We have new boats coming, and new crews,',
    ]);
  });

  it('ends that quotation never closed at its own inverted attribution (`, said Ruiz`)', () => {
    const body = 'The count came in.\n\n"It is ten percent, said Ivo Brandt, the county clerk. "It was eight when you came into office."';
    expect(texts(body)).toEqual(['It is ten percent', 'It was eight when you came into office.']);
  });

  it("ends that quotation never closed at its attribution after a quotation inside it (`,' said Ruiz`)", () => {
    const body =
      'The count came in.\n\n"I told him, \'Count again,\' said Ivo Brandt, the county clerk. "It was eight when you came into office."';
    expect(texts(body)).toEqual(["I told him, 'Count again,'", 'It was eight when you came into office.']);
  });

  it('ends that quotation never closed at its own attribution', () => {
    const body = 'The count came in.\n\n"It is ten percent, he said. "It was eight when you came into office."';
    expect(texts(body)).toEqual(['It is ten percent', 'It was eight when you came into office.']);
  });
});

describe('a quotation running over paragraphs that quotes others in double marks itself', () => {
  it('stays one passage (an excerpt of another text, quoted whole)', () => {
    const body =
      'The column quoted the report:\n\n"The harbour master was asleep.\n\n"“Wake up,” a deckhand shouted. The tide had turned."\n\nThe end.';
    expect(texts(body)).toEqual(['The harbour master was asleep. “Wake up,” a deckhand shouted. The tide had turned.']);
  });
});
