/**
 * `Holloway's son Eric`: a given name after a person's possessive surname and a family noun is that
 * person's relative, never another person of that given name. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('relatives named by a given name', () => {
  it('reads `Holloway’s son Eric` as Eric Holloway, not the Eric named before', () => {
    const body =
      'Mark Holloway set up the trust in May. Eric Lindqvist, a lawyer, signed the papers. ' +
      '"We will keep him informed," Holloway’s son Eric told reporters.';
    expect(speakerOf(body, 'We will keep')?.name).toBe('Eric Holloway');
  });

  it('leaves a relative’s given name as written when no one else bears it', () => {
    const body = 'Mark Holloway set up the trust in May. "We will keep him informed," Holloway’s daughter Clara said.';
    expect(speakerOf(body, 'We will keep')?.name).toBe('Clara');
  });
});
