/**
 * `The audit found a "serious lack" of …`: whatever a study, a report or an audit found is its finding,
 * whatever follows `found` (`that`, a quotation, or a noun phrase holding one); a person finding a thing
 * (`Police found a "suspicious" bag`) quotes no one. A reply or a response from a body is that body's
 * statement (`"…," a reply from the ministry said`).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('what a document found, and a reply from a body', () => {
  it('gives a study or a report the words of its finding after `found a`', () => {
    expect(speakerOf('The harbour audit found a "chronic shortage" of inspectors.', 'chronic shortage')?.name).toBe('the harbour audit');
    expect(speakerOf('The flood report also found a "steady decline" in upkeep since 2009.', 'steady decline')?.name).toBe(
      'the flood report',
    );
  });

  it('gives no speaker when a person finds a thing', () => {
    expect(speakerOf('Wardens found a "strange" parcel by the gate.', 'strange')?.name).toBeUndefined();
  });

  it('gives a reply from a body to that body', () => {
    expect(speakerOf('"The line will reopen on Friday," a reply from the Tarn Valley Railway said.', 'The line will')?.name).toBe(
      'Tarn Valley Railway',
    );
  });
});
