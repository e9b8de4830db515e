/**
 * `"…," Jo Roe, author of "Cold Iron," told the Post`: a work's title in quotation marks inside the
 * description after a quotation is part of that description, so the attribution reads past it to its
 * verb as it does past an unquoted title; the title never becomes the speaker.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a quoted title inside the description after a quotation', () => {
  it('reads past the title to the verb of saying', () => {
    expect(speaker('"The river rose in an hour," Tomas Berg, author of "Cold Iron," told the Post.', 'The river rose')).toBe('Tomas Berg');
  });

  it('reads past a title after a longer description, for a bare surname the article named before', () => {
    const body =
      'Petra Vossberg, a historian, spent a decade on the flood.\n\n' +
      '"The river rose in an hour," Vossberg, author of a grim history of the valley, "Black Water," told the paper in 2001.';
    expect(speaker(body, 'The river rose')).toBe('Petra Vossberg');
  });

  it('never gives the words to the title', () => {
    const body = '"The river rose in an hour," Vossberg, author of a grim history of the valley, "Black Water," told the paper.';
    expect(speaker(body, 'The river rose')).not.toBe('"Black Water,"');
  });
});
