/**
 * Round 21: a roundup's dash signature in a publication's own voice (`” — Editorial, Harbor Weekly`,
 * `” — The Editors, Harbor Weekly`) gives the words to the publication, never to `Editorial`.
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

const roundup = (signature: string): string =>
  'What the papers say\n\n' +
  `"The new ferry plan is reckless, and the town will pay for it for years." ${signature}\n\n` +
  'A different view\n\n' +
  '"It is a bold plan that will pay off in time for everyone." — Lou Perrin, Coast Daily';

describe("a dash signature in a publication's own voice", () => {
  it('gives an editorial to the publication named after the comma', () => {
    const speaker = speakerStarting(roundup('— Editorial, Harbor Weekly'), 'The new ferry');
    expect(speaker?.name).toBe('Harbor Weekly');
    expect(speaker?.kind).toBe('organisation');
  });

  it('does the same for the editors and the editorial board', () => {
    expect(speakerStarting(roundup('— The Editors, Harbor Weekly'), 'The new ferry')?.name).toBe('Harbor Weekly');
    expect(speakerStarting(roundup('— Editorial Board, The Harbor Weekly'), 'The new ferry')?.name).toBe('the Harbor Weekly');
  });

  it("still gives a writer's signature to the writer", () => {
    expect(speakerStarting(roundup('— Mara Quint, Harbor Weekly'), 'The new ferry')?.name).toBe('Mara Quint');
  });
});
