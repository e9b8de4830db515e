/**
 * A transcript's labels (`Question:`, `Answer:`) open lines of a record, they name nobody: no speaker
 * of their own, and never the antecedent of a later `she`. Our own sentences, in the shape of a
 * tuning miss (never its text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

const transcript =
  'The transcript of the interview with Dana Whitlock was released on Monday. Question: "Did the team know the outcome?" ' +
  'Answer: "Sure." When asked how she knew about the draft, she responded "Someone handed me a copy."';

describe('a transcript label', () => {
  it('is no speaker of the line it opens', () => {
    expect(speakerStarting(transcript, 'Did the team')).toBeUndefined();
    expect(speakerStarting(transcript, 'Sure.')).toBeUndefined();
  });

  it('is not what a later pronoun refers to', () => {
    expect(speakerStarting(transcript, 'Someone handed me')).toMatchObject({ name: 'Dana Whitlock' });
  });
});
