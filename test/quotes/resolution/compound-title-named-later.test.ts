/**
 * An unnamed source described by a compound title (`an acting inspector general`) is not the person named
 * later under another title with the same last word (`Attorney General Lee Moss`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a description by a compound title, and a name given later', () => {
  it('is not the person later named under another title ending in the same word', () => {
    const body =
      'Under his watch, an acting inspector general concluded that the depots were "short of trucks." ' +
      'The depots were later audited by then-Republican Attorney General Lee Moss.';
    expect(speaker(body, 'short of trucks')).toBe('an acting inspector general');
  });
});
