/**
 * `"…" — radio host Jo Roe`: a dash signature whose name follows a short description (a lower-case
 * title or person noun right before it) signs as the name; a body's name after a dash stays no signature.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a dash signature with a description before the name', () => {
  it('gives the quotation to the name closing the description', () => {
    const body = 'Nobody had an answer.\n\n“The ferry board would rather argue about paint than fix the engines.” — KTRV host Selma Ortiz';
    expect(speaker(body, 'The ferry board')).toBe('Selma Ortiz');
    const longer = 'Nobody had an answer.\n\n“The engines come first.” — veteran radio host Selma Ortiz';
    expect(speaker(longer, 'The engines come')).toBe('Selma Ortiz');
  });

  it('gives no name a quotation whose dash starts a description of the words, not a signature', () => {
    const mocked = 'The crowd cheered.\n\n“Ferries for everyone” — a motto ridiculed by councillor Selma Ortiz.';
    expect(speaker(mocked, 'Ferries for everyone')).toBeUndefined();
    const borrowed = 'The crowd cheered.\n\n“Sail on” — a chant borrowed from former mayor Selma Ortiz.';
    expect(speaker(borrowed, 'Sail on')).toBeUndefined();
  });
});
