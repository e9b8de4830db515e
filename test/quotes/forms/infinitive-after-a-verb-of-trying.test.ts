/**
 * `Roe tried to dismiss the report as "…"`, `Roe was quick to praise …`: an infinitive of a verb of
 * judging after a verb of trying or wanting, `went on to`, or `be` and an adjective (`quick`, `careful`)
 * has the clause's subject for its own; after a verb of refusing it quotes no one.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('an infinitive of judging whose subject is the clause subject', () => {
  it('gives the subject after a verb of trying, wanting or continuing', () => {
    expect(speakerOf('Mayor Tilda Marsh tried to dismiss the audit as "pure fiction."', 'pure fiction')?.name).toBe('Tilda Marsh');
    expect(speakerOf('Coach Bram Oyelaran sought to portray his rival as "out of touch."', 'out of touch')?.name).toBe('Bram Oyelaran');
    expect(speakerOf('Senator Ines Varga continues to label the levy a "stealth tax" in every speech.', 'stealth tax')?.name).toBe(
      'Ines Varga',
    );
  });

  it('gives the subject after `be` and an adjective of readiness', () => {
    expect(speakerOf('Tilda Marsh was quick to call the ruling "a win for renters."', 'a win for')?.name).toBe('Tilda Marsh');
  });

  it('gives the subject after a linking verb and an adjective of readiness (`seemed eager to`)', () => {
    expect(speakerOf('Judge Orla Fenn seemed eager to dismiss the precedent as "a relic."', 'a relic')?.name).toBe('Orla Fenn');
    expect(speakerOf('Ines Varga appeared all too ready to brand the levy a "tax on thrift."', 'tax on thrift')?.name).toBe('Ines Varga');
  });

  it('gives the subject after `went so far as to`', () => {
    expect(speakerOf('Bram Oyelaran went so far as to call the depot a "death trap."', 'death trap')?.name).toBe('Bram Oyelaran');
  });

  it('gives no speaker after a verb of refusing', () => {
    expect(speakerOf('Tilda Marsh declined to call the raid a "massacre."', 'massacre')?.name).toBeUndefined();
  });
});
