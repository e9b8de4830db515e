/**
 * `Roe agreed that the plan was "…"`, `Roe, a professor, agreed it would be "…"`: what someone agrees
 * is so is reported as their view, so the words are the subject's. Agreeing to a thing or with someone
 * (`agreed to a "cooling-off period"`, `agreed with the union to extend "…"`) reports no words of theirs.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('agreeing that a clause is so', () => {
  it('gives the words of the agreed clause to the subject', () => {
    expect(speaker('Lena Ortiz, a professor at the University of Tarn, agreed it would be "tricky to enforce."', 'tricky')).toBe(
      'Lena Ortiz',
    );
    expect(speaker('Councillor Ivo Brandt agrees that the levy "hurts the smallest shops most."', 'hurts the')).toBe('Ivo Brandt');
  });

  it('gives no speaker when the subject agrees to a thing or with someone', () => {
    expect(speaker('Both dock unions agreed to a "cooling-off period" on Monday.', 'cooling-off')).toBeUndefined();
    expect(speaker('Norland agreed with the port board to widen a scheme known as "Fair Berth."', 'Fair Berth')).toBeUndefined();
  });
});
