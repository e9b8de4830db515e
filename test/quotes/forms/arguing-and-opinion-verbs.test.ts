/**
 * `Roe made the case that the levy "…"`: making the case that something is so reports the subject's
 * words. `Roe branded the plan "…"`, `One former clerk characterized the board as a "…"`: a subject who
 * judges something with a quoted phrase (calls, brands, dubs, labels, deems, characterizes it) said
 * those words, a numeral or `one` before a description included.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('arguing and opinion verbs', () => {
  it('gives the words after `made the case that` to the subject', () => {
    expect(speaker('The council met late. Marta Quill made the case that the toll "will empty the high street."', 'will empty')).toBe(
      'Marta Quill',
    );
    expect(speaker('Ivo Brandt spoke first. He makes the case that dredging is "long overdue."', 'long overdue')).toBe('Ivo Brandt');
  });

  it('gives a quoted judgement of a thing to the person judging it', () => {
    expect(speaker('Councillor Ivo Brandt branded the toll "a tax on the poor" on Monday.', 'a tax')).toBe('Ivo Brandt');
    expect(speaker('Marta Quill deemed the audit "badly rushed" after reading it.', 'badly')).toBe('Marta Quill');
    expect(speaker('The port’s chief engineer labelled the new quay "unsafe" and resigned.', 'unsafe')).toBe('the port’s chief engineer');
  });

  it('takes one or a numeral before a description as the subject that judges', () => {
    expect(speaker('One former clerk characterized the board as a "rubber stamp" for the mayor.', 'rubber')).toBe('one former clerk');
    expect(speaker('Two retired pilots described the runway as "a trap" in interviews.', 'a trap')).toBe('Two retired pilots');
  });

  it('gives no speaker to a film cast that names a role', () => {
    expect(speaker('The studio cast Ivo Brandt as "the last lighthouse keeper" in its new film.', 'the last')).toBeUndefined();
  });
});

describe('opinion verbs with a quoted judgement of their object', () => {
  it('gives the judgement to the subject who views, considers or finds the thing so', () => {
    expect(speaker('Marta Quill views the new toll as "a tax on the poor."', 'a tax')).toBe('Marta Quill');
    expect(speaker('Ivo Brandt considers the harbour plan "a waste of money."', 'a waste')).toBe('Ivo Brandt');
    expect(speaker('The auditor, Marta Quill, found the accounts "badly kept" last year.', 'badly')).toBe('Marta Quill');
    expect(speaker('Ivo Brandt painted the merger as "a quiet takeover."', 'a quiet')).toBe('Ivo Brandt');
  });

  it('reads a verb of opinion with no object or no `as` as no attribution', () => {
    expect(speaker('Marta Quill saw "Harbour Lights" twice that winter.', 'Harbour')).toBeUndefined();
    expect(speaker('Ivo Brandt views "The Long Quay" as his best work.', 'The Long')).toBeUndefined();
  });
});
