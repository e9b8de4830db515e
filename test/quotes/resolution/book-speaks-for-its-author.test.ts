/**
 * Round 21: `Enter Harold Quist’s Paper Tigers, … Paper Tigers concedes that the mayor is "…"`: a book
 * written after its author's possessive speaks for that author; a title with no author so written
 * still names no speaker.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a book as the subject of a verb of saying', () => {
  it('speaks for the author named in the possessive before its title', () => {
    const body =
      'Harold Quist has covered three campaigns. Enter Quist’s new book, and Harold Quist’s Paper Tigers tries to explain the race. ' +
      'Paper Tigers concedes that the mayor is "careless with his words" and fails to "check" his claims.';
    expect(speaker(body, 'careless')).toBe('Harold Quist');
  });

  it('gives no speaker for a title whose author is not written before it', () => {
    const body =
      'Harold Quist has covered three campaigns. The book Paper Tigers tries to explain the race. ' +
      'Paper Tigers concedes that the mayor is "careless with his words."';
    expect(speaker(body, 'careless')).toBeUndefined();
  });
});
