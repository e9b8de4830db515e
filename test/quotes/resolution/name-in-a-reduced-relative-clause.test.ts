/**
 * A name right after a verb or preposition's object noun with no `that` (`ran through some things Carl Burke
 * might have done`, `listed the votes Burke cast`) opens a relative clause on that noun: it is no subject a
 * later `he` takes up, whoever the sentence's own subject is.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a name opening a relative clause without `that`', () => {
  it('is not the subject a later pronoun takes up (`Reyes ran through some things Carl Burke might have done`)', () => {
    const body =
      'Tom Reyes spoke on Friday. "We will win this," he said. Reyes ran through some things Carl Burke might have done to stop it. ' +
      '"This was always going to be hard," he said.';
    expect(speaker(body, 'This was always going')).toBe('Tom Reyes');
  });

  it('nor after `the` and a plural object (`Reyes listed the votes Burke cast`)', () => {
    const body =
      'Tom Reyes took the stage after Carl Burke. Reyes listed the votes Burke cast against the dam. "None of it helped this valley," he said.';
    expect(speaker(body, 'None of it helped')).toBe('Tom Reyes');
  });

  it('still makes a name opening its own sentence the subject (`Some days Burke walks`)', () => {
    const body = 'Tom Reyes runs the shop on Main Street with Carl Burke. Some days Burke walks to work. "It clears my head," he said.';
    expect(speaker(body, 'It clears my head')).toBe('Carl Burke');
  });

  it('still makes the second of two people the subject after a comma (`In the weeks since, Burke has`)', () => {
    const body =
      'Tom Reyes lost the primary in May. In the weeks since, Carl Burke has taken over the campaign. "We start again now," he said.';
    expect(speaker(body, 'We start again now')).toBe('Carl Burke');
  });
});
