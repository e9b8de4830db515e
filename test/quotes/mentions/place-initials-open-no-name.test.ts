/**
 * Round 21: `the U.S. Navy`, `former U.S. Mideast envoy`: the scan of capitalised runs stops inside a
 * place's initials, leaving `U.` alone and `S.` before the next words; neither is a person (`S Navy`,
 * `U`), so a pronoun after them looks further for its speaker.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe("a place's initials before capitalised words", () => {
  it('make no person of the last initial and the word after it', () => {
    const body = 'Should the U.S. Navy sail into the strait? "Every storm passes," she said.';
    expect(speaker(body, 'Every storm')).not.toBe('S Navy');
  });

  it('make no person of the first initial when a role word comes before it', () => {
    const body =
      '"It is slow work," said Lena Ostrova, a historian. Hollis visited Cairo on Monday. ' +
      'A former U.S. Mideast envoy was there too. "We wait," he said.';
    expect(speaker(body, 'We wait')).not.toBe('U');
    expect(speaker(body, 'We wait')).not.toBe('S Mideast');
  });

  it('still give the words to a titled name after them', () => {
    const body = '"We will stay," said U.S. Ambassador Carl Brandt. "It is hard," he said.';
    expect(speaker(body, 'It is hard')).toBe('Carl Brandt');
  });
});
