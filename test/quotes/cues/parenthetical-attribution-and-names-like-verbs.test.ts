/**
 * Attributions the cue reader used to miss: a short `, she admits,` between two commas after the
 * words that follow a quotation (not only one that opens with its verb, `, said Jo Roe,`); a surname
 * that is also a verb of saying (`Muse`, `Cry`) right before `said`; and a roundup's entry led in by
 * a dash and a name (`HEADING - Jo Roe: "…"`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a parenthetical attribution between commas after a quotation', () => {
  it('gives the quotation to the subject of a short clause of saying set off by commas', () => {
    const body =
      'Orla Vance has pushed for harbour reform for a decade. The change will "take several attempts" in other ports, Vance admits, before it sticks.';
    expect(speaker(body, 'take several')).toBe('Orla Vance');
  });

  it('reads a pronoun there as it reads one after the quotation', () => {
    const body =
      'Orla Vance has pushed for harbour reform for a decade. The change will "take several attempts" in other ports, she admits, before it sticks.';
    expect(speaker(body, 'take several')).toBe('Orla Vance');
  });

  it('does not read a longer clause between commas as an attribution', () => {
    const body =
      'The change will "take several attempts" in other ports, the council of the northern harbour towns decided last year, before it sticks.';
    expect(speaker(body, 'take several')).toBeUndefined();
  });
});

describe('a surname that is a verb of saying', () => {
  it('is the subject of the verb of saying right after it', () => {
    const body =
      'Boats have been leaving at night since March, said Tomas Muse, a lawyer in the port. "One bad crossing could undo all of this," Muse said.';
    expect(speaker(body, 'One bad crossing')).toBe('Tomas Muse');
  });
});

describe('a roundup entry led in by a dash and a name', () => {
  it('gives the quotation to the name after the dash, not to a heading before it', () => {
    expect(speaker('FERRY COUNTS NOT WRONG, ONLY EARLY - Ines Barros: "The counts stopped a day too soon."', 'The counts')).toBe(
      'Ines Barros',
    );
    expect(speaker('Skippers agree – Ines Barros: "Keep counting the boats until the last evening."', 'Keep counting')).toBe('Ines Barros');
  });

  it('does not read a heading in capitals after the dash as a name', () => {
    expect(speaker('Ferry news - HARBOUR WATCH: "The counts stopped a day too soon."', 'The counts')).not.toBe('HARBOUR WATCH');
  });
});
