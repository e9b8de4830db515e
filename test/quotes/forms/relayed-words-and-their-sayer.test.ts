/**
 * A publication that relayed the words (`"…," the Valley Courier reported`, `according to the Courier`) gives way
 * to a sayer written in the quotation's own sentence, who said them.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a trailing credit to the publication that relayed the words', () => {
  it('yields to the sentence subject whose verb of saying leads into a full quotation (`, the Courier reported`)', () => {
    const body =
      'Councillor Wanda Pryce spoke for the motion before the vote, telling the chamber, "Parks should not close at dusk," the Valley Courier reported.';
    expect(speaker(body, 'Parks should not close')).toBe('Wanda Pryce');
  });

  it('yields to the subject of `told … that` for a partial quotation (`, according to the Courier`)', () => {
    const body =
      'Minister Otto Brandl told a meeting of farmers in Graz that the new quotas would be "fair to every valley," according to the weekly Alpenpost.';
    expect(speaker(body, 'fair to every valley')).toBe('Otto Brandl');
  });

  it('keeps the publication when the sentence names no other sayer', () => {
    const body = 'The ferry will stop running in March because it is "too costly to repair," the Valley Courier reported.';
    expect(speaker(body, 'too costly to repair')).toBe('Valley Courier');
  });

  it('keeps the publication for words in a relative clause on something else (`the Act, which "…"`)', () => {
    const body =
      'Lenny Marsh agreed to testify against his friends so he could be tried under the Youth Courts Act, which "lets a judge send him to prison at 21," according to a Valley Courier report.';
    expect(speaker(body, 'lets a judge send')).not.toBe('Lenny Marsh');
  });
});

describe('`X quoted Y` after a quotation', () => {
  it('gives the words to the person quoted, not to the publication that quoted them', () => {
    const body = '"The deal will move the needle on our priorities," the Ledger quoted Nina Ross, a spokeswoman for the committee.';
    expect(speaker(body, 'The deal will move the needle')).toBe('Nina Ross');
  });

  it('gives the words to whoever stands before `as saying`', () => {
    const body = '"The border stays shut," the agency quoted two senior officials as saying.';
    expect(speaker(body, 'The border stays shut')).toBe('two senior officials');
  });

  it('reads no `X quoted Y` of the next sentence into a quotation that closed its own (`"…." Odom then quoted`)', () => {
    const body =
      'Carl Odom ended his talk with a warning. "Budgets are moral documents." Odom then quoted Winston Churchill at some length.';
    expect(speaker(body, 'Budgets are moral documents')).toBe('Carl Odom');
  });

  it('takes no verb of saying after `cites` for a title before a name (`the guide cites says that Mayor Lena Marsh`)', () => {
    const body =
      'The teaching guide lists its aims plainly. Another "core theme" the guide cites says that Mayor Lena Marsh turned from "harsh policing" to outreach.';
    expect(speaker(body, 'core theme')).toBe('the guide');
  });

  it('keeps the subject of a passive (`Roe is quoted in the piece`)', () => {
    const body = '"His moment has passed," Dale Fenn is quoted in the 1998 Harbor Weekly piece.';
    expect(speaker(body, 'His moment has passed')).toBe('Dale Fenn');
  });
});

describe('a cue of its own before `according to` after a quotation', () => {
  it('gives the words to its source (`the ad read according to the Ledger`), and the next quotation goes on with it', () => {
    const body = '"Two firms have vast power over our lives," the ad read according to the Ledger. "We all use them."';
    expect(speaker(body, 'Two firms have vast power')).toBe('the ad');
    expect(speaker(body, 'We all use them')).toBe('the ad');
  });
});
