/**
 * A description the article used of someone other than the person it would otherwise go to
 * (`Pell explains to the officer …`, `The officer told Pell, "…"`) keeps being printed as it stands; an
 * apposition, a title or a copula (`Pell, the guard,`, `guard Ed Pell`, `Pell was the guard`) is no other
 * party, nor is a name the description's sentence holds as an owner or a topic (`a spokesman for Pell
 * said the senator`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a description used of someone other than the salient person', () => {
  it('is not the person who spoke to that description', () => {
    const body =
      'A video shows Dorian Pell waiting outside a library in Marlow. ' +
      'Pell explains to the officer that he is waiting for his sister. ' +
      '"You need to leave the lobby," the officer says.';
    expect(speaker(body, 'You need to leave')).toBe('the officer');
  });

  it('is not the person a second description walked up to', () => {
    const body =
      'Dorian Pell sat on a bench in Marlow. A second officer then walks over and grabs Pell. ' +
      '"You are coming with us," the second officer replies.';
    expect(speaker(body, 'You are coming')).toBe('the second officer');
  });

  it('is not the person the description told something', () => {
    const body = 'Officer Ed Pell recorded his shifts at the depot for a year. The officer told Pell, "We never log the night trucks."';
    expect(speaker(body, 'We never log')).toBe('the officer');
  });

  it('is still the person the article put in apposition to it or wrote it as the title of', () => {
    const apposed =
      'Senator Hana Voss, the senator from the coast, toured the flooded port on Monday. "We will rebuild the piers," the senator said.';
    expect(speaker(apposed, 'We will rebuild')).toBe('Hana Voss');
    const copula = 'Hana Voss was the senator who wrote the port bill. "It pays for itself," the senator said.';
    expect(speaker(copula, 'It pays for itself')).toBe('Hana Voss');
  });

  it('is still the person when the sentence names them as an owner or a topic', () => {
    const owner =
      'Senator Hana Voss toured the port. A spokesman for Voss said the senator would vote no. "The bill is dead," the senator said.';
    expect(speaker(owner, 'The bill is dead')).toBe('Hana Voss');
    const topic = 'Senator Hana Voss toured the port. Voss\'s aide said the senator was tired. "We will rebuild," the senator said.';
    expect(speaker(topic, 'We will rebuild')).toBe('Hana Voss');
  });

  it('gives another description the same head only when its modifiers are the same', () => {
    // `the officer` was used of someone else; `the chief officer` never was.
    const body =
      'Chief officer Ed Pell runs the depot. Visitor Jo Marsh argued with the officer at the gate. "Nobody enters after six," the chief officer said.';
    expect(speaker(body, 'Nobody enters')).not.toBe('Jo Marsh');
  });
});
