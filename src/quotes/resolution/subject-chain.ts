/**
 * A chain of sentences about one person (centering): `President Jo Roe came out swinging. He
 * lambasted the counsel … Once again he blamed them … "…," he said.` Each sentence after the first
 * has a `he`/`she` for its subject, so the `he` of the quotation is the subject of the sentence that
 * opened the chain, whoever else the chain's sentences name along the way (objects, clauses). Walking
 * back over the sentences whose subject is a pronoun of the same gender finds that opening sentence.
 */
import type { ArticleContext } from '../mentions/context.ts';
import { ABBREVIATIONS, windowTokens } from '../mentions/context.ts';
import type { Gender } from '../mentions/names.ts';
import { clauseStart } from '../cues/clause-subject.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import type { Person } from '../mentions/speakers.ts';
import { isPersonHead } from '../lexicon/word-lists.ts';
import { isPersonNounByEnding } from '../lexicon/person-nouns.ts';
import { isTitle } from '../lexicon/titles.ts';
import { isRelationalHead } from './relational.ts';
import { hasPossessiveS } from '../../text/marks.ts';

/** How far back a chain may run, in characters, and over how many pronoun sentences. */
const CHAIN_REACH = 1500;
const CHAIN_LENGTH = 5;
/** The first, short window tried. */
const NEAR_REACH = 300;

/** Words that may stand before a sentence's pronoun subject: `Once again he`, `But then she`, `Although he`. */
const OPENERS = new Set(
  `once again also then later still now so and but although though while when because after before if as yet meanwhile
instead even soon finally since until`.split(/\s+/),
);

/** Is the subject of this sentence (its tokens) the pronoun of `gender`? */
export function pronounSubject(part: Token[], gender: Gender): boolean {
  const pronoun = gender === 'm' ? 'he' : 'she';
  const main = clauseStart(part);
  // `When Mark Dunn took over, he cut …`: a name in the opening subordinate clause is whom the main `he`
  // means; the chain ends at this sentence.
  if (part[main]?.lower === pronoun && subordinateSubject(part) !== undefined) return false;
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

/**
 * The start of the name opening a sentence's subordinate clause when the main clause's subject is a
 * pronoun it refers to: `When Mark Dunn took over, he cut …` (not `When Lubitz returned, he said, he …`:
 * a parenthetical `he said` is someone else's).
 */
export function subordinateSubject(part: Token[]): number | undefined {
  const name = part[1];
  if (!SUBORDINATORS.has(part[0]?.lower ?? '') || !name || name.kind !== 'word') return undefined;
  if (!isUpperStart(name.text) || SUBJECT_PRONOUNS.has(name.lower)) return undefined;
  const main = clauseStart(part);
  if (main <= 2) return undefined;
  const pronoun = part[main]?.lower;
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  const aside = part.some(
    (t, k) => (t.lower === 'he' || t.lower === 'she') && ASIDE_VERBS.has(part[k + 1]?.lower ?? '') && part[k + 2]?.text === ',',
  );
  return aside ? undefined : name.start;
}

/** Verbs of a parenthetical `, he said,` inside a sentence. */
const ASIDE_VERBS = new Set(['said', 'says', 'added', 'adds', 'recalled', 'explained', 'noted']);

/** Pronouns that may follow a subordinator without naming anyone new (`When he`, `After they`). */

/** Openers that make the pronoun after them the subject of a subordinate clause. */
const SUBORDINATORS = new Set('although though while when because after before if as since until once'.split(' '));

/**
 * The sentences before `at`, nearest first (quotations split sentences and are left out), up to
 * and including the first whose subject is not the pronoun of `gender`: that one opens the chain.
 * `skipped` counts the pronoun sentences walked over; undefined when the chain runs out of reach.
 */
export function chainHead(ctx: ArticleContext, at: number, gender: Gender): { head: Token[]; skipped: number } | undefined {
  // Asked twice per pronoun (a description, then a name, may open the chain): the last answer is kept.
  const last = lastChain.get(ctx);
  if (last && last.at === at && last.gender === gender) return last.chain;
  // Most pronouns follow a sentence with a subject of its own: a short window decides them, the long one only chains.
  const near = chainIn(ctx, at, gender, NEAR_REACH);
  const chain = near === 'further' ? (chainIn(ctx, at, gender, CHAIN_REACH) as Chain | undefined) : near;
  lastChain.set(ctx, { at, gender, chain });
  return chain;
}

/** Each article's last answer (a weak key: an article's context is not kept alive after its extraction). */
const lastChain = new WeakMap<ArticleContext, { at: number; gender: Gender; chain?: Chain }>();

type Chain = { head: Token[]; skipped: number };

/** `chainHead` over the last `reach` characters; `further` when the window's first sentence, cut or a pronoun's, may chain on. */
function chainIn(ctx: ArticleContext, at: number, gender: Gender, reach: number): Chain | 'further' | undefined {
  const parts = sentencesOf(ctx, windowTokens(ctx, Math.max(0, at - reach), at));
  let skipped = 0;
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p] as Token[];
    if (!part.some((x) => x.kind === 'word')) continue;
    // The window's first sentence is whole only when it opens the text or a paragraph.
    const first = part[0] as Token;
    const whole = p > 0 || first.start < 2 || ctx.text.slice(first.start - 2, first.start).includes('\n');
    if (!pronounSubject(part, gender)) return whole ? { head: part, skipped } : reach < CHAIN_REACH ? 'further' : undefined;
    if (++skipped > CHAIN_LENGTH) return undefined;
  }
  return reach < CHAIN_REACH && at > reach ? 'further' : undefined;
}

