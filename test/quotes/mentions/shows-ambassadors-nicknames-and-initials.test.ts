import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

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

  it('keeps `with knowledge of` inside a source phrase (`a person with direct knowledge of the talks said`)', () => {
    const text = 'The bid was withdrawn. "Nobody on the board wanted to sign it," a person with direct knowledge of the talks said.';
    expect(speakerOf(text, 'Nobody on the board')).toBe('a person with direct knowledge of the talks');
  });

  it('gives the quotation after `<Name>, <description>, disagrees.` to that person', () => {
    const text =
      '"Harbour fees will fall," said Ann Calloway, a shipping analyst. Breck Thorne, the head of research at Dover Fund, disagrees. ' +
      '"The trouble is that nobody has cut a single fee. So we wait."';
    expect(speakerOf(text, 'The trouble is')).toBe('Breck Thorne');
  });

  it('gives the quotation opening the next paragraph to a named subject who agreed with a view', () => {
    const text = 'Harbour fees rose again in May.\n\nBreck Thorne agreed with that reading.\n\n"We have not seen a cut in three years."';
    expect(speakerOf(text, 'We have not seen')).toBe('Breck Thorne');
  });

  it('does not give a quotation after `Most economists agree.` to anyone', () => {
    const text = 'Rates rose again in May. Most economists agree. "Rates will fall by winter."';
    expect(speakerOf(text, 'Rates will fall')).toBeUndefined();
  });

  it('reads a cue written between zero-width spaces (`\\u200bRoe said\\u200b`)', () => {
    const text =
      'Breck Thorne is a senator from Ohio. “We do not know yet whether the plan worked,” \u200bThorne said\u200b in an interview.';
    expect(speakerOf(text, 'We do not know')).toBe('Breck Thorne');
  });

  it('gives no speaker to a nickname inside a name or a show’s title after its network (`Jo "Red" Roe`, `WXYZ’s "Early Desk" Monday`)', () => {
    const text =
      'Police charged Tom Kent with theft after he robbed Margaret "Peggy" Lund on Main Street. ' +
      '"It was terrifying," Breck Thorne said on WXYZ’s "Early Desk" Monday. "Nobody expected it here."';
    expect(speakerOf(text, 'Peggy')).toBeUndefined();
    expect(speakerOf(text, 'Early Desk')).toBeUndefined();
    expect(speakerOf(text, 'Nobody expected')).toBe('Breck Thorne');
  });

  it('reads past initials that a lower-case word follows (`at the U.N. for years, said`) to the cue', () => {
    const text =
      '“The treaty reaches too far,” Breck Thorne, the league’s counsel who has also argued its case at the U.N. for nearly a decade, said on Monday.';
    expect(speakerOf(text, 'The treaty reaches')).toBe('Breck Thorne');
  });

  it('gives no speaker named by initials alone (`the country’s U.N. mission wrote` is no person `U N`)', () => {
    const text = 'Ruritania denied it. “The council is still working,” Ruritania’s U.N. mission wrote on Thursday.';
    expect(speakerOf(text, 'The council is still')).not.toBe('U N');
  });

  it('reads `states` before `that` as the verb of a document subject (`A 2010 council memo states that …`)', () => {
    const text = 'Boats need a permit. A 2010 council memo states that the harbour “belongs to every fisher in the county.”';
    expect(speakerOf(text, 'belongs to every')).toBe('a 2010 council memo');
  });

  it('reads a colon lead-in whose sentence names a show in quotation marks (`on WXYZ’s "Early Desk":`)', () => {
    const text =
      'The council was hostile. Thorne addressed the council’s hostility at length on WXYZ’s "Early Desk": “Listen, nobody there has read the plan.”';
    expect(speakerOf(text, 'Listen, nobody')).toBe('Thorne');
  });
});
