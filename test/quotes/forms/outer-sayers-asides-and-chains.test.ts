/**
 * Round 13 (helper `mend13`): wrong speakers the round's merged attribution gave where the code before
 * it gave the right one. Our own sentences, in the shapes the review met.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { isSpeakingNoun } from '../../../src/quotes/resolution/speaking-nouns.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;
const nameOf = (body: string, start: string) => speakerOf(body, start)?.name;

describe('a noun of a person, a body, a document or a medium', () => {
  it('is one whatever list holds it, in the singular or the plural', () => {
    for (const w of ['nurse', 'nurses', 'policemen', 'wife', 'agency', 'indictment', 'sign', 'videos', 'officers'])
      expect(isSpeakingNoun(w), w).toBe(true);
    for (const w of ['hiring', 'selection', 'kitchen', 'garden']) expect(isSpeakingNoun(w), w).toBe(false);
  });
});

describe('a partial quotation in a clause an outer verb of saying reports', () => {
  it('stays with a person the clause is about (`Officials said the nurse told them …`)', () => {
    const body = 'The ward was busy. Officials said the nurse told them the patient was "stable but weak."';
    expect(nameOf(body, 'stable but')).toBe('the nurse');
  });

  it('stays with a sign or notice that reads the words (`Farmers said the notice read "…"`)', () => {
    const body = 'The gate was shut. Farmers said the notice read "keep out of the fields."';
    expect(nameOf(body, 'keep out')).toBe('the notice');
  });

  it('stays with someone of the sayer’s own who told them (`Pollard said his sister told him …`)', () => {
    const body = 'Ned Pollard spoke on Friday. Pollard said his sister told him the barn was "about to collapse."';
    expect(nameOf(body, 'about to')).toBe('his sister');
  });

  it('stays with people of the sayer’s own telling once (`The manager said his players told him …`)', () => {
    const body = 'The manager spoke later. The manager said his players told him the grass was "like a bog."';
    expect(nameOf(body, 'like a bog')).toBe('his players');
  });

  it('stays with a named subject whose clause the quotation goes on (`X said Y told him … "and that …"`)', () => {
    const body = 'Ned Pollard said Gwen Tarrant told him the plan was dead "and that no one could save it."';
    expect(speakerOf(body, 'and that no')).toMatchObject({ name: 'Gwen Tarrant', kind: 'person' });
  });
});

describe('an `according to` aside', () => {
  it('leaves the quotation to the named subject of a judging verb (`Pollard (according to the Herald) dismissed … as "…"`)', () => {
    const body = 'Ned Pollard (according to the Herald) once dismissed the board as "a pack of fools."';
    expect(speakerOf(body, 'a pack')).toMatchObject({ name: 'Ned Pollard', kind: 'person' });
  });
});

describe('a relative clause of saying (`…, who said "…"`)', () => {
  it('belongs to the whole phrase when the name is the object of its `of` (`the son of Gwen Tarrant, who said`)', () => {
    const body = 'Ned Pollard spoke after the son of Gwen Tarrant, who said "my father was brave."';
    expect(nameOf(body, 'my father')).toBe('the son of Gwen Tarrant');
  });

  it('never goes to a name that only backs the subject (`a group backed by Syria, which said`)', () => {
    const body = 'The raid was claimed by a group backed by Syria, which said "the enemy will regret it."';
    expect(nameOf(body, 'the enemy')).toBe('the raid');
  });

  it('still goes to a statement’s author (`a statement by the Holy See, which said`)', () => {
    const body = 'The pope spoke in a statement by the Holy See, which said "peace is possible."';
    expect(nameOf(body, 'peace')).toBe('the Holy See');
  });
});

describe('a chain of he/she sentences', () => {
  it('ends at a sentence whose opening clause names someone (`When Owen Trask took charge, he …`)', () => {
    const body = 'Ned Pollard was angry. When Owen Trask took charge, he cut the staff. He said the cuts were "the only way."';
    expect(nameOf(body, 'the only')).toBe('Owen Trask');
  });
});

describe('a chain of he/she sentences (guards)', () => {
  it('runs on past a subordinate clause’s name when `he said,` is a parenthetical (`When Reich came back, he said, he …`)', () => {
    const body =
      'Airline chief Carl Voss said pilot Dan Reich had passed every test.\n\nWhen Reich came back, he said, he was tested again.\n\n"There was never any doubt about his skill," he said.';
    expect(nameOf(body, 'There was never')).toBe('Carl Voss');
  });

  it('takes the subordinate clause’s name for the `he` right after it (`When Pollard cut the budget, he opened … "…," he said`)', () => {
    const body =
      'Ned Pollard faces a hard fight.\n\nWhen Pollard cut the budget in May, he opened his speech with a blunt line.\n\n"The town is broke," he said.';
    expect(nameOf(body, 'The town')).toBe('Ned Pollard');
  });
});

describe('a role description with two holders in the article', () => {
  it('stays with the holder who is the subject of the sentence naming the other (`He called on Governor Trask …`)', () => {
    const body =
      'Governor Ned Pollard flew to the capital on Monday.\n\nHe called on Governor Owen Trask to drop the tariff. The governor said that "fair trade" would help both states.';
    expect(nameOf(body, 'fair trade')).toBe('Ned Pollard');
  });

  it('is the holder named in the sentence just before (`Reporters turned to Governor Trask. "…," the governor said`)', () => {
    const body =
      'Governor Ned Pollard spoke first. Reporters then turned to Governor Owen Trask. "I have nothing more to say," the governor said.';
    expect(nameOf(body, 'I have nothing')).toBe('Owen Trask');
  });
});

describe('a title after `the`', () => {
  it('is the title’s holder, not a namesake whose surname is the same word (`the Pope said`)', () => {
    const body = 'Ned Pope, a trader, went to the square. Pope Leo greeted the crowd. "We must help the poor," the Pope said.';
    expect(nameOf(body, 'We must')).toBe('Leo');
  });

  it('is the judge, not a juror surnamed Judge (`the Judge said`)', () => {
    const body = 'Owen Judge was picked for the jury. Judge Gwen Tarrant ruled on Monday. "The matter is closed," the Judge said.';
    expect(nameOf(body, 'The matter')).toBe('Gwen Tarrant');
  });
});

describe('an appositive', () => {
  it('describes its name even when an adjective in it is a verb of saying (`Gwen Tarrant, a noted painter,`)', () => {
    const body = 'Gwen Tarrant, a noted painter, spoke first. Ned Pollard, a banker, followed. "The gallery is a gem," the painter said.';
    expect(nameOf(body, 'The gallery')).toBe('Gwen Tarrant');
  });
});

describe('a name that opens with a word shaped like a verb or an adverb', () => {
  it('keeps `Said` as a given name (`Said Karimi, the deputy minister, said`)', () => {
    const body = 'Said Karimi, the deputy minister, said the talks were "very useful."';
    expect(nameOf(body, 'very useful')).toBe('Said Karimi');
  });

  it('keeps a lone name spelt like an -ly adjective (`Asked about the delay, Lively said`)', () => {
    const body = 'Asked about the delay, Lively said the film was "nearly done."';
    expect(nameOf(body, 'nearly done')).toBe('Lively');
  });
});
