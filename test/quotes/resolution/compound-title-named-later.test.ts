/**
 * An unnamed source described by a compound title (`an independent inspector general`) is not the person named
 * later under another title with the same last word (`Attorney General Jo Kline`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a description by a compound title, and a name given later', () => {
  it('is not the person later named under another title ending in the same word', () => {
    const body =
      'While she ran the agency, an independent inspector general reported that her board had "applied pressure to change the audit." ' +
      'Her team also fought then-GOP Attorney General Jo Kline, who found the files.';
    expect(speaker(body, 'applied pressure')).toBe('an independent inspector general');
  });
});
