import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';

/** The speaker's name and kind given to the quotation that starts with `start`. */
function speakerOf(text: string, start: string): { name: string; kind: string } | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  return q?.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : undefined;
}

describe('a surname that a relative named later shares (round 13)', () => {
  it('gives a lone surname to the namesake introduced first, not to a relative who opens a sentence later', () => {
    const text =
      'Harold Vance has led the county since 2016. Vance said the budget was balanced. His wife Delia Vance runs a charity.\n\n' +
      '"We will not raise taxes," Vance said.';
    expect(speakerOf(text, 'We will not raise')?.name).toBe('Harold Vance');
  });

  it('keeps the article subject as the person of its title-and-surname mentions, so a role description finds them', () => {
    const text =
      "Governor Ashby Korrin signed the budget on Monday. The governor's brother, Tamsin Korrin, runs a bakery. " +
      'Governor Korrin later met reporters. Mr. Okoye stood beside him.\n\n' +
      '"We will reopen it," the governor said.';
    expect(speakerOf(text, 'We will reopen it')?.name).toBe('Ashby Korrin');
  });
});
