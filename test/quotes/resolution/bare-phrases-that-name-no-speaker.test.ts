/**
 * A source phrase of two or three lower-case words with no determiner whose singular last word names
 * nothing that speaks (`cable television`, `social media`) is where the words were said, not who said
 * them: no speaker rather than a wrong one. Plurals of people (`local organizers`) stay speakers, and so
 * does a tweet's signature in lower case (`jo ann pike (@JoAnnPike)`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('bare lower-case phrases as sources', () => {
  it('gives no speaker to a medium the words were said on (`on cable television calling`)', () => {
    const body = 'Every evening her face appears on cable television calling the plan "a disgrace to the city."';
    expect(speaker(body, 'a disgrace')).toBeUndefined();
  });

  it('gives no speaker to `social media` read as the subject of `saying`', () => {
    const body = 'Within an hour the governor was back on social media saying she welcomed "the support of every voter."';
    expect(speaker(body, 'the support')).toBeUndefined();
  });

  it('keeps a plural noun of people (`local organizers said`)', () => {
    expect(speaker('"We will never back down," local organizers said.', 'We will never')).toBe('local organizers');
  });

  it('keeps a tweet signature written in lower case', () => {
    const body = 'Will the mayor blame the flooding on "poor planning" yet? — jo ann pike (@JoAnnPike) May 18, 2015';
    expect(speaker(body, 'poor planning')).toBe('jo ann pike');
  });
});
