/** A roundup's signature line after an excerpt (`Jo Roe, The Valley Courier`, `– Ken T. (pseudonym), 20`) names who wrote it. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker?.name);

describe('a signature line after an excerpt', () => {
  it('names the writer of the excerpt’s paragraphs: a person and a publication', () => {
    const text =
      'The budget deal drew mixed reviews.\n\n"Nobody is happy except the future taxpayers. This is a quiet disaster."\n\n' +
      '"And the deficit will keep growing for years."\n\nCarla Wells, The Harbor Review\n\nOthers disagree.';
    expect(speakers(text)).toEqual(['Carla Wells', 'Carla Wells']);
  });

  it('names the publication for its house voice or for several writers', () => {
    const text =
      '"The price is another blowout in domestic accounts."\n\nEditorial Board, The Lakeview Tribune\n\n' +
      '"The talks went nowhere for a month."\n\nJo Renner and Ann Lasky, The Harbor Review\n\n' +
      '"The town never asked."\n\nIda Moss, Lena Hart, Tom Hale and Ava Finch, The Daily Ledger';
    expect(speakers(text)).toEqual(['the Lakeview Tribune', 'the Harbor Review', 'the Daily Ledger']);
  });

  it('names the person after a dash, whatever description follows', () => {
    const text =
      'Athletes described the camps.\n\n"We had to swim in the cold until we shook."\n\n– Kenji T. (pseudonym), 20, a former swimmer';
    expect(speakers(text)).toEqual(['Kenji T']);
  });

  it('is no name alone (an interview’s speaker label) and no name going on with a preposition', () => {
    expect(speakers('Part two.\n\n"It is not about the tool at all."\n\nJen Ruddle\n\nSo what is it about?')).toEqual([undefined]);
    expect(speakers('Part two.\n\n"It is not about the tool at all."\n\n-- Oliver Brandt on the late show')).toEqual([undefined]);
  });
});
