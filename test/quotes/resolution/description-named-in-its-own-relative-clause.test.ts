/**
 * A description that names itself in a relative clause (`a farm worker who gave his name as Tobin`)
 * is that named person; a relative clause that names somebody else, or no name at all, leaves the
 * description as it stands.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a description that gives its own name in a relative clause', () => {
  it('is the name given with `who gave his name as`', () => {
    const body = '"The river rose in an hour," said a farm worker who gave his name as Tobin. "We lost the barn."';
    expect(speaker(body, 'The river rose')).toBe('Tobin');
    expect(speaker(body, 'We lost the barn')).toBe('Tobin');
  });

  it('is the name given with `who identified herself only as` and `who asked to be identified by her first name,`', () => {
    const a = '"Nobody warned us," said a ward nurse who identified herself only as Marisol.';
    expect(speaker(a, 'Nobody warned us')).toBe('Marisol');
    const b = '"The line never moved," said a bus driver who asked to be identified by his first name, Ruben.';
    expect(speaker(b, 'The line never moved')).toBe('Ruben');
  });

  it('stays a description when the relative clause names someone else or no name', () => {
    const other = '"It was chaos," said a volunteer who worked with Dana Kell at the shelter.';
    expect(speaker(other, 'It was chaos')).toBe('a volunteer');
    const refused = '"I saw the fire first," said a neighbour who declined to give his name.';
    expect(speaker(refused, 'I saw the fire first')).toBe('a neighbour');
  });
});
