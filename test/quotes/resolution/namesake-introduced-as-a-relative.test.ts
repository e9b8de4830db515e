/**
 * Round 21: `said Rita Cole, whose 30-year-old son Sgt. Aaron Cole was killed …`: a full name introduced
 * as someone's relative (a possessive, a family noun, perhaps a title) is not what the text is about, so
 * a lone `Cole` afterwards stays the speaker, not the relative named last.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a namesake introduced as a relative', () => {
  it('leaves a lone surname to the speaker who introduced the relative', () => {
    const body =
      '"The plan is a betrayal," said Rita Cole, whose 30-year-old son Sgt. Aaron Cole was killed by a drunk driver in 2014. ' +
      '"Nobody called us," Cole said.';
    expect(speaker(body, 'Nobody called')).toBe('Rita Cole');
  });

  it('still gives a lone surname to a relative who opens the sentence before it on his own', () => {
    const body =
      '"The plan is a betrayal," said Rita Cole. Her son Aaron Cole disagreed with her at the meeting. ' +
      'Aaron Cole spoke next. "It is a fair plan," Cole said.';
    expect(speaker(body, 'It is a fair')).toBe('Aaron Cole');
  });
});
