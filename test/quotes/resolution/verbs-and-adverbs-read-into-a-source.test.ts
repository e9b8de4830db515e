/**
 * A source phrase that took in words of its clause (`the Gazette nonetheless warned`, `The petition that residents
 * of Marlow Heights signed … called`) is cut back to its noun phrase: the adverb or the verb is not part of who
 * speaks. A noun with a clause of its own and no `that`/`who` (`A clinic Ben Achebe opened said`) keeps its head.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('words of the clause read into a source phrase', () => {
  it('drops a sentence adverb after a name (`the Harbor Gazette nonetheless warned`)', () => {
    const body =
      'Although the mayor had insisted the levee was "sound as a bell," the Harbor Gazette nonetheless warned of "a long, wet winter."';
    expect(speaker(body, 'a long, wet winter')).toBe('Harbor Gazette');
  });

  it('drops a past verb that closes a clause opened by `that` (`residents of Marlow Heights signed`)', () => {
    const body = 'The petition that residents of Marlow Heights signed last spring called the tower "an eyesore" and "a hazard."';
    expect(speaker(body, 'an eyesore')).toBe('residents of Marlow Heights');
  });

  it('keeps the head of a noun whose own clause ends in a past verb (`A clinic Ben Achebe opened said`)', () => {
    const body = 'A clinic Ben Achebe opened said its waiting list was "longer than ever."';
    expect(speaker(body, 'longer than ever')).toBe('a clinic Ben Achebe opened');
  });

  it('drops a participle that other words follow (`said one Democrat involved in the repairs`)', () => {
    const body = 'The levee "cannot hold another storm," said one Democrat involved in the repairs.';
    expect(speaker(body, 'cannot hold')).toBe('one Democrat');
  });

  it('drops a participle after the capitalised head of the phrase (`Thirty percent of Liberals polled said`)', () => {
    const body = 'Thirty percent of Liberals polled said the tax was "a disaster."';
    expect(speaker(body, 'a disaster')).toBe('Thirty percent of Liberals');
  });
});
