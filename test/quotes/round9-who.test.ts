import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';

/** The speaker's name and kind given to the quotation that starts with `start`. */
function speakerOf(text: string, start: string): { name: string; kind: string } | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  return q?.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : undefined;
}

describe('gender agreement from the given name (round 9)', () => {
  it('never gives `she` to a man named with a male given name and no title, even when he is the latest subject', () => {
    const text =
      'Former anchor Gretchen Holloway sued the channel last year over remarks by its founder, Roger Pemberton.\n\n' +
      'Pemberton denied every claim in the suit. "It was a hostile place to work every single day," she said.';
    expect(speakerOf(text, 'It was a hostile')?.name).toBe('Gretchen Holloway');
  });

  it('never gives `he` to a woman named with a female given name and no title', () => {
    const text =
      'Dwight Calloway ran the depot for a decade before the mayor hired Colleen Marsh to replace him.\n\n' +
      'Marsh closed two warehouses in her first month. "Nobody asked the drivers what they needed," he said.';
    expect(speakerOf(text, 'Nobody asked the drivers')?.name).toBe('Dwight Calloway');
  });
});
