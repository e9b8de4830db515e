import { describe, expect, it } from 'vitest';
import { DirtySpeakers, surnameOf } from '../../src/engine/dirty-speakers.ts';

describe('DirtySpeakers', () => {
  it('finds the waiting speakers of a surname, in the order they were added, and forgets them once settled', () => {
    const dirty = new DirtySpeakers();
    for (const key of ['ada okafor', 'okafor', 'lin park', 'ben okafor']) dirty.add(key);
    expect(dirty.ofSurname('okafor')).toEqual(['ada okafor', 'okafor', 'ben okafor']);
    expect(dirty.hasSurname('park')).toBe(true);
    dirty.delete('lin park');
    expect(dirty.hasSurname('park')).toBe(false);
    expect(dirty.ofSurname('park')).toEqual([]);
    expect(dirty.size).toBe(3);
    expect([...dirty]).toEqual(['ada okafor', 'okafor', 'ben okafor']);
  });

  it('counts a speaker added twice once, and empties by surname as well as by key', () => {
    const dirty = new DirtySpeakers();
    dirty.add('okafor');
    dirty.add('okafor');
    expect(dirty.size).toBe(1);
    dirty.clear();
    expect(dirty.hasSurname('okafor')).toBe(false);
    expect(dirty.has('okafor')).toBe(false);
  });

  it('takes the last word of a key as its surname', () => {
    expect(surnameOf('ada n okafor')).toBe('okafor');
    expect(surnameOf('okafor')).toBe('okafor');
  });
});
