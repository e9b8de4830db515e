/**
 * `Roe joined a call in which he lambasted …`: the pronoun subject of a clause inside the sentence, right
 * before a verb of judging, speaks for the sentence's named subject; our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a pronoun right before a governing verb inside a relative clause', () => {
  it('is the sentence’s named subject (`Jo Roe joined her on a call in which he lambasted X as the "…"`)', () => {
    const body =
      'Tomas Reval leads the dockworkers. Tomas Reval joined her on a City Hall radio call in which he lambasted ' +
      'the landlords as the "greedy few" of the harbour.';
    expect(speaker(body, 'greedy few')).toBe('Tomas Reval');
  });

  it('is not the subject when the clause goes on past a comma to another’s words (`… in which he has mocked X, including Y’s claim that "…"`)', () => {
    const body =
      'Mona Pike spoke. Pike listed the times by the governor in which he has mocked farmers, including Tom Lusk’s claim that there were "lazy people" on both sides.';
    expect(speaker(body, 'lazy people')).toBeUndefined();
  });

  it('is not who speaks the words of a relative clause after its verb (`he promoted an article that said … a "…"`)', () => {
    const body =
      'Jonas Reel runs the site. He is outspoken and he recently promoted an essay to his followers that said the country is in a "cold schism," left against right.';
    expect(speaker(body, 'cold schism')).toBeUndefined();
  });

  it('is nobody when a pronoun’s subject is no name (`Inspectors released notes from Roe in which he derided …`)', () => {
    const body =
      'Tomas Reval met Piet Olsen in May. Inspectors released notes from Olsen to Reval in which he derided the landlords as the "greedy few."';
    expect(speaker(body, 'greedy few')).toBeUndefined();
  });

  it('is not a name of the other gender (`Tom Reyes … Reyes shared an interview in which she dismissed him as "…"`)', () => {
    const body = 'Peter Olsen runs the mill. Olsen shared an old interview in which she dismissed him as "a nobody."';
    expect(speaker(body, 'a nobody')).toBeUndefined();
  });

  it('is not the name when the verb’s object is a pronoun of the name’s gender (`Ada Lind … in which he dismissed her as "…"`)', () => {
    const body = 'Mona Pike runs the mill. Pike shared an old interview in which he dismissed her as "a nobody."';
    expect(speaker(body, 'a nobody')).toBeUndefined();
  });
});
