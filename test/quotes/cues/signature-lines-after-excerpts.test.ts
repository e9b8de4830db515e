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

  it('is no dash line holding a verb (a list’s sentence)', () => {
    const text =
      'The vigil closed at midnight.\n\n"We will march again in spring."\n\n- Pia Sorensen, the treasurer, was detained two days afterwards.';
    expect(speakers(text)).toEqual([undefined]);
    expect(speakers('Then silence.\n\n"Bring the tents inside."\n\n– Mads Holm, a warden, will testify on Friday.')).toEqual([undefined]);
    // A participle describes the writer: the line still signs.
    expect(speakers('Then silence.\n\n"Bring the tents inside."\n\n– Mads Holm, writing after the storm')).toEqual(['Mads Holm']);
  });

  it('is no credit line under a lone pull quote, unless another excerpt is signed the same way', () => {
    const credit =
      'The hall stayed lit until dawn.\n\n"See you all next winter!"\n\nPia Sorensen, Agence Nordique\n\nThe doors closed at six.';
    expect(speakers(credit)).toEqual([undefined]);
    const roundup =
      'Columnists weighed in.\n\n"The levy is a gift to landlords."\n\nPia Sorensen, The Fjord Gazette\n\n' +
      '"The levy will pay for the new bridge."\n\nMads Holm, The Coastal Star';
    expect(speakers(roundup)).toEqual(['Pia Sorensen', 'Mads Holm']);
  });

  it('keeps a publication’s name whole after its house voice (`Today` closing it)', () => {
    const text =
      'Views on the ruling:\n\n"The court chose caution."\n\nEditorial Board, Valley Today\n\n"The court chose wrong."\n\nEditorial Board, The Ridge Sentinel';
    expect(speakers(text)).toEqual(['Valley Today', 'the Ridge Sentinel']);
  });
});
