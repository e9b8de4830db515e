/**
 * `… "seven other firms that run dozens more" (per the Daily Ledger).`: a bracket right after a
 * quotation that opens with `per` and holds only a capitalised name (`the` may open it) names the
 * source the words are taken from.
 */
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, tokenize } from '../tokens.ts';

/** The closing mark and punctuation, then `(per <the> Name…)`. */
const PER_ASIDE = /^\p{Pf}?["'’”]?[,.;:]?[^\S\n]*\(per\s+[^()\n]{2,60}\)/u;
/** Capitalised words that open a rule's reference, not a source: `(per Article 5)`. */
const NOT_SOURCES = new Set(['article', 'section', 'rule', 'chapter', 'clause', 'paragraph', 'page', 'annex', 'title']);

/** The source named by a `(per …)` bracket right after the quotation ending at `end` in `text`, or undefined. */
export function perAside(text: string, end: number): Found | undefined {
  const m = PER_ASIDE.exec(text.slice(end, end + 80));
  if (!m) return undefined;
  const open = end + m[0].indexOf('(');
  const tokens = tokenize(text, open, end + m[0].length);
  // `(`, `per`, name…, `)`
  let s = 2;
  if (tokens[s]?.lower === 'the') s++;
  const e = tokens.length - 1;
  if (e - s < 1 || e - s > 6 || tokens[e]?.text !== ')' || NOT_SOURCES.has(tokens[s]?.lower ?? '')) return undefined;
  if (!tokens.slice(s, e).every((t) => t.kind === 'word' && isUpperStart(t.text))) return undefined;
  const per = tokens[1];
  if (per?.lower !== 'per') return undefined;
  return { np: [s, e], cue: { index: 1, length: 1, text: per.text, sourceAfter: true, start: per.start, end: per.end }, tokens };
}
