import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('verbs of answering back', () => {
  it('reads `jabbed back,` before a quotation as a cue of saying', () => {
    const text = 'The debate grew heated. In response, Jane Roe jabbed back, "You have never run anything in your life."';
    expect(speakerOf(text, 'You have never')).toBe('Jane Roe');
  });

  it('reads `hit back` with its target and a colon as a cue of saying', () => {
    const text = 'The debate grew heated. Tom Kent hit back at his rival on Friday: "He has never run anything in his life."';
    expect(speakerOf(text, 'He has never')).toBe('Tom Kent');
  });

  it('reads `lashed back,` before a quotation as a cue of saying', () => {
    const text = 'The debate grew heated. Jane Roe lashed back, "You have never run anything in your life."';
    expect(speakerOf(text, 'You have never')).toBe('Jane Roe');
  });

  it('never reads a team that `hit back` in a match as the speaker of a chant after it', () => {
    const text = 'The Lions hit back with two late goals in the cold. "We are the champions," the crowd sang until midnight.';
    expect(speakerOf(text, 'We are the champions')).not.toBe('The Lions');
  });
});
