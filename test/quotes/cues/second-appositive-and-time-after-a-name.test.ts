/**
 * `Ivo Brandt, director of Harbour Watch, a dock charity, said …`: a second appositive (describing the
 * body of the first) still leaves the name as the source; `said port spokesman Ivo Brandt early
 * Saturday`: `early`/`late` before a time word opens a time adjunct, no part of the name (round 20).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a second appositive and a time after a name', () => {
  it('gives the words to the name before a title and a second appositive', () => {
    expect(
      speaker(
        'In a statement, Ivo Brandt, director of Harbour Watch, a dock charity, said the ruling was "a setback for crews."',
        'a setback',
      ),
    ).toBe('Ivo Brandt');
  });

  it('leaves `early Saturday` out of an inverted source', () => {
    expect(speaker('"It is unhelpful," said port spokesman Ivo Brandt early Saturday.', 'It is')).toBe('Ivo Brandt');
    expect(speaker('"It is unhelpful," said an early backer of the plan, Ivo Brandt.', 'It is')).toBe('Ivo Brandt');
  });
});
