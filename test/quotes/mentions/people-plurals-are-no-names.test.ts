/**
 * `Critics say`, `Supporters of Roe note`: a capitalised plural noun for people opening a sentence is a
 * description, never a person's name: it is no antecedent of `she`, and `Supporters of Roe` are not Roe.
 * Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('plural nouns for people', () => {
  it('never lets `she` stand for `Supporters` named before her', () => {
    const body =
      'The runoff pits Ilse Varenne against the mayor. Supporters of Varenne note that her share was a record and predict ' +
      'that anger at "distant elites" will carry her to victory. Indeed, she made clear that she offered "a clear break" ' +
      'with what she called the "rule of insiders."';
    expect(speakerOf(body, 'rule of insiders')?.name).toBe('Ilse Varenne');
  });

  it('gives `Critics of Roe` as a description, not as Roe', () => {
    const body = 'Tomas Roe won the vote on Monday. Critics of Roe said the count was "deeply flawed."';
    expect(speakerOf(body, 'deeply flawed')).toMatchObject({ name: 'Critics of Roe', kind: 'unnamed' });
    expect(speakerOf('Investigators said the vault was "left wide open."', 'left wide')).toMatchObject({ kind: 'unnamed' });
  });
});
