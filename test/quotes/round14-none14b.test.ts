import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('speakers no cue reached (round 14, second pass)', () => {
  it('keeps a host whose show is named after them (`his program Colter Quill Tonight`) as the speaker', () => {
    const text =
      'Radio host Colter Quill spoke at the farmers’ forum on Saturday, a month after a segment on his program Colter Quill Tonight ' +
      'angered the grain lobby.\n\n“The louder they complain, the surer I am that we hit a nerve,” Quill said.';
    expect(speakerOf(text, 'The louder')).toBe('Colter Quill');
  });

  it('still reads a show named by a title noun as no speaker (`the show Harbour Lights`)', () => {
    const text =
      'Critics loved the show Harbour Lights this year. “It is a triumph of small things,” Harbour Lights said in its promotion.';
    expect(speakerOf(text, 'It is a triumph')).toBeUndefined();
  });

  it('reads the name after `Ambassador to the <body>` as a person (`Ambassador to the World Bank Jo Roe`)', () => {
    const text =
      'Canadian Ambassador to the Arctic Council Breck Thorne warned the ministers on Monday. ' +
      '"We cannot wait another season," he said at the meeting.';
    expect(speakerOf(text, 'We cannot wait')).toBe('Breck Thorne');
  });

  it('still reads an adviser to a person as that person’s adviser, not the person (`an adviser to Jo Roe`)', () => {
    const text = 'An adviser to Hillary Rodham Clinton spoke on Monday. "We cannot wait another season," the adviser said.';
    expect(speakerOf(text, 'We cannot wait')).not.toBe('Rodham Clinton');
  });
});
