/**
 * Presenting lead-ins before a colon that name no verb of saying: `Here's Jo Roe in December 1992: "…"`,
 * `Here is how Jo Roe put it: "…"`, `From the report: "…"`, `More from the ruling: "…"`. The name after
 * `Here's` (after `how`/`what`), or the document after `From`, speaks what follows.
 */
import { isName } from './inverted-lead-in.ts';
import type { Found } from '../cues/source-phrase.ts';
import type { Token } from '../tokens.ts';
import { DOCUMENT_HEADS } from '../lexicon/word-lists.ts';

/** Words that may follow the name before the colon: a time or place phrase, or the verb of `how X put it`. */
const AFTER_NAME = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'said', 'says', 'put', 'puts', 'wrote', 'writes', 'explained']);

/** The name or document of a presenting lead-in (`tokens`: the sentence up to its colon), else undefined. */
export function hereLeadIn(tokens: Token[]): Found | undefined {
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':' || colon > 14) return undefined;
  const first = tokens[0] as Token;
  let k = -1;
  if (/^here['’]s$/.test(first.lower)) k = 1;
  else if (first.lower === 'here' && tokens[1]?.lower === 'is') k = 2;
  if (k > 0) {
    if (/^(?:how|what)$/.test(tokens[k]?.lower ?? '')) k++;
    let e = k;
    while (e < colon && e - k < 4 && (isName(tokens[e]) || (tokens[e]?.text === '.' && (tokens[e - 1]?.text.length ?? 0) <= 2))) e++;
    if (e === k || !(e === colon || AFTER_NAME.has(tokens[e]?.lower ?? ''))) return undefined;
    if (tokens.slice(e, colon).some((t) => t.kind !== 'word' && t.text !== '.' && t.text !== ',')) return undefined;
    return { np: [k, e], cue: cueOf(first, 0), tokens };
  }
  // `From the report:`, `More from the ruling:`: a document, named by up to four words, and nothing else.
  const from = first.lower === 'from' ? 0 : first.lower === 'more' && tokens[1]?.lower === 'from' ? 1 : -1;
  if (from < 0 || !/^(?:the|a|an|this|that)$/.test(tokens[from + 1]?.lower ?? '')) return undefined;
  const head = tokens[colon - 1];
  if (colon - from - 1 > 5 || !DOCUMENT_HEADS.has(head?.lower ?? '')) return undefined;
  if (tokens.slice(from + 1, colon).some((t) => t.kind !== 'word')) return undefined;
  return { np: [from + 1, colon], cue: cueOf(tokens[from] as Token, from), tokens };
}

const cueOf = (t: Token, index: number): Found['cue'] => ({
  index,
  length: 1,
  text: t.text,
  sourceAfter: true,
  start: t.start,
  end: t.end,
});
