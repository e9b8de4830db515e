/**
 * `the company said` names the organisation the text is about only when nothing else was the subject
 * since, and only for a generic head: `the paper`, `the agency` are bodies of their own kind.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a generic body description as the source', () => {
  it('is not an organisation named before another firm opened a sentence (`Kestrel Logistics rejected every claim`)', () => {
    const body =
      'Harrow Foods sued Kestrel Logistics in March. Kestrel Logistics rejected every claim.\n\n"The lawsuit is baseless," the company said.';
    expect(speakerOf(body, 'The lawsuit')?.name).not.toBe('Harrow Foods');
  });

  it('is not a company for `the paper` or `the agency`: those name a body of their own kind', () => {
    const paper =
      'The Valley Herald broke the story in April. Harrow Foods said it would fight the decision.\n\n"The mill hid its losses," the paper said in an editorial.';
    expect(speakerOf(paper, 'The mill hid')?.name).not.toBe('Harrow Foods');
    const agency =
      'The Federal Aviation Administration grounded the jets in June. Harrow Foods said it would appeal.\n\n"The jets failed two checks," the agency said.';
    expect(speakerOf(agency, 'The jets failed')?.name).not.toBe('Harrow Foods');
  });

  it('is not the firm of the sentence before a supplier that spoke (`Dunmore Dairy, a supplier, said`)', () => {
    const body =
      'Harrow Foods will shut three sites. Dunmore Dairy, a supplier, said it would lose half its trade.\n\n"We will look for other buyers," the company said.';
    expect(speakerOf(body, 'We will look')?.name).not.toBe('Harrow Foods');
  });
});
