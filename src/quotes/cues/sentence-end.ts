/**
 * Attribution closing a quotation's sentence after other words (`was a "disaster" for everyone, he
 * said.`), read with `source-phrase.ts`'s reading of the words after a quotation.
 */
import { attributionAfter, DASHES, type Found } from './source-phrase.ts';
import { foundWith } from './phrase-trim.ts';
import { matchCue } from './cues.ts';
import type { Token } from '../tokens.ts';

/**
 * Attribution closing the quotation's sentence after other words: `was a "disaster" for everyone, he
 * said.` With several comma clauses, the first that is a whole attribution on its own wins: `which
 * "gave hope", said Anatoly Antonov, the ambassador, the Tass agency reported` is Antonov's.
 */
export function attributionAtSentenceEnd(tokens: Token[]): Found | undefined {
  let afterQuote = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if ((tokens[k] as Token).kind === 'quote') {
      afterQuote = k + 1;
      break;
    }
  }
  const commas: number[] = [];
  for (let k = afterQuote; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || (DASHES.has(t.text) && t.text !== '-')) commas.push(k);
  }
  if (commas.length === 0) return undefined;
  let end = tokens.length;
  while (end > 0 && (tokens[end - 1] as Token).kind === 'punct') end--;
  for (let c = 0; c < commas.length; c++) {
    const comma = commas[c] as number;
    if (comma >= end) break;
    // Before the last comma, only a clause that opens with its cue (`, said Anatoly Antonov,`) or a short
    // parenthetical of a subject and its verb (`will "take time" in most states, she admits, before …`).
    const next = commas[c + 1];
    if (next !== undefined && next < end && !matchCue(tokens, comma + 1) && !(next - comma - 1 <= PARENTHETICAL_WORDS)) continue;
    const clause = tokens.slice(comma + 1, end);
    const found = attributionAfter(clause);
    if (!found) continue;
    const consumed = Math.max(found.np[1], found.cue.index + found.cue.length);
    if (next !== undefined && next < end) {
      if (consumed === next - comma - 1) return foundWith(found, found.np, clause);
      continue;
    }
    // `, analyst Jo Roe said in a note on Friday.`: a subject and its verb, then a phrase of time or place.
    if (consumed >= clause.length - 4 || (found.np[1] <= found.cue.index && adjunct(clause.slice(consumed)))) return found;
  }
  return undefined;
}

/** The most words of a parenthetical attribution between two commas (`, the harbour master Jo Roe admits,`). */
const PARENTHETICAL_WORDS = 6;

/** Words that open a phrase of time, place or medium after a verb of saying: `said in a note on Friday`. */
const ADJUNCT_OPENERS = new Set(
  `in on at during after before last this earlier later yesterday today tonight monday tuesday wednesday thursday friday
saturday sunday`.split(/\s+/),
);

/**
 * `in a note to clients on Friday`: up to ten words of time, place or medium closing an attribution, with no clause of their own;
 * or such words before the speaker's own participle clause (`said on Monday in announcing the deal with the city`).
 */
function adjunct(tail: Token[]): boolean {
  const manner = mannerClauseAt(tail);
  if (manner === 0 || (manner > 0 && adjunct(tail.slice(0, manner)))) return true;
  return (
    tail.length <= 10 &&
    ADJUNCT_OPENERS.has(tail[0]?.lower ?? '') &&
    tail.every((t) => t.kind === 'word' || t.text === '.') &&
    !tail.some((t) => t.lower === 'that' || matchCue([t], 0) !== undefined)
  );
}

/** Prepositions before a participle whose subject is the sayer's: `said in announcing`, `while visiting`. */
const MANNER_LEADS = new Set(['in', 'while', 'when', 'after', 'before', 'by']);

/**
 * Where `tail` turns into the speaker's own participle clause closing the sentence (`in announcing the
 * new deal with the city at the plant`): a lead and an `-ing` word, then up to fourteen plain words with
 * no clause, quotation or comma of their own; -1 when it does not.
 */
function mannerClauseAt(tail: Token[]): number {
  for (let k = 0; k < tail.length - 1 && k <= 6; k++) {
    if (!MANNER_LEADS.has(tail[k]?.lower ?? '') || !/^\p{Ll}{3,}ing$/u.test(tail[k + 1]?.text ?? '')) continue;
    const rest = tail.slice(k + 2);
    const plain = rest.length <= 14 && rest.every((t) => t.kind === 'word' || t.text === '.') && !rest.some((t) => t.lower === 'that');
    return plain ? k : -1;
  }
  return -1;
}
