/**
 * Descriptions named only afterwards: `A spokesman for the senator called the claims "…"` and, later,
 * `said the spokesman, Jo Bloggs.` The unnamed source and the person first named after it under the
 * same head noun (`the spokesman, Jo Bloggs`, `acting chief scientist … Jo Bloggs`) are one speaker.
 */
import { LRUCache } from 'lru-cache';
import type { ArticleContext } from '../mentions/context.ts';
import { speakerCopy, type Quote, type Speaker } from '../quote.ts';
import type { Person } from '../mentions/speakers.ts';
import { isPersonHead } from '../lexicon/word-lists.ts';
import { isTitle } from '../lexicon/titles.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';

/** Heads of a description of one unnamed person that the article may name later. */
const NAMED_LATER_HEADS = new Set(
  'spokesman spokeswoman spokesperson scientist analyst economist researcher lawyer attorney aide adviser advisor official'.split(' '),
);

/** How far after the description the name may come, in characters. */
const REACH = 2500;

/** The head noun of a description: `a spokesman for Feinstein` → `spokesman`. */
export function descriptionHead(description: string): string | undefined {
  const words = description.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, k) => k > 0 && /^(for|of|to|at|from|in|inside|within|with|close|familiar|who)$/.test(w));
  return (cut > 0 ? words[cut - 1] : words[words.length - 1])?.replace(/[^\p{L}-]/gu, '');
}

/**
 * The head word with the word before it, and the head word alone (found without the backtracking of the
 * optional word before it: a sentence without it is skipped); built once per head noun and kept for the
 * most recent `HEADS_KEPT` heads (a head is an article's word: `12-year-old`).
 */
export function headPatterns(head: string): [RegExp, RegExp] {
  let patterns = HEAD_PATTERNS.get(head);
  if (!patterns) {
    const word = head.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    patterns = [new RegExp(`(?:^|[^\\p{L}])(\\p{L}+)?\\s*${word}[\\s,]`, 'iu'), new RegExp(`${word}[\\s,]`, 'iu')];
    HEAD_PATTERNS.set(head, patterns);
  }
  return patterns;
}
const HEADS_KEPT = 256;
const HEAD_PATTERNS = new LRUCache<string, [RegExp, RegExp]>({ max: HEADS_KEPT });

/**
 * Is a name after `gap` (the text from the head noun to the name) the head's? Not when it is apposed to
 * a nearer head noun (`press secretary … for the state's attorney general, Bob Roe`) or stands in a
 * clause of its own (`a spokesman said … that President Jo Roe`); `an adviser to Trump, former Mayor
 * Jo Roe` is the head's.
 */
function apposedToHead(gap: string, head: string): boolean {
  const nearer = /(\p{Ll}[\p{L}-]*),\s*$/u.exec(gap)?.[1];
  if (nearer && nearer !== head && (isTitle(nearer) || isPersonHead(nearer))) return false;
  return !gap.split(/[^\p{L}]+/u).some((w) => CLAUSE_WORDS.has(w) || SAYING_VERBS.has(w));
}
/** Words that open a clause of its own between a head noun and a name. */
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'whose', 'and', 'but']);

/** The person first named within `REACH` after `from`, with `the <head>` (not `a <head>`) before the name in its sentence. */
function namedAfter(ctx: ArticleContext, known: Set<Person>, from: number, head: string, compound?: string): Person | undefined {
  const [headWord, headAlone] = headPatterns(head);
  for (const m of ctx.people.mentionsBetween(from, from + REACH)) {
    if (known.has(m.person)) continue;
    known.add(m.person);
    const before = ctx.masked.slice(Math.max(0, m.start - 120), m.start);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    const found = headAlone.test(sentence) ? headWord.exec(sentence) : null;
    if (!found || /^(?:a|an|another|one)$/i.test(found[1] ?? '')) continue;
    // `an inspector general` is not `Attorney General Jo Kline`: a compound title names another role.
    const prior = found[1]?.toLowerCase();
    if (compound && prior && prior !== compound && isTitle(prior)) continue;
    if (apposedToHead(sentence.slice(found.index + found[0].length), head)) return m.person;
  }
  return undefined;
}

/** Give the quotations of an unnamed source the name the article gives that source later. */
export function nameLaterDescriptions(ctx: ArticleContext, quotes: Quote[]): void {
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n] as Quote;
    const unnamed = q.speaker;
    if (!unnamed || unnamed.kind !== 'unnamed' || !q.mention || !/^(?:the|a|an)\s/i.test(unnamed.name)) continue;
    const head = descriptionHead(unnamed.name);
    if (!head || !(NAMED_LATER_HEADS.has(head) || isPersonHead(head))) continue;
    const known = new Set(ctx.people.mentionsBetween(0, q.mention.end).map((m) => m.person));
    // The title word before the head of a compound title (`inspector general`, `press secretary`).
    const words = unnamed.name.toLowerCase().split(/\s+/);
    const pre = words[words.indexOf(head) - 1];
    const compound = pre && isTitle(pre) ? pre : undefined;
    const person = namedAfter(ctx, known, q.mention.end, head, compound);
    if (!person) continue;
    renameFrom(quotes, n, unnamed.key, ctx.people.speakerOf(person));
  }
}

/** Give `speaker` to the quotations from the `n`th on whose speaker is the unnamed source of `key`. */
function renameFrom(quotes: Quote[], n: number, key: string, speaker: Speaker): void {
  for (let k = n; k < quotes.length; k++) {
    const r = quotes[k] as Quote;
    if (r.speaker?.kind === 'unnamed' && r.speaker.key === key) r.speaker = speakerCopy(speaker);
  }
}
