/**
 * The attribution failures of issue 13, each in the sentence shape it was seen in (our own sentences):
 * organisations, nominal mentions, pronoun salience, reported speech, attribution forms, headlines,
 * continuation quotes and mismatched marks.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { quoteStarting as quote, speakerNameStarting as speaker } from '../support/quote-starting.ts';

describe('organisations', () => {
  it('never makes a company the speaker of a person’s words through "he"', () => {
    const body =
      'Looters broke into a Rite Aid store on Fifth Avenue on Saturday night.\n\n' +
      'Council member Marcus Bell, who lives nearby, posted about it on Sunday.\n\n' +
      '‘Tonight a quiet protest turned into a free-for-all,’ he wrote.';
    expect(speaker(body, 'Tonight a quiet protest')).toBe('Marcus Bell');
  });

  it('never resolves "he" to an organisation even when it is the only name', () => {
    const body = 'Shoppers queued outside a Rite Aid store on Fifth Avenue.\n\n"We had no warning," he said.';
    expect(quote(body, 'We had no warning').speaker).toBeUndefined();
  });

  it('gives "the White House said in a statement" the kind organisation', () => {
    const q = quote('The White House said in a statement: "The president trusts the plan."', 'The president trusts');
    expect(q.speaker).toEqual({ name: 'the White House', key: 'the white house', kind: 'organisation' });
  });

  it('gives a company named like one ("a Rite Aid store") the kind organisation', () => {
    const body = 'A Rite Aid store in Queens closed early.\n\n"The safety of our staff comes first," Rite Aid said in a statement.';
    expect(quote(body, 'The safety of our staff').speaker?.kind).toBe('organisation');
  });

  it('treats "the company" as an organisation, not as an unnamed person', () => {
    const q = quote('Shares fell on Monday. "We expect a strong year," the company said.', 'We expect a strong year');
    expect(q.speaker?.kind).toBe('organisation');
  });
});

describe('nominal mentions', () => {
  it('resolves "the presumptive Republican nominee" to the candidate named earlier', () => {
    const body =
      'Donald Trump held a rally in Ohio on Monday.\n\n"I think the ruling is a shame for the bench," the presumptive Republican nominee said.';
    expect(speaker(body, 'I think the ruling')).toBe('Donald Trump');
  });

  it('resolves "the 55-year-old" and "the former star" to the person the story is about', () => {
    const body =
      'Actor Colin Frame arrived at the premiere in London.\n\n"It was a long wait," the 55-year-old said.\n\n"I loved every day on set," the former star added.';
    expect(speaker(body, 'It was a long wait')).toBe('Colin Frame');
    expect(speaker(body, 'I loved every day')).toBe('Colin Frame');
  });

  it('resolves "the Russian leader" by role', () => {
    const body = 'Russian President Vladimir Putin met the UN chief.\n\n"We still hope for talks," the Russian leader said.';
    expect(speaker(body, 'We still hope')).toBe('Vladimir Putin');
  });

  it('resolves "the chipmaker’s chief executive" by the appositive role', () => {
    const body =
      'Lara Quint, the chipmaker’s chief executive, spoke on Monday.\n\n"Demand is strong," the chipmaker’s chief executive said.';
    expect(speaker(body, 'Demand is strong')).toBe('Lara Quint');
  });

  it('reads a name under adjectives: "the victorious Smith", "an ebullient Mr. Okafor"', () => {
    const body =
      'Senator Ada Smith and Governor Paul Okafor both won on Tuesday.\n\n"We did it," the victorious Smith told supporters.\n\n"Onward," an ebullient Mr. Okafor told the crowd.';
    expect(speaker(body, 'We did it')).toBe('Ada Smith');
    expect(speaker(body, 'Onward')).toBe('Paul Okafor');
  });
});

describe('pronoun salience', () => {
  it('gives "he" to the subject of the last sentences, not to the nearest name', () => {
    const body =
      'The actor Tom Hale handed the role to Peter Quill in 2005.\n\n' +
      'Quill praised the writers on Monday and thanked Hale for his advice.\n\n' +
      'He said the show had changed his life. "I wish my successor all the best," he said.';
    expect(speaker(body, 'I wish my successor')).toBe('Peter Quill');
  });

  it('takes the subject after a lead-in phrase: "In a video, de Blasio returned … he said"', () => {
    const body =
      'Mayor Bill de Blasio entered the race, joining Donald Trump’s critics.\n\n' +
      'In a video released on Thursday, de Blasio returned to the theme of inequality. "Working people feel stuck," he said in the video.';
    expect(speaker(body, 'Working people feel stuck')).toBe('Bill de Blasio');
  });
});

describe('reported speech', () => {
  it('gives a partial quote under "he blamed … on" to the sentence subject', () => {
    const body = 'Vladimir Putin met António Guterres in Moscow. But he blamed the unrest on an "anti-state coup" in Kyiv.';
    expect(speaker(body, 'anti-state coup')).toBe('Vladimir Putin');
  });

  it('covers calling, describing, warning and insisting', () => {
    const body =
      'Senator Ada Smith spoke on Monday.\n\nSmith called the bill "a disgrace to the chamber". Smith described the vote as "rushed". ' +
      'Smith warned of "dark days ahead". Smith insisted the plan was "fully funded".';
    for (const start of ['a disgrace', 'rushed', 'dark days', 'fully funded']) expect(speaker(body, start)).toBe('Ada Smith');
  });

  it('after a lead-in phrase: "In a statement on Saturday, President Obama praised him as a …"', () => {
    const body =
      'President Barack Obama spoke about the judge.\n\nIn a statement on Saturday, President Obama praised him as a "brilliant legal mind".';
    expect(speaker(body, 'brilliant legal mind')).toBe('Barack Obama');
  });

  it('leaves a scare quote in narration speaker-less', () => {
    const body = 'Vladimir Putin met António Guterres in Moscow.\n\nThe so-called "special operation" began in February.';
    expect(quote(body, 'special operation').speaker).toBeUndefined();
  });
});

describe('attribution forms', () => {
  it('reads a dash attribution after the quote, with any dash width', () => {
    expect(speaker('Vladimir Putin spoke in Moscow.\n\n"We will not retreat from the talks." — Putin said.', 'We will not')).toBe(
      'Vladimir Putin',
    );
    expect(speaker('Readers answered.\n\n“The debate scared me.” ― Rosa Delgado “I will vote.” ― Tim Ochoa', 'The debate')).toBe(
      'Rosa Delgado',
    );
    expect(speaker('Readers answered.\n\n“The debate scared me.” ― Rosa Delgado “I will vote.” ― Tim Ochoa', 'I will vote')).toBe(
      'Tim Ochoa',
    );
  });

  it('reads "the statement read" as the statement', () => {
    expect(speaker('"The company regrets the closure," the statement read.', 'The company regrets')).toBe('the statement');
  });

  it('reads "quoted X as saying" as X', () => {
    expect(speaker('The agency quoted Dmitry Peskov as saying "there is no ceasefire plan".', 'there is no ceasefire')).toBe(
      'Dmitry Peskov',
    );
  });

  it('reads "X told reporters"', () => {
    expect(speaker('Joe Biden told reporters "we are watching closely" before boarding.', 'we are watching')).toBe('Joe Biden');
  });

  it('resolves "he says" after "in an interview with" an outlet to the person, never the outlet', () => {
    const body = 'In an interview with the BBC, the minister Grant Shipley was asked about the strikes.\n\n"It cannot go on," he says.';
    expect(speaker(body, 'It cannot go on')).toBe('Grant Shipley');
  });

  it('reads a long appositive between the name and the cue', () => {
    const body = '"We will have to live with it," Trent Lowell, who led the Senate for six years under two presidents, said on Monday.';
    expect(speaker(body, 'We will have to live')).toBe('Trent Lowell');
  });

  it('skips a party-and-state aside: "Sen. Chuck Rowan (D-N.Y.) said"', () => {
    expect(speaker('"They have nothing to hide," Sen. Chuck Rowan (D-N.Y.) said Tuesday.', 'They have nothing')).toBe('Chuck Rowan');
  });

  it('attributes a headline quote through the standfirst', () => {
    const body =
      "Putin 'hopes' for talks as UN chief visits Moscow\n\nRussian President Vladimir Putin said on Tuesday he still hoped for a deal, as he met António Guterres.";
    expect(speaker(body, 'hopes')).toBe('Vladimir Putin');
  });

  it('carries a speaker to a continuation quote a few paragraphs later, with nobody else named in between', () => {
    const body =
      'Mayor Dana Ruiz opened the bridge on Monday.\n\n"This took ten years," Ruiz said.\n\nThe bridge cost $40 million.\n\nIt links two districts.\n\n"We will maintain it properly."';
    expect(speaker(body, 'We will maintain')).toBe('Dana Ruiz');
  });

  it('does not carry it when someone else is named in between', () => {
    const body =
      'Mayor Dana Ruiz opened the bridge on Monday.\n\n"This took ten years," Ruiz said.\n\nCritic Lee Marsh disagreed.\n\nThe cost doubled.\n\n"Nobody checked the numbers."';
    expect(speaker(body, 'Nobody checked')).not.toBe('Dana Ruiz');
  });
});

describe('mismatched marks', () => {
  it('does not turn narration into a quote after a stray straight mark', () => {
    const body =
      'Protesters gathered on Sunday.\n\n"City Council Member Dana Ruiz lamented that a "peaceful gathering that turned into a brawl.\n\nSix were arrested.';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.text)).toEqual(['peaceful gathering that turned into a brawl.']);
    expect(quotes[0]?.speaker?.name).toBe('Dana Ruiz');
  });

  it('ends a quote never closed at its own attribution', () => {
    const body = 'Mayor Dana Ruiz spoke at noon. "We will rebuild the bridge, she said, and left.\n\nThe council met later.';
    const q = quote(body, 'We will rebuild');
    expect(q.text).toBe('We will rebuild the bridge');
    expect(q.speaker?.name).toBe('Dana Ruiz');
  });

  it('pairs a single opener closed by a double mark', () => {
    expect(speaker('Mayor Dana Ruiz said \'we will rebuild the bridge" before leaving.', 'we will rebuild')).toBe('Dana Ruiz');
  });

  it('never throws on a stray mark whose quotation would start in the next paragraph, and keeps offsets on the text', () => {
    const body = '"a „ b," Ola said.\n"a „ b," Ola said. "c," Ola said.';
    const quotes = extractQuotes(body);
    for (const q of quotes) expect(body.slice(q.start, q.end)).toContain(q.text.split(' ')[0] ?? '');
    for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.end);
  });

  it('reads German and French marks', () => {
    expect(speaker('„We will rebuild the bridge“, Mayor Dana Ruiz said on Monday.', 'We will rebuild')).toBe('Dana Ruiz');
    expect(speaker('«We will rebuild the bridge», Mayor Dana Ruiz said on Monday.', 'We will rebuild')).toBe('Dana Ruiz');
  });
});
