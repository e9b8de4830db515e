/**
 * A time word between a description's article and a noun for a person modifies that noun (`a night
 * nurse`, `the morning host`): the description is the source, not a time adjunct that leaves `a`
 * alone; a time word after the description (`said a spokesman Monday`) still opens a time adjunct.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a time word inside a description of a person', () => {
  it('keeps `a night nurse` and `the morning host` whole after an inverted cue', () => {
    expect(speaker('"We were not ready for this," said a night nurse who asked not to be named.', 'We were not')).toBe('a night nurse');
    expect(speaker('"The phones never stopped," said the morning host of the station.', 'The phones')).toBe(
      'the morning host of the station',
    );
  });

  it('keeps it whole before the cue too (`a night watchman said`)', () => {
    expect(speaker('"The gate was open at midnight," a night watchman said.', 'The gate was')).toBe('a night watchman');
  });

  it('still reads `said a spokesman Monday` as the spokesman, the day a time adjunct', () => {
    expect(speaker('"It was a disaster," said a spokesman Monday.', 'It was')).toBe('a spokesman');
  });

  it('does not make a time phrase before a plural subject a description (`A week later nurses said`)', () => {
    expect(speaker('Jo Roe ran the ward. A week later nurses said the ward was "a disaster."', 'a disaster')).not.toBe(
      'A week later nurses',
    );
  });
});
