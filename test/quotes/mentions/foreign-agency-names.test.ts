/**
 * A news agency or a newspaper named in its own language (`… Presse-Agentur`, `… Zeitung`) is a body:
 * it never takes `she`/`he`, so the pronoun goes on to the person. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('foreign news agencies and papers', () => {
  it('reads a hyphenated agency name as an organisation, and gives the next `she` to the person', () => {
    const body =
      'Minister Greta Holmqvist spoke at a party meeting in Lund on Friday. She told delegates the budget would be ' +
      '"balanced by the spring," Norske Nyhets-Agentur reported. "We have no other choice," she told reporters afterwards.';
    expect(speakerOf(body, 'We have no other')?.name).toBe('Greta Holmqvist');
  });

  it('reads a `Zeitung` as an outlet, never the person a `she` stands for', () => {
    const body =
      'Mayor Hanna Vogel met the union on Monday, Rheinische Zeitung reported. ' + '"A deal is close," she told reporters after the talks.';
    expect(speakerOf(body, 'A deal is close')?.name).toBe('Hanna Vogel');
  });
});
