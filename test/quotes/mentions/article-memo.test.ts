import { describe, expect, it } from 'vitest';
import { ArticleMemo } from '../../../src/quotes/mentions/article-memo.ts';
import { namedLikeCompany } from '../../../src/quotes/mentions/organisations.ts';

describe('answers remembered for the article being read', () => {
  it('computes an answer once per key while the same text is asked about', () => {
    const memo = new ArticleMemo<string, number>();
    const asked: string[] = [];
    const count = (text: string, word: string): number => {
      asked.push(word);
      return text.split(word).length - 1;
    };
    const text = 'The ferry left Oban at noon; the ferry came back to Oban at dusk.';
    expect(memo.get(text, 'Oban', count)).toBe(2);
    expect(memo.get(text, 'Oban', count)).toBe(2);
    expect(memo.get(text, 'ferry', count)).toBe(2);
    expect(asked).toEqual(['Oban', 'ferry']);
  });

  it('forgets its answers when another text is asked about', () => {
    const memo = new ArticleMemo<string, boolean>();
    const has = (text: string, word: string): boolean => text.includes(word);
    expect(memo.get('A kettle sang in the kitchen.', 'kettle', has)).toBe(true);
    expect(memo.get('Rain fell on the allotments.', 'kettle', has)).toBe(false);
    expect(memo.get('A kettle sang in the kitchen.', 'kettle', has)).toBe(true);
  });

  it('remembers an undefined or false answer without computing it again', () => {
    const memo = new ArticleMemo<number, string | undefined>();
    let calls = 0;
    const nothing = (): undefined => {
      calls++;
      return undefined;
    };
    const text = 'Nobody answered the door.';
    expect(memo.get(text, 7, nothing)).toBeUndefined();
    expect(memo.get(text, 7, nothing)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('leaves the company-name check giving the same answers on one article and across articles', () => {
    const shop = 'Staff at a Corran Mart in Leeds said the tills failed. Corran Mart shares fell.';
    const person = 'Corran Mart, a baker from Leeds, said the ovens failed on Monday.';
    for (let k = 0; k < 2; k++) {
      expect(namedLikeCompany(shop, ['Corran', 'Mart'])).toBe(true);
      expect(namedLikeCompany(person, ['Corran', 'Mart'])).toBe(false);
    }
  });
});
