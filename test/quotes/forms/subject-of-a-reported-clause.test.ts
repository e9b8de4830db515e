/**
 * A phrase right after a verb of saying that goes straight on into the quoted words is the reported
 * clause's subject (`Holt said the candidate "seemed upset"`), not an inverted speaker (`said Jo Roe: "…"`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('the subject of a reported clause after `said`', () => {
  it('leaves the words to the sentence subject when the quotation goes straight on from it', () => {
    const body =
      'Two members of the panel spoke after the hearing. One of them, Vermont Democrat Ida Quill, even said the applicant "seemed genuinely rattled" by the questions. ' +
      'The applicant, Rufus Dane, had testified for six hours.';
    expect(speaker(body, 'seemed genuinely rattled')).toBe('Ida Quill');
  });

  it('leaves the words to the sentence subject when a verb of the reported clause comes between', () => {
    const body = 'The pilots walked out at dawn. Dana Whitcombe apologised, then said the company had "stretched its crews too thin."';
    expect(speaker(body, 'stretched its crews')).toBe('Dana Whitcombe');
  });

  it('keeps an inverted speaker closed by a comma or colon', () => {
    const body = 'The mill closed in May. Said foreman Ezra Vail: "We saw it coming for years."';
    expect(speaker(body, 'We saw it coming')).toBe('Ezra Vail');
  });

  it('keeps an inverted speaker after a cue that opens its sentence (`Added his neighbour Pia Lund "not …"`)', () => {
    const body = 'Bo Reyes watched from the porch. Added his neighbour Pia Lund "not this year, not ever."';
    expect(speaker(body, 'not this year')).toBe('Pia Lund');
  });

  it('keeps `told him that …`: the phrase before `that` is whom the words were told, never the speaker', () => {
    const body = 'Hal Ostrow met a broker in Lisbon who told him that the buyers had "plenty of cash" to spend.';
    expect(speaker(body, 'plenty of cash')).toBeUndefined();
  });
});
