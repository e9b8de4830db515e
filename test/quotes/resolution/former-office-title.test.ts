/**
 * A description by a past government office written as its title (`the former Secretary of Labor`).
 * Our own sentences, in the shapes of the tuning sets' misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('`the former Secretary of …` after its cue', () => {
  it('is the person the text is about, as `the former governor` is (the department ties nobody)', () => {
    const body =
      'It is official. Maria Delgado announced today that Sen. Tom Reyes will be her running mate, putting the quiet Texan in the spotlight. ' +
      '"I am delighted to share this with you first: Tom is my choice," the former Secretary of Labor said in a message to her supporters. ' +
      'Reyes, a former mayor, was the safe pick.';
    expect(speakerStarting(body, 'I am delighted')).toMatchObject({ name: 'Maria Delgado', kind: 'person' });
  });

  it('stays a description when the office is not a past one (`the Secretary of Labor`)', () => {
    const body =
      'It is official. Maria Delgado announced today that Sen. Tom Reyes will be her running mate, putting the quiet Texan in the spotlight. ' +
      '"I am delighted to share this with you first: Tom is my choice," the Secretary of Labor said in a message to the press. ' +
      'Reyes, a former mayor, was the safe pick.';
    expect(speakerStarting(body, 'I am delighted')?.name).not.toBe('Maria Delgado');
  });
});
