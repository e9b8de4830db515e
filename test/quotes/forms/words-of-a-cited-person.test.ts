/**
 * The subject of `quoted`/`cited` relays another's words: a name right after the verb (`Lund quoted Omar Reyes, the
 * banker who wrote that it was "…"`) is who said them; a body's name (`cited Treasury Department figures`) or a word
 * modifying a noun (`quoted Basque farmers`) is no such person.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a verb of citing before the quoted words', () => {
  it('gives the words to the person named right after it, not to its subject', () => {
    const body =
      'The host pressed the minister on wages. Lund quoted Omar Reyes, the banker and former mayor who wrote in a column last week that it was "pure wishful thinking to expect higher pay."';
    expect(speaker(body, 'pure wishful thinking')).toBe('Omar Reyes');
  });

  it('leaves words the subject cites as its own reason alone (`cited the storm being "…"`)', () => {
    const body = 'Mayor Tess Grady cited the storm being "far worse than forecast" as the reason for the delay.';
    expect(speaker(body, 'far worse than forecast')).toBe('Tess Grady');
  });

  it('keeps the subject when a body, not a person, is named after the verb (`cited Treasury Department figures`)', () => {
    const body = 'Councillor Ben Achebe cited Treasury Department figures in calling the plan "a fantasy."';
    expect(speaker(body, 'a fantasy')).toBe('Ben Achebe');
  });

  it('keeps the subject when the capitalised word only modifies a noun (`quoted Basque farmers who`)', () => {
    const body = 'The pamphlet quoted Basque farmers who spoke of "a decade of ruin" on their land.';
    expect(speaker(body, 'a decade of ruin')).toBe('the pamphlet');
  });
});
