/**
 * `guessSpeaker` reads only the people whose names could be near what was typed: its answers are
 * those of reading every person, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessSpeaker, nearest, type NamedSpeaker } from '../../src/engine/names.ts';
import { fold } from '../../src/text/fold.ts';

/** Every person read: the plain definition. */
function guessByReadingAll(typed: string, people: readonly NamedSpeaker[]) {
  const word = fold(typed.toLowerCase());
  const byFirst = people.filter((p) => p.key.includes(' ') && p.key.split(' ')[0] === word);
  const top = (list: NamedSpeaker[]) => [...list].sort((a, b) => b.quotes - a.quotes).slice(0, 5);
  if (byFirst.length === 1) return { meant: byFirst[0], choices: byFirst };
  if (byFirst.length > 1) return { choices: top(byFirst) };
  const near = nearest(word, people, (p) => [p.key, p.key.split(' ').pop() ?? '']);
  return near.length === 1 ? { meant: near[0], choices: near } : { choices: top(near) };
}

const person = (name: string, quotes: number): NamedSpeaker => ({ name, key: fold(name.toLowerCase()), quotes });

describe('guessing the speaker meant by a word', () => {
  const people = [
    person('Wenna Ostrander', 40),
    person('Ostrander', 12),
    person('Calix Ostrandt', 9),
    person('Wenna Pelley', 3),
    person('Iker Voss', 7),
    person('Ruan Vass', 2),
  ];

  it('resolves a near spelling of one surname, and offers the choices when several are as near', () => {
    expect(guessSpeaker('Ostrandr', people).choices.map((p) => p.name)).toEqual(['Wenna Ostrander', 'Ostrander', 'Calix Ostrandt']);
    expect(guessSpeaker('Vosse', people).meant?.name).toBe('Iker Voss');
    expect(guessSpeaker('Iker', people).meant?.name).toBe('Iker Voss');
    expect(guessSpeaker('Wenna', people).choices.map((p) => p.name)).toEqual(['Wenna Ostrander', 'Wenna Pelley']);
    expect(guessSpeaker('Zzzzzz', people)).toEqual({ choices: [] });
  });

  it('answers as reading every person does, for any list of names and any word', () => {
    const word = fc.stringMatching(/^[a-e]{1,7}$/);
    const name = fc.tuple(fc.option(word, { nil: undefined }), word).map(([first, last]) => (first ? `${first} ${last}` : last));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.nat(50)), { maxLength: 40 }), word, (names, typed) => {
        const list = names.map(([n, q]) => person(n, q));
        expect(guessSpeaker(typed, list)).toEqual(guessByReadingAll(typed, list));
      }),
      { numRuns: 300 },
    );
  });
});
