/**
 * Source phrases that name nobody by their own words: an opening adjunct (`Echoing Roe, the mayor said …`:
 * its name is its object, never the speaker), a pronoun with a contracted verb (`I’d` is no name; `she’d
 * said` is `she`). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('names inside an opening adjunct', () => {
  it('never gives the quotation to the name after `Echoing` or `Quoting`', () => {
    const echoing = 'Jo Marsh spoke first. Echoing Marsh, the mayor said the plan was "a costly mistake."';
    expect(speakerOf(echoing, 'a costly mistake')?.name).not.toBe('Jo Marsh');
    const quoting = 'Jo Marsh spoke first. Quoting Marsh, the mayor said it was "a good start."';
    expect(speakerOf(quoting, 'a good start')?.name).not.toBe('Jo Marsh');
  });

  it('keeps a speaker named after an -ing adjective and a title (`Dissenting Judge …, a …, said`)', () => {
    const body = 'Dissenting Judge Ana Brill, a Carter appointee, said the ruling was "a grave error."';
    expect(speakerOf(body, 'a grave error')?.name).toBe('Ana Brill');
    const incoming = 'Incoming Ohio Rep. Lee Varga, a Democrat, said the bill was "dead on arrival."';
    expect(speakerOf(incoming, 'dead on arrival')?.name).toBe('Lee Varga');
  });
});

describe('pronouns with a contracted verb', () => {
  it('never gives `I’d` as a speaker’s name', () => {
    const body =
      'Normally I’d dismiss this as empty talk when concluding a speech, but from a man who once said that he ' +
      'did not want his sons "burdened" with debt, it matters.';
    expect(speakerOf(body, 'burdened')?.name).not.toBe('I’d');
  });
});

describe('he and she with a contracted verb', () => {
  it('resolves `she’d said` as `she`', () => {
    const body = 'Mayor Lena Ortiz had warned the crowd. "Nobody wins this way," she’d said on Saturday.';
    expect(speakerOf(body, 'Nobody wins')?.name).toBe('Lena Ortiz');
  });
});
