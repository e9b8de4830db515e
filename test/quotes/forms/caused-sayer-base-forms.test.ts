/**
 * A verb that makes someone speak works in its base form too (`Losing streaks lead Ravi Shah to conclude that "…"`): the
 * person made to say them speaks, not the person the sentence is about.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a causing verb in its base form', () => {
  it('gives the words to its object who is made to say them (`lead X to conclude that`)', () => {
    const body = 'Coach Dina Falk lost four games in a row. Losing streaks lead Ravi Shah to conclude that "the club is rudderless."';
    expect(speaker(body, 'the club is rudderless')).toBe('Ravi Shah');
  });
});
