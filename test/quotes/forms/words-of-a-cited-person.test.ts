/**
 * The subject of `quoted`/`cited` relays another's words: a name right after the verb (`Lund quoted Omar Reyes, the
 * banker who wrote that it was "…"`) is who said them.
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
});
