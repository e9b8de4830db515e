/**
 * Round 11 (issue 13): names of storms, places and sentence words printed as people. Our own
 * sentences, in the shapes of the tuning sets' misses and of `scripts/speaker-junk.ts`'s flags.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('names that are no person', () => {
  it('never gives `he`/`she` to a storm (`Hurricane X`), whatever given name it carries', () => {
    const body =
      'A retired baker who lost his shop described it in a letter to the council: It is as if, after Hurricane Sandra ' +
      'flattened the coast, the inspectors asked survivors for their permits. "And if you had none," he wrote, "you got nothing."';
    expect(speaker(body, 'And if you had none')).not.toBe('Hurricane Sandra');
  });

  it('never gives a quotation to a place named like a person (`X Creek`, `X Bridge`)', () => {
    const body = 'Traffic backed up for miles at the Thomas Paine Bridge. "We sat there for two hours," he said.';
    expect(speaker(body, 'We sat there')).not.toBe('Thomas Paine Bridge');
    const creek = 'Patrick Creek said the levy was "too high for retirees."';
    expect(speaker(creek, 'too high')).not.toBe('Patrick Creek');
  });

  it('reads no speaker out of a participle or a time word opening the sentence', () => {
    const body = 'Closing out the hour, the anchor read a viewer\'s note: "Thank you for the honest coverage."';
    expect(speaker(body, 'Thank you for the honest')).not.toBe('Closing');
    const show = 'The singer went on Today to talk about the tour. "I am nervous every single night," Today reported her saying.';
    expect(speaker(show, 'I am nervous')).toBeUndefined();
    expect(speaker('Tonight the mayor will speak. "We are ready," Tonight said in a promo.', 'We are ready')).toBeUndefined();
  });
});
