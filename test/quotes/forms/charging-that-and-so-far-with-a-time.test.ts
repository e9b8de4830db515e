/**
 * `Roe echoed the memo, charging that the board "…"`: `charge` reports the words of its `that` clause
 * for the clause's subject (never `charged with`, never a thing charged for); `Roe went so far this week
 * as to call it "…"`: a time inside `went so far … as to` leaves the infinitive the subject's.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker?.name;

describe('`charging that` after a named subject', () => {
  it('gives the words of the `that` clause to the subject, past an appositive and a nested clause', () => {
    const body =
      'Senator Dale Fenn, R-Ohio, echoed the audit, charging that the board wanted the depot to close because its members "did not want to lose the vote."';
    expect(speakerOf(body, 'did not want to lose')).toBe('Dale Fenn');
    expect(speakerOf('Dale Fenn charged that the council was "a club for insiders."', 'a club for')).toBe('Dale Fenn');
  });

  it('leaves the words to another person quoted inside the clause', () => {
    const body = 'Senator Dale Fenn echoed the audit, charging that Mayor Al Poe had called the depot "a gift to donors."';
    expect(speakerOf(body, 'a gift to donors')).toBe('Al Poe');
  });

  it('gives no person for a document or thing that charges, nor for what is charged for', () => {
    const suit = 'The lawsuit, filed Monday by Wen Ashby, names the city, charging that officers used "needless force."';
    expect(speakerOf(suit, 'needless force')).toBeUndefined();
    const fee = 'Senator Dale Fenn spoke on Monday. The clinic was charging patients for "courtesy visits," records show.';
    expect(speakerOf(fee, 'courtesy visits')).toBeUndefined();
  });

  it('never makes the accused of `charged with` the speaker', () => {
    const body = 'The district attorney charged Wen Ashby with "reckless endangerment" on Monday.';
    expect(speakerOf(body, 'reckless endangerment')).not.toBe('Wen Ashby');
  });
});

describe('a time inside `went so far as to`', () => {
  it('gives the infinitive to the clause subject past a time or a day', () => {
    const week = 'Senator Mara Lind spoke on Monday. She went so far this week as to suggest Al Poe had committed "ledger fraud."';
    expect(speakerOf(week, 'ledger fraud')).toBe('Mara Lind');
    expect(speakerOf('Mara Lind went so far on Monday as to call the levy a "sham."', 'sham')).toBe('Mara Lind');
  });

  it('leaves the words to a person the infinitive quotes', () => {
    const body = 'Mara Lind went so far this week as to quote Al Poe, who had called the levy a "sham."';
    expect(speakerOf(body, 'sham')).toBe('Al Poe');
  });

  it('gives no speaker to unnamed critics who go so far', () => {
    expect(speakerOf('Critics went so far this week as to call the levy a "sham."', 'sham')).not.toBe('Mara Lind');
  });
});
