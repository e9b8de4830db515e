/** Grouping in worker threads answers as `groupStatements` in this thread, parts of a quotation running over paragraphs included. */
import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/compare/statements.ts';
import { quotesOfArticle } from '../../support/quotes-of-article.ts';
import { GroupPool, statementsOf } from '../../../src/engine/workers/group-pool.ts';

describe('the grouping pool', () => {
  it('groups the paragraph parts of one quotation as one utterance, as this thread does', async () => {
    const lead = 'Lena Orsk, who leads the ferry crews, spoke at the port on Tuesday.';
    const list = [
      ...quotesOfArticle('a', 'Harbour Daily', [lead, 'Orsk said: "We have asked the port for new ramps since the spring floods. Never."']),
      ...quotesOfArticle('b', 'Bay Post', [lead, 'Orsk said: "We have asked the port for new ramps since the spring floods.', '"Never."']),
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
