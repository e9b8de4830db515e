/**
 * A quotation one outlet prints in one paragraph and another runs over paragraphs (each opening with
 * a mark, only the last closing): the extractor reports the second as one Quote per paragraph, each
 * a part of its whole (`Quote.partOf`); comparison takes the parts as the one utterance they are.
 */
import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../src/compare/statements.ts';
import { statementView } from '../../src/compare/view.ts';
import { quotesOfArticle } from '../support/quotes-of-article.ts';

const lead = 'Lena Orsk, who leads the ferry crews, spoke at the port on Tuesday.';
const whole =
  'Orsk said: "We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never."';
const split = [
  'Orsk said: "We have asked the port for new ramps since the spring floods.',
  '"The crews cannot load a truck safely, and the port knows it.',
  '"Never."',
];

describe('a quotation printed in one paragraph by one outlet and over three by another', () => {
  it('reports the three paragraphs as parts of one whole, the word-less last one too', () => {
    const parts = quotesOfArticle('b', 'Bay Post', [lead, ...split]).map((e) => e.quote);
    expect(parts.map((q) => q.text)).toEqual([
      'We have asked the port for new ramps since the spring floods.',
      'The crews cannot load a truck safely, and the port knows it.',
      'Never.',
    ]);
    expect(parts.map((q) => q.partOf)).toEqual([0, 1, 2].map((index) => ({ start: parts[0]!.start, index })));
  });

  it('is one statement whose two renderings are identical: no words said cut, no ellipsis inside the quotation', () => {
    const statements = groupStatements([
      ...quotesOfArticle('a', 'Harbour Daily', [lead, whole]),
      ...quotesOfArticle('b', 'Bay Post', [lead, ...split]),
    ]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.members).toHaveLength(4);
    const view = statementView(statements[0]!, []);
    expect(view.variants).toHaveLength(1);
    expect([...view.variants[0]!.outlets].sort()).toEqual(['Bay Post', 'Harbour Daily']);
    expect(view.variants[0]!.text).toBe(
      'We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never.',
    );
  });

  it('when the split comes first, its rendering joins the parts with a space, not ` … `', () => {
    const statements = groupStatements([
      ...quotesOfArticle('b', 'Bay Post', [lead, ...split]),
      ...quotesOfArticle('a', 'Harbour Daily', [lead, whole]),
    ]);
    const view = statementView(statements[0]!, []);
    expect(view.variants.map((v) => v.text)).toEqual([
      'We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never.',
    ]);
  });
});

describe('a quotation both outlets run over paragraphs', () => {
  it('is one statement, not one per paragraph', () => {
    const statements = groupStatements([
      ...quotesOfArticle('a', 'Harbour Daily', [lead, ...split]),
      ...quotesOfArticle('b', 'Bay Post', [lead, ...split]),
    ]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.outlets).toEqual(['Bay Post', 'Harbour Daily']);
    expect(statementView(statements[0]!, []).variants).toHaveLength(1);
  });

  it('in one outlet alone is one statement too', () => {
    expect(groupStatements(quotesOfArticle('b', 'Bay Post', [lead, ...split]))).toHaveLength(1);
  });
});
