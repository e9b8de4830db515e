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
});
