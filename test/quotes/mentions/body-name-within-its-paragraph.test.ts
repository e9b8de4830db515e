/** A body's name read back for `the court`, `the council` stays inside one paragraph: a byline above it is no part of it. */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('the name of a body described later', () => {
  it('never takes in the byline paragraph above the body', () => {
    const body =
      'Jo Renner\n\nThe Supreme Court handed down a split ruling on Monday.\n\n' +
      'The court said the county may close the road if neighbours have no "lawful claim" to it.';
    expect(speakerStarting(body, 'lawful claim')?.name).toBe('Supreme Court');
  });
});
