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
