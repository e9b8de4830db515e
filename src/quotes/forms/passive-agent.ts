/**
 * Passive and participial forms whose speaker follows the quotation: `praised as "…" by X`,
 * `Calling it "…," Jo Roe, the chair, said …`.
 */
import type { Found } from '../cues/source-phrase.ts';
import { matchCue } from '../cues/cues.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isName } from './inverted-lead-in.ts';

/** A capitalised name run from `tokens[from]` (initials and short abbreviations included): its end, or `from`. */
function nameRunEnd(tokens: Token[], from: number): number {
  let e = from;
  while (
    e < tokens.length &&
    e - from < 6 &&
    (isName(tokens[e]) || (tokens[e]?.text === '.' && (tokens[e - 1]?.text.length ?? 0) <= 3 && e > from))
  )
    e++;
  return e;
}

/** Passive verbs of judging or naming that take the quotation as their complement: `praised as "…" by X`. */
const PASSIVE_JUDGING =
  /^(?:praised|described|called|dubbed|labell?ed|branded|derided|hailed|criticized|criticised|denounced|termed|characterized|characterised|dismissed|mocked|ridiculed|blasted|slammed)$/;

/** `a decision praised as "very smart" by Trump`: the agent after `by` is the speaker. */
export function passiveAgent(before: Token[], after: Token[]): Found | undefined {
  const agentFirst = agentBeforeAs(before);
  if (agentFirst) return agentFirst;
  let k = before.length - 1;
  if (before[k]?.lower === 'as') k--;
  const verb = before[k];
  if (!verb || verb.kind !== 'word' || !PASSIVE_JUDGING.test(verb.lower)) return undefined;
  let b = 0;
  while (after[b]?.kind === 'punct' && after[b]?.text === ',') b++;
  if (after[b]?.lower !== 'by') return undefined;
  const e = nameRunEnd(after, b + 1);
  if (e === b + 1) return undefined;
  const by = after[b] as Token;
  return { np: [b + 1, e], cue: { index: b, length: 1, text: verb.text, sourceAfter: true, start: by.start, end: by.end }, tokens: after };
}

/** `seizures later denounced by a federal judge as "…"`: a passive verb of judging, `by`, its agent (a name or a short description) and `as`. */
function agentBeforeAs(tokens: Token[]): Found | undefined {
  const as = tokens.length - 1;
  if (tokens[as]?.lower !== 'as') return undefined;
  let b = as - 1;
  while (b > 0 && as - b <= 6 && tokens[b]?.kind === 'word' && tokens[b]?.lower !== 'by') b--;
  const verb = tokens[b - 1];
  if (tokens[b]?.lower !== 'by' || b + 1 >= as || !verb || !PASSIVE_JUDGING.test(verb.lower)) return undefined;
  const first = tokens[b + 1] as Token;
  if (!isUpperStart(first.text) && !/^(?:a|an|the|one)$/.test(first.lower)) return undefined;
  const by = tokens[b] as Token;
  return { np: [b + 1, as], cue: { index: b - 1, length: 1, text: verb.text, sourceAfter: false, start: by.start, end: by.end }, tokens };
}

/** `Calling the decision "a fake concession," Wu Chi-wai, the party's chairman, worried …`: the subject after a participial lead-in. */
export function participleLeadIn(before: Token[], after: Token[]): Found | undefined {
  const first = before[0];
  if (!first || first.kind !== 'word' || !isUpperStart(first.text) || !first.lower.endsWith('ing') || !matchCue(before, 0))
    return undefined;
  if (before.some((t) => t.text === ',')) return undefined;
  let b = 0;
  while (after[b]?.kind === 'punct' && after[b]?.text === ',') b++;
  if (b === 0 && after[0]?.kind !== 'word') return undefined;
  const e = nameRunEnd(after, b);
  if (e === b || !(after[e]?.text === ',' || (after[e]?.kind === 'word' && !isUpperStart(after[e]?.text ?? '')))) return undefined;
  return {
    np: [b, e],
    cue: { index: 0, length: 1, text: first.text, sourceAfter: false, start: first.start, end: first.end },
    tokens: after,
  };
}