/**
 * The sentences of `tokens` in text order: a full stop followed by a space (not `$15.25`, not after
 * an abbreviation or an initial), `!`, `?`, a quotation and a paragraph break each end one.
 */
function sentencesOf(ctx: ArticleContext, tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    if (prev && current.length > 0 && t.start > prev.end + 1 && breaksBetween(ctx.text, prev.end, t.start)) {
      parts.push(current);
      current = [];
    }
    const after = ctx.text.charCodeAt(t.end);
    const fullStop =
      t.text === '.' &&
      (Number.isNaN(after) || after === 32 || after === 10 || after === 160) &&
      (prev?.lower.length ?? 0) > 1 &&
      !ABBREVIATIONS.has(prev?.lower ?? '');
    if (t.kind === 'quote' || fullStop || t.text === '!' || t.text === '?') {
      parts.push(current);
      current = [];
    } else current.push(t);
  }
  parts.push(current);
  return parts;
}

/** Is there a line break in `text` between `from` and `to`? */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Lower-case words read after an opening possessive for a noun of a person it owns (`Roe's longtime lawyer`). */
const OWNED_WORDS = 3;

/** Is this lower-case word a noun for a person (`lawyer`, `wife`, `senator`, `spokesman`)? */
const namesPersonOrRelative = (w: string): boolean => isPersonHead(w) || isPersonNounByEnding(w) || isTitle(w) || isRelationalHead(w);

/**
 * `Mr. Paul's reasons for opposing the bill are …; he says …`, `Roe's column backed Poe's call. He
 * denounced …`: the person whose possessive opens the sentence that heads a chain (a name, maybe after
 * titles; the sentence right before the pronoun's, when no pronoun sentence lies between), when that
 * sentence has no subject of its own to give and nobody else is named in it but as an owner (`… backed
 * Poe's call`; `Roe's arrest was ordered by Chief Poe; he says …` gives no one: Poe may be `he`). Not
 * when the possessive owns a person (`Roe's lawyer argued …`: the chain is about the lawyer, whom the
 * article does not name).
 */
export function possessorOpening(ctx: ArticleContext, head: Token[]): Person | undefined {
  let k = 0;
  while (k < head.length && k < 4 && !hasPossessiveS(head[k]?.text ?? '')) {
    const t = head[k] as Token;
    if (t.kind === 'word' ? !isUpperStart(t.text) : t.text !== '.') return undefined;
    k++;
  }
  const owner = head[k];
  if (!owner || owner.kind !== 'word' || !isUpperStart(owner.text) || !hasPossessiveS(owner.text)) return undefined;
  for (let j = k + 1; j < head.length && j <= k + OWNED_WORDS; j++) {
    const t = head[j] as Token;
    if (t.kind !== 'word' || t.text !== t.lower) break;
    if (namesPersonOrRelative(t.lower)) return undefined;
  }
  const person = ctx.people.mentionsBetween((head[0] as Token).start, owner.end).at(-1)?.person;
  // Anyone else named there but as an owner may be the pronoun (`Roe's comments drew anger from a
  // colleague, Omar Haddad. He wrote …`; `Roe's arrest was ordered by Chief Poe; he says …`).
  if (!person) return undefined;
  const others = ctx.people.mentionsBetween(owner.end, (head[head.length - 1] as Token).end);
  const owns = (m: { start: number; end: number }): boolean =>
    /^['’]/.test(ctx.text.slice(m.end, m.end + 1)) || hasPossessiveS(ctx.text.slice(m.start, m.end));
  return others.every((m) => m.person === person || owns(m)) ? person : undefined;
}
