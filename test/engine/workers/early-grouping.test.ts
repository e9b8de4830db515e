/** The early grouping's quick test of a long quote must never keep a quote that statement grouping calls a title. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personQuote } from '../../../src/compare/statements.ts';
import type { Article } from '../../../src/corpus/article.ts';
import type { Quote } from '../../../src/quotes/quote.ts';
import { longerThanTitle } from '../../../src/engine/workers/early-grouping.ts';

const speaker = { kind: 'person', key: 'ona kask', name: 'Ona Kask' } as Quote['speaker'];
const entry = (text: string) => ({ article: {} as Article, quote: { text, speaker } as Quote });

describe('longerThanTitle', () => {
  it('is true only for quotes grouping keeps as a person’s words', () => {
    const word = fc.constantFrom('The', 'Harbour', 'of', 'and', 'Board', 'we', '!', '.', '2031', 'Ferry', '', ' ', '\t', 'x\u00a0y');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), fc.constantFrom(' ', '  ', '\n', ' \u2009', '\u3000', '\u200b'), (words, glue) => {
        const text = words.join(glue);
        if (longerThanTitle(text)) expect(personQuote(entry(text), (q) => q.speaker)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells a long quote from a short title-like one', () => {
    expect(longerThanTitle('The hull cannot take another winter on the northern route')).toBe(true);
    expect(longerThanTitle('Harbour Board Annual Report')).toBe(false);
    expect(personQuote(entry('Harbour Board Annual Report'), (q) => q.speaker)).toBe(false);
  });
});
