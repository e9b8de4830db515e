/**
 * `…, said his spokeswoman, Jo Roe. "…," she said.`: the name in apposition to the subject of an
 * inverted verb of saying spoke, and is the subject a pronoun after it takes up, not the sentence's
 * first subject. Our own sentences, in the shape of a tuning miss (never its text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('a pronoun after `said his spokeswoman, <name>`', () => {
  it('is the named spokeswoman, not the senator whose gender the text never gives by name', () => {
    const text =
      'The vote will be close. Sen. Lachlan Moore (I., Vt.), is also undecided, said his spokeswoman, Orla Fenwick. ' +
      '"Sen. Moore will read the bill before he decides," she said.';
    expect(speakerStarting(text, 'Sen. Moore will read')).toMatchObject({ name: 'Orla Fenwick', kind: 'person' });
  });

  it('is the sentence’s subject, not a name read into a clause after the verb (`said Tuesday that Roe, …`)', () => {
    const text =
      'The vote will be close. Sen. Lachlan Moore is undecided, his office said on Tuesday that the senator and Orla Fenwick, ' +
      'his aide, would meet. "We will read the bill first," he said.';
    expect(speakerStarting(text, 'We will read')).toMatchObject({ name: 'Lachlan Moore', kind: 'person' });
  });
});

describe('a pronoun after a name apposed to a description that is no inverted sayer', () => {
  const after = (sentence: string): string => `${sentence}\n\n"I would never have made it without the early mornings," he said.`;
  const cases: [string, string][] = [
    [
      'a verb after its own subject (`says he owes it to his coach, <name>`)',
      'Dale Ortiz says he owes everything to his coach, Vic Lanner.',
    ],
    ['`told` with a person for its object', 'Dale Ortiz sold the bakery last spring, he told its new owner, Vic Lanner.'],
    ['`wrote to` someone', "Dale Ortiz wrote to the county's sheriff, Vic Lanner."],
    ['`said goodbye to` someone', 'Dale Ortiz said goodbye to his oldest neighbour, Vic Lanner.'],
    ['`added a line thanking` someone', 'Dale Ortiz added a line thanking his accountant, Vic Lanner.'],
    ['`, he told` someone', 'The rent went up twice, Dale Ortiz recalled, and then he told the landlord, Vic Lanner.'],
  ];
  for (const [shape, sentence] of cases) {
    it(`is the sentence's subject, not the named object, after ${shape}`, () => {
      expect(speakerStarting(after(sentence), 'I would never')).toMatchObject({ name: 'Dale Ortiz', kind: 'person' });
    });
  }

  it('is the named one after `said one of the <people>, <name>` (a quantifier opening the description)', () => {
    const text =
      'Mayor Hollis Grant spoke for an hour. Nobody had planned a walkout, said one of the marchers, Tamsin Okafor, a retired nurse. ' +
      '"I kept waiting for him to mention the flooding," she said.';
    expect(speakerStarting(text, 'I kept waiting')).toMatchObject({ name: 'Tamsin Okafor', kind: 'person' });
  });

  it('is still the named spokesman after a closing quotation mark (`," said his spokesman, <name>.`)', () => {
    const text =
      'Mayor Ruth Calder skipped the hearing. "The mayor had a prior engagement," said her spokesman, Ned Voss. ' +
      '"He will brief the council next week," he said.';
    expect(speakerStarting(text, 'He will brief')).toMatchObject({ name: 'Ned Voss', kind: 'person' });
  });
});
