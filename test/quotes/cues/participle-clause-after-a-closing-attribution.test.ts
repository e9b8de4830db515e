/**
 * `"…" with the union, Roe said on Monday in announcing the deal …`: a quotation that its sentence
 * goes on from, closed by a subject and its verb of saying, a phrase of time and the speaker's own
 * participle clause (`in announcing`, `while visiting`), is that subject's, however long the clause.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a participle clause closing an attribution at the end of the sentence', () => {
  it('gives the quotation and the one after it to the subject of the verb of saying', () => {
    const body =
      'The depot will close in May. “It is far too soon to bargain” with the drivers, Nadia Ferro said on Tuesday in unveiling the new timetable for the ferry at the harbour office. “They have not made an offer yet.”';
    expect(speaker(body, 'It is far too soon')).toBe('Nadia Ferro');
    expect(speaker(body, 'They have not made')).toBe('Nadia Ferro');
  });

  it('reads no attribution when the participle clause reports another clause of its own', () => {
    const body = 'Prices rose. “A fair rise” for tenants, the notice said while explaining that Orla Keane had “refused to pay.”';
    expect(speaker(body, 'A fair rise')).toBeUndefined();
  });
});
