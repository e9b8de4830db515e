/**
 * A chain of sentences about one person (centering): `President Jo Roe came out swinging. He
 * lambasted the counsel … Once again he blamed them … "…," he said.` Each sentence after the first
 * has a `he`/`she` for its subject, so the `he` of the quotation is the subject of the sentence that
 * opened the chain, whoever else the chain's sentences name along the way (objects, clauses). Walking
 * back over the sentences whose subject is a pronoun of the same gender finds that opening sentence.
 */
import type { ArticleContext } from './context.ts';
import { ABBREVIATIONS, windowTokens } from './context.ts';
import type { Gender } from './names.ts';
import { clauseStart } from './clause-subject.ts';
import { isUpperStart, type Token } from './tokens.ts';

/** How far back a chain may run, in characters, and over how many pronoun sentences. */
const CHAIN_REACH = 1500;
const CHAIN_LENGTH = 5;

/** Words that may stand before a sentence's pronoun subject: `Once again he`, `But then she`, `Although he`. */
const OPENERS = new Set(
  `once again also then later still now so and but although though while when because after before if as yet meanwhile
instead even soon finally since until`.split(/\s+/),
);

/** Is the subject of this sentence (its tokens) the pronoun of `gender`? */
export function pronounSubject(part: Token[], gender: Gender): boolean {
  const pronoun = gender === 'm' ? 'he' : 'she';
  const main = clauseStart(part);
  for (const from of [0, main]) {
    let subordinate = false;
    for (let k = from; k < part.length && k <= from + 3; k++) {
      const t = part[k] as Token;
      // `But as he enters his second year, Roe is …`: the pronoun of a subordinate clause, and a name for the main one.
      if (t.lower === pronoun) return !(subordinate && from === 0 && main > k && isUpperStart(part[main]?.text ?? ''));
      if (t.kind === 'punct' ? t.text !== ',' : !OPENERS.has(t.lower)) break;
      subordinate ||= SUBORDINATORS.has(t.lower);
    }
  }
  return false;
}

/** Openers that make the pronoun after them the subject of a subordinate clause. */
const SUBORDINATORS = new Set('although though while when because after before if as since until once'.split(' '));

/**
 * The sentences before `at`, nearest first (quotations split sentences and are left out), up to
 * and including the first whose subject is not the pronoun of `gender`: that one opens the chain.
 * `skipped` counts the pronoun sentences walked over; undefined when the chain runs out of reach.
 */
export function chainHead(ctx: ArticleContext, at: number, gender: Gender): { head: Token[]; skipped: number } | undefined {
  const tokens = windowTokens(ctx, Math.max(0, at - CHAIN_REACH), at);
  let end = tokens.length;
  let skipped = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1]?.lower ?? '';
    // A full stop ends a sentence when a space follows it (not `$15.25`) and it closes no abbreviation or initial.
    const fullStop = t.text === '.' && !ABBREVIATIONS.has(prev) && prev.length > 1 && /\s/.test(ctx.text[t.end] ?? ' ');
    const stop = k === 0 || t.kind === 'quote' || fullStop || t.text === '!' || t.text === '?';
    if (!stop) continue;
    const part = tokens.slice(k === 0 && t.kind !== 'quote' ? 0 : k + 1, end);
    end = k;
    if (!part.some((x) => x.kind === 'word')) continue;
    // The window's first sentence is whole only when it opens the text or a paragraph.
    const whole = k > 0 || t.kind === 'quote' || part[0]?.start === 0 || ctx.text[(part[0] as Token).start - 1] === '\n';
    if (!pronounSubject(part, gender)) return whole ? { head: part, skipped } : undefined;
    if (++skipped > CHAIN_LENGTH) return undefined;
  }
  return undefined;
}
