/**
 * A quotation one outlet prints in one paragraph and another runs over paragraphs (each opening with
 * a mark, only the last closing): the extractor reports the second as one Quote per paragraph, each
 * a part of its whole (`Quote.partOf`); comparison takes the parts as the one utterance they are.
 */
import { describe, expect, it } from 'vitest';
import { groupStatements, type QuoteInArticle } from '../../src/compare/statements.ts';
import { statementView } from '../../src/compare/view.ts';
import type { Article } from '../../src/corpus/article.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';

function entries(id: string, outlet: string, paragraphs: string[]): QuoteInArticle[] {
  const article: Article = {
    id,
    file: id,
    outlet,
    outletKnown: true,
    headline: id,
    published: '2026-03-04',
    paragraphs,
    removedParagraphs: 0,
  };
  return extractQuotes(paragraphs.join('\n\n')).map((quote) => ({ article, quote }));
}

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
    const parts = entries('b', 'Bay Post', [lead, ...split]).map((e) => e.quote);
    expect(parts.map((q) => q.text)).toEqual([
      'We have asked the port for new ramps since the spring floods.',
      'The crews cannot load a truck safely, and the port knows it.',
      'Never.',
    ]);
    expect(parts.map((q) => q.partOf)).toEqual([0, 1, 2].map((index) => ({ start: parts[0]!.start, index })));
  });

  it('is one statement whose two renderings are identical: no words said cut, no ellipsis inside the quotation', () => {
    const statements = groupStatements([...entries('a', 'Harbour Daily', [lead, whole]), ...entries('b', 'Bay Post', [lead, ...split])]);
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
    const statements = groupStatements([...entries('b', 'Bay Post', [lead, ...split]), ...entries('a', 'Harbour Daily', [lead, whole])]);
    const view = statementView(statements[0]!, []);
    expect(view.variants.map((v) => v.text)).toEqual([
      'We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never.',
    ]);
  });
});

describe('a quotation both outlets run over paragraphs', () => {
  it('is one statement, not one per paragraph', () => {
    const statements = groupStatements([...entries('a', 'Harbour Daily', [lead, ...split]), ...entries('b', 'Bay Post', [lead, ...split])]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.outlets).toEqual(['Bay Post', 'Harbour Daily']);
    expect(statementView(statements[0]!, []).variants).toHaveLength(1);
  });

  it('in one outlet alone is one statement too', () => {
    expect(groupStatements(entries('b', 'Bay Post', [lead, ...split]))).toHaveLength(1);
  });
});
