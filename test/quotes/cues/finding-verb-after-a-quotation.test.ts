/**
 * `"…," the audit found.`, `The review found: "…"`: `found` closing an attribution after a quotation,
 * or before a colon and the quotation, is a verb of saying like `concluded`; before a quotation after a
 * qualified report (`a report on the board found "…"`) the report speaks, never the board; in narration
 * elsewhere (`A boat was found.`) it attributes nothing.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a verb of finding closing an attribution', () => {
  it('gives the quotation to the study that found it', () => {
    const body = 'The inspectors reported in June. “In most depots, the spare parts sat unused for years,” the review found.';
    expect(speaker(body, 'In most depots')).toBe('the review');
    const colon = 'The inspectors reported in June. The review found: “Most spare parts sat unused for years.”';
    expect(speaker(colon, 'Most spare parts')).toBe('the review');
  });

  it('gives the words a qualified report found to the whole report, not to what it is about', () => {
    const body = 'Nothing changed. But a 2019 county report on the city’s housing board found “a long pattern of neglect.”';
    expect(speaker(body, 'a long pattern')).toBe('a 2019 county report on the city’s housing board');
  });

  it('gives a quotation before a finding in narration to its own cue, not to what was found', () => {
    const body = 'Divers searched the lake. “Keep out,” read a sign on the gate. A boat was found.';
    expect(speaker(body, 'Keep out')).toBe('a sign on the gate');
  });

  it('gives nobody the words that people or tests found, as what they found is no speech', () => {
    const scan = 'Jo Dunn runs the ward. X-rays found “two small cracks” in her wrist.';
    expect(speaker(scan, 'two small cracks')).toBeUndefined();
    const police = 'Jo Dunn is the treasurer. Officers found “a large sum” of cash in the safe.';
    expect(speaker(police, 'a large sum')).toBeUndefined();
    const samples = 'Jo Dunn is a chemist. Samples this year found “worrying” traces of mercury in the river.';
    expect(speaker(samples, 'worrying')).toBeUndefined();
  });

  it('still gives the words an audit found before its quotation to the audit', () => {
    const body = 'The city paid the firm for years. The state audit found “no record of the work” in the files.';
    expect(speaker(body, 'no record')).toBe('the state audit');
  });
});
