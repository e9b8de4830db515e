/**
 * Round 21: `Another GOP aide said … "…," the staffer complained.`: `the staffer` takes up an unnamed
 * member of someone's staff introduced by a narrower head (`aide`, `adviser`), as `the official` takes
 * up an attaché; it never takes up a description of someone outside a staff.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('`the staffer` after an unnamed aide', () => {
  it('gives the words to the aide the sentence before introduced', () => {
    const body =
      'The vote on the port bill is close. Another Senate aide said the calls were running ten to one against it. ' +
      '"Nobody likes how this is going," the staffer complained.';
    expect(speaker(body, 'Nobody likes')).toBe('another Senate aide');
  });

  it('does not take up a description of someone outside a staff', () => {
    const body =
      'The vote on the port bill is close. A dock worker said the calls were running ten to one against it. ' +
      '"Nobody likes how this is going," the staffer complained.';
    expect(speaker(body, 'Nobody likes')).not.toBe('a dock worker');
  });
});
