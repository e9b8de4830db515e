/**
 * Round 21: `said Harbor Guild President and CEO Marta Lynn Okafor` and `writes Harbor Ledger bureau
 * chief and veteran markets columnist Peter Vance`: two titles joined by `and` (the second a
 * capitalised title, or holding a capitalised modifier) lead up to the name, which speaks; `In a
 * statement, the Rev. Thomas Alder, director of …, a watchdog group, said` and `The family's lawyer,
 * Joan Pike, senior counsel for …, a legal group that …, said`: the name in a chain of appositives
 * speaks, past `the` before a courtesy title and past a description heading the chain.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('titles joined by `and` and descriptions heading a chain of appositives', () => {
  it('gives the words to the name after a capitalised title joined by `and`', () => {
    expect(speaker('"This is a story that deserves an audience," said Harbor Guild President and CEO Marta Lynn Okafor.', 'This is')).toBe(
      'Marta Lynn Okafor',
    );
  });

  it('gives the words to the name after two long titles joined by `and`', () => {
    expect(
      speaker(
        '"This could be the end of the deal," writes Harbor Ledger Chicago bureau chief and veteran markets columnist Peter Vance.',
        'This could',
      ),
    ).toBe('Peter Vance');
  });

  it('leaves `the` before a courtesy title out of a name heading appositives', () => {
    expect(
      speaker(
        'In a statement, the Rev. Thomas W. Alder, executive director of Citizens United for Reform, a civic watchdog group, said the ruling turns "the idea of fairness upside down."',
        'the idea',
      ),
    ).toBe('Thomas W Alder');
  });

  it('passes over a description heading the chain to the name apposed to it', () => {
    expect(
      speaker(
        'The family\'s lawyer, Joan Pike, senior counsel for the Center for Civic Law, a legal group that focuses on property law, said she was pleased the court accepted the "core" of her arguments.',
        'core',
      ),
    ).toBe('Joan Pike');
  });

  it('still takes two people joined by `and` as two', () => {
    expect(speaker('"We will appeal," said Marta Okafor and Peter Vance.', 'We will')).toBe('Marta Okafor');
  });

  it('gives no second person the words after a lower-case title and a capitalised one joined by `and`', () => {
    const later = '"The bridge stays shut," said the harbour master and Deputy Governor Nell Ashby, who drove in later.';
    expect(speaker(later, 'The bridge')).toBe('the harbour master');
    expect(speaker('"We need more buses," said the mayor and Transit Director Nell Ashby.', 'We need')).toBe('the mayor');
  });
});
