/**
 * `Roe earlier this week called it "…"`, `Roe just the other day referred to them as "…"`, `Also
 * Friday, the Gazette apologized for a "…" headline`: a time between a clause's subject and its verb
 * of saying, or a day opening the clause, leaves the quoted words the subject's.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a time between a subject and its verb of saying', () => {
  it('passes over a time of several words to the subject', () => {
    const body = 'Councillor Maren Holt toured the depot. Holt earlier this month dismissed the plan as “a costly detour.”';
    expect(speaker(body, 'a costly detour')).toBe('Maren Holt');
    const day = 'Councillor Maren Holt toured the depot. Holt just the other day referred to the drivers as “worn out.”';
    expect(speaker(day, 'worn out')).toBe('Maren Holt');
  });

  it('passes over a day closed by a comma before the subject', () => {
    const body = 'Also Friday, the Riverton Courier apologized for a “plainly careless” headline on its front page.';
    expect(speaker(body, 'plainly careless')).toBe('Riverton Courier');
  });
});
