/**
 * Round 21: `Peter Jr.` written before `Peter Vance Jr.` is the same person, whichever comes first; a
 * given name with another generation (`Peter Sr.`) stays someone else.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a given name and a generation before the full name', () => {
  it('is the person the full name names later', () => {
    const body =
      'Peter Jr. did what he could for the firm.\n\n' +
      'Now that Peter Vance Jr. has admitted to a meeting with a lobbyist, the story changes. ' +
      'He said on Saturday that "we mostly discussed the weather."';
    expect(speaker(body, 'we mostly')).toBe('Peter Vance Jr');
  });

  it('keeps another generation apart', () => {
    const body = 'Peter Sr. built the firm.\n\n' + 'Peter Vance Jr. now runs it. "We mostly discussed the weather," Peter Sr. said.';
    expect(speaker(body, 'We mostly')).toBe('Peter Sr');
  });
});
