/**
 * Paraphrase: an outlet that reports a statement in its own words. Among the passages of other
 * outlets that name the speaker (in the text or as a quoted speaker) within the statement's date
 * window, the sentence sharing the most weighted words with the statement is a paraphrase when it
 * shares at least three of them and 40 % of the shorter side.
 */
import sbd from 'sbd';
import type { StatementView } from '../answer.ts';
import type { PassageFinder } from '../search/search-index.ts';
import type { Statement } from './statements.ts';
import { compareTokens } from './tokens.ts';
import { citationOf } from '../citation.ts';

const MIN_SHARED = 3;
const MIN_CONTAINMENT = 0.4;
const MAX_PASSAGES = 400;
const WINDOW_DAYS = 30;

export function findParaphrases(
  statement: Statement,
  index: PassageFinder,
  hiddenOutlets?: ReadonlySet<string>,
): StatementView['paraphrases'] {
  const carried = new Set(statement.outlets);
  const wanted = new Set(statement.members.flatMap((m) => compareTokens(m.quote.text)));
  const surname = statement.speaker.name.split(/\s+/).pop() ?? statement.speaker.name;
  const days = statement.members.map((m) => Date.parse(m.article.published?.slice(0, 10) ?? '')).filter((d) => !Number.isNaN(d));
  const from = days.length ? Math.min(...days) - WINDOW_DAYS * 86_400_000 : -Infinity;
  const to = days.length ? Math.max(...days) + WINDOW_DAYS * 86_400_000 : Infinity;

  const hits = index
    .find([surname], {
      combineWith: 'OR',
      filter: (p) => {
        if (carried.has(p.article.outlet) || hiddenOutlets?.has(p.article.outlet)) return false;
        const day = Date.parse(p.article.published?.slice(0, 10) ?? '');
        return Number.isNaN(day) || (day >= from && day <= to);
      },
    })
    .slice(0, MAX_PASSAGES);

  const best = new Map<string, { score: number; sentence: string; hit: (typeof hits)[number] }>();
  for (const hit of hits) {
    for (const sentence of sbd.sentences(hit.passage.text)) {
      const tokens = new Set(compareTokens(sentence));
      let shared = 0;
      for (const t of tokens) if (wanted.has(t)) shared++;
      const score = shared / Math.max(1, Math.min(tokens.size, wanted.size));
      if (shared < MIN_SHARED || score < MIN_CONTAINMENT) continue;
      const outlet = hit.passage.article.outlet;
      const current = best.get(outlet);
      if (!current || score > current.score) best.set(outlet, { score, sentence, hit });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.hit.passage.article.outlet.localeCompare(b.hit.passage.article.outlet))
    .map(({ sentence, hit }) => ({ ...citationOf(hit.passage.article, hit.passage.paragraph), sentence }));
}
