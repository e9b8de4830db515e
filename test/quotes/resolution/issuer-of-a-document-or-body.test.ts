/**
 * Round 19: `the statement said` / `the company said` when nobody was quoted before: the subject of the
 * sentence of indirect speech just before issued it. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a definite document or body with no quoted speaker before it', () => {
  it('is the body that said something in that document just before (`In a statement Sunday, X said …`)', () => {
    const body =
      'Hundreds of people marched along the river on Sunday.\n\n' +
      'In a statement late Sunday, grain shipper Northwind Holdings said it remained committed to the new terminal.\n\n' +
      '"The ruling today is only the latest delay in a long series," the statement read.';
    expect(speakerOf(body, 'The ruling today')?.name).toMatch(/Northwind Holdings$/);
  });

  it('reads past a quotation closing that sentence (`X claimed that the plan is "…"`)', () => {
    const body =
      'Talks stalled again this week.\n\n' +
      'In a long statement released on Monday, the Harbour Workers Federation claimed that the offer was "an insult to every member."\n\n' +
      '"We will not sign anything of the kind," the statement said.';
    expect(speakerOf(body, 'We will not sign')?.name).toMatch(/Harbour Workers Federation$/);
  });

  it('stays a description when the sentence before names no document of that kind', () => {
    const body =
      'The mayor spoke to reporters on Friday.\n\n' + 'Jo Roe said the budget would pass.\n\n' + '"Nothing has changed," the letter said.';
    expect(speakerOf(body, 'Nothing has changed')?.name).toBe('the letter');
  });

  it('is no person for a body noun (`Jo Roe said … "…," the company said`)', () => {
    const body = 'Jo Roe said on Friday that the plant would close.\n\n' + '"We regret the decision," the company said.';
    expect(speakerOf(body, 'We regret')?.name).not.toBe('Jo Roe');
  });
});

describe('a party member described right after the sentence of which the person is the subject', () => {
  it('is that person, though someone else was named in the paragraph before (`Rep. X also said … the Texas Republican said`)', () => {
    const body =
      '"I see no support at all," Rep. Ann Booth told reporters.\n\n' +
      'Rep. Carl Dunmore also said he remains unconvinced. "It is far from settled," the Texas Republican said after the meeting.';
    expect(speakerOf(body, 'It is far from')?.name).toBe('Carl Dunmore');
  });

  it('is nobody when another person was named after the subject', () => {
    const body =
      'Rep. Carl Dunmore also said he spoke with Rep. Ann Booth. "It is far from settled," the Texas Republican said after the meeting.';
    expect(speakerOf(body, 'It is far from')?.name).not.toBe('Carl Dunmore');
  });
});
