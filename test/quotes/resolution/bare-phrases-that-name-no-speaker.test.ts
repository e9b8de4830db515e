/**
 * A source phrase of two or three lower-case words with no determiner whose singular last word names
 * nothing that speaks (`cable television`, `social media`) is where the words were said, not who said
 * them: no speaker rather than a wrong one. Plurals of people (`local organizers`) stay speakers, and so
 * does a tweet's signature in lower case (`ruth ode (@RuthOde)`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('bare lower-case phrases as sources', () => {
  it('gives no speaker to a medium the words were said on (`on cable television calling`)', () => {
    const body = 'Every evening her face appears on cable television calling the plan "a disgrace to the city."';
    expect(speaker(body, 'a disgrace')).toBeUndefined();
  });

  it('gives no speaker to `social media` read as the subject of `saying`', () => {
    const body = 'Two days later the coach turned up on social media saying he regretted "every word of that interview."';
    expect(speaker(body, 'every word')).toBeUndefined();
  });

  it('keeps a plural noun of people (`local organizers said`)', () => {
    expect(speaker('"We will never back down," local organizers said.', 'We will never')).toBe('local organizers');
  });

  it('keeps a tweet signature written in lower case', () => {
    const body = 'So the toll goes up again and the council calls it "fair pricing"? — ruth ode (@RuthOde) June 3, 2019';
    expect(speaker(body, 'fair pricing')).toBe('ruth ode');
  });
});
