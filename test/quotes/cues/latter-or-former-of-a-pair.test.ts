/**
 * `Jo Roe and Ann Lee, the latter of whom warned that "…"`: `the latter` is the second of the two
 * people named right before, `the former` the first, and that one is who spoke.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('the latter or the former of two people just named', () => {
  it('gives the quotation to the second person for `the latter of whom`', () => {
    const body =
      'The survey was led by Nadia Okafor and Piet Hagen, the latter of whom warned that "the river is silting up faster than expected."';
    expect(speaker(body, 'the river is')).toBe('Piet Hagen');
  });

  it('gives the quotation to the first person for `the former of whom`', () => {
    const body = 'The survey was led by Nadia Okafor and Piet Hagen, the former of whom said, "We need another season of samples."';
    expect(speaker(body, 'We need another')).toBe('Nadia Okafor');
  });

  it('takes the last of a longer list for `the latter`', () => {
    const body =
      'The survey was led by Nadia Okafor, Lise Moreau and Piet Hagen, the latter of whom warned that "the river is silting up faster than expected."';
    expect(speaker(body, 'the river is')).toBe('Piet Hagen');
  });
});
