/**
 * Round 12 (issue 13): organisations, publications and documents as speakers. Our own sentences, in
 * the shapes of the tuning sets' misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../support/quote-starting.ts';

describe('a body named with a word that ends only bodies’ names', () => {
  it('is the speaker `it` stands for in a relative clause after the body’s whole name (`America Forward PAC`, not `America`)', () => {
    const body =
      'The weekend was busy for both campaigns. America Forward PAC then followed up on Friday with a short film which it says ' +
      'shows "the grave doubts about Smith raised in the hearing." Nothing else happened.';
    expect(speakerStarting(body, 'the grave doubts')).toMatchObject({ name: 'America Forward PAC', kind: 'organisation' });
  });

  it('is an organisation, never a person, when its name ends in `PAC`', () => {
    const body = 'Lakeshore Values PAC disputed the figures. "Nobody paid for those ads but our members," Lakeshore Values PAC said.';
    expect(speakerStarting(body, 'Nobody paid')).toMatchObject({ name: 'Lakeshore Values PAC', kind: 'organisation' });
  });
});

describe('a description of a publication named earlier', () => {
  it('is the review whose whole name the article wrote (`the review` after `the Stanford Media Review`)', () => {
    const body =
      'Readers should compare outlets, says the Stanford Media Review in its new issue. Reading widely matters, according to the ' +
      'Review, because it builds trust. "Meeting people is useful when they agree but even more so when they argue," the review stated.';
    expect(speakerStarting(body, 'Meeting people')).toMatchObject({ name: 'Stanford Media Review', kind: 'organisation' });
  });
});
