/**
 * Two grammatical places of a sayer the sentence-start subject misses: the last clause joined by
 * `and`/`but` or opened by `in which` before the quotation (`… and Mayor Jo Roe assailed the plan as the
 * "…"`), and an object relative clause of naming (`a habit Roe characterized as "…"`, `what Roe refers
 * to as an "…"`, `an outing that he liked to call "…"`), where the thing named comes before the subject.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a later clause of the sentence', () => {
  it('gives the quotation to the subject of the clause joined by and', () => {
    const body =
      'Dock workers marched for better pay this week and Mayor Ilse Varga denounced the port board as the "worst board in memory."';
    expect(speaker(body, 'worst board')).toBe('Ilse Varga');
  });

  it('gives the quotation to the subject after but, past an adverb', () => {
    const body = 'Ilse Varga tries to sound even-handed, but she nonetheless voices "deep unease" about the plan.';
    expect(speaker(body, 'deep unease')).toBe('Ilse Varga');
  });

  it('gives the quotation to the subject of a clause opened by in which', () => {
    const body = 'The council notice echoed a letter sent on Sunday, in which Ilse Varga blamed the "careless council" for the flooding.';
    expect(speaker(body, 'careless council')).toBe('Ilse Varga');
  });

  it('still leaves a quotation that no clause says to nobody', () => {
    const body = 'The dockers marched on Monday and the harbour closed its "north gate" for the day.';
    expect(speaker(body, 'north gate')).toBeUndefined();
  });
});

describe('an object relative clause of naming', () => {
  it('gives the name given to the subject after a noun', () => {
    expect(speaker('It is a habit Anton Rusk characterized as a "quiet form of theft."', 'quiet form')).toBe('Anton Rusk');
  });

  it('gives it to the subject after what, with refer to as', () => {
    expect(speaker('The board left the ferry plan in what Anton Rusk refers to as a "deep freeze."', 'deep freeze')).toBe('Anton Rusk');
  });

  it('gives it to the subject after that, past liked to', () => {
    const body = 'Anton Rusk hosts a dinner on regatta day, an evening that he liked to call "the harbour prom."';
    expect(speaker(body, 'the harbour prom')).toBe('Anton Rusk');
  });

  it('reads a pronoun with its auxiliary and a longer noun phrase before it', () => {
    const body = 'Mayor Ilse Varga has threatened to cut a separate harbour repair fund she\'s labeled a "giveaway" for owners.';
    expect(speaker(body, 'giveaway')).toBe('Ilse Varga');
  });
});

describe('a subordinate clause holding the quotation', () => {
  it('gives the quotation to the subject after although when no comma closes the clause before it', () => {
    const body = 'Although the Harbour Trust labels the flood a "natural" disaster, the mayor said crews would help.';
    expect(speaker(body, 'natural')).toBe('Harbour Trust');
  });
});
