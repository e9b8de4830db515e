/** Grouping in worker threads answers as `groupStatements` in this thread, parts of a quotation running over paragraphs included. */
import { describe, expect, it } from 'vitest';
import { groupStatements, type QuoteInArticle } from '../../../src/compare/statements.ts';
import type { Article } from '../../../src/corpus/article.ts';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { GroupPool, statementsOf } from '../../../src/engine/workers/group-pool.ts';

function entries(id: string, outlet: string, paragraphs: string[]): QuoteInArticle[] {
  const article = {
    id,
    file: id,
    outlet,
    outletKnown: true,
    headline: id,
    published: '2026-03-04',
    paragraphs,
    removedParagraphs: 0,
  } as Article;
  return extractQuotes(paragraphs.join('\n\n')).map((quote) => ({ article, quote }));
}

describe('the grouping pool', () => {
  it('groups the paragraph parts of one quotation as one utterance, as this thread does', async () => {
    const lead = 'Lena Orsk, who leads the ferry crews, spoke at the port on Tuesday.';
    const list = [
      ...entries('a', 'Harbour Daily', [lead, 'Orsk said: "We have asked the port for new ramps since the spring floods. Never."']),
      ...entries('b', 'Bay Post', [lead, 'Orsk said: "We have asked the port for new ramps since the spring floods.', '"Never."']),
    ];
    const pool = new GroupPool(1);
    try {
      const [grouped] = await pool.group([list]);
      const here = groupStatements(list);
      expect(statementsOf(list, grouped!).map((s) => s.members.map((m) => m.quote.text))).toEqual(
        here.map((s) => s.members.map((m) => m.quote.text)),
      );
      expect(here).toHaveLength(1);
      expect(here[0]!.members.map((m) => m.quote.text)).toContain('Never.');
    } finally {
      pool.close();
    }
  });
});
