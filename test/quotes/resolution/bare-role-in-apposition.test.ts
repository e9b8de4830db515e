/**
 * A role written without an article in apposition right after a name (`The tenants' lawyer, Jo Roe,
 * senior counsel for the Harbor Tenants League, a housing group, said`) is that name's, not the body's
 * it serves; without a name right before its comma, the phrase is read as before.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a bare role in apposition after a name', () => {
  it('is the name the apposition follows, with its first word read into the source or left out', () => {
    const senior =
      "The tenants' lawyer, Mira Castellan, senior counsel for the Harbor Tenants League, a housing group that sues landlords, " +
      'said she was pleased the court accepted the "bulk" of her case.';
    expect(speaker(senior, 'bulk')).toBe('Mira Castellan');
    const chief =
      'The tenants\' lawyer, Mira Castellan, chief counsel for the Harbor Tenants League, a housing group, said she was pleased with the "bulk" of the ruling.';
    expect(speaker(chief, 'bulk')).toBe('Mira Castellan');
  });

  it('names no person when no name stands before the comma', () => {
    const body =
      'The tenants\' lawyer met on Tuesday, senior counsel for the Harbor Tenants League, a housing group, said she was pleased with the "bulk" of the ruling.';
    expect(speaker(body, 'bulk')).not.toBe('Tuesday');
    expect(speaker(body, 'bulk')).not.toBe('Mira Castellan');
  });
});
