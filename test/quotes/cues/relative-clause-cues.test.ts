/**
 * A verb of saying inside a relative clause set off by dashes (`—who Roe’s aide Jo Roe boasted …—`)
 * says nothing of a quotation after the clause closes.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a cue inside a relative clause between dashes', () => {
  it('does not give the clause’s subject the quotation after it', () => {
    const body =
      'Sam Okoro, whose friend Lea Hart—who Okoro’s sister Ines Okoro boasted would never have won without her—sits on the board, has been urging the chair to “shelve” the plan.';
    expect(speakerOf(body, 'shelve')?.name).not.toBe('Ines Okoro');
  });
});
