import { foldName } from '../../src/quotes/mentions/speakers.ts';
import type { BratDocument } from './brat.ts';

const OPENING = /^[\s]*["“„«‹‘'”]/;
const PRONOUN = /^(he|she|him|her|they|them|we|i|it|his|its|their)$/i;

/** A gold direct quotation: one quoted stretch of an annotated Content span that opens with a quote mark. */
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  /** The annotated Source spans and their text, with a pronoun resolved to the nearest preceding named source. */
  source?: { segments: Array<[number, number]>; text: string; resolved: string };
}

/** A predicted quotation (ours or the baseline's), with the mention it was attributed to. */
export interface Predicted {
  start: number;
  end: number;
  text: string;
  mention?: { start: number; end: number };
  speakerName?: string;
}

export interface Gold {
  direct: GoldQuote[];
  /** Every annotated Content segment, direct or not. */
  content: Array<[number, number]>;
}

/**
 * Gold quotes of one annotation file. A discontinuous Content span (`"A," said X, "B."`) gives one
 * gold quote per segment that opens with a quote mark; a segment that does not open with one is
 * merged into the previous quote (annotators split a quote around a line break or an ellipsis).
 */
export function goldQuotes(doc: BratDocument, text: string): Gold {
  const sources = [...doc.spans.values()]
    .filter((s) => s.type === 'Source')
    .sort((a, b) => (a.segments[0]?.[0] ?? 0) - (b.segments[0]?.[0] ?? 0));
  const resolve = (start: number, srcText: string): string => {
    if (!PRONOUN.test(srcText.trim())) return srcText;
    for (let k = sources.length - 1; k >= 0; k--) {
      const s = sources[k];
      if (s && (s.segments[0]?.[0] ?? 0) < start && !PRONOUN.test(s.text.trim())) return s.text;
    }
    const before = text.slice(Math.max(0, start - 1000), start).match(/[A-Z][a-z]+(?: [A-Z][a-z]+)*/g);
    return before?.[before.length - 1] ?? srcText;
  };
  const direct: GoldQuote[] = [];
  const content: Array<[number, number]> = [];
  for (const rel of doc.relations) {
    const c = rel.content ? doc.spans.get(rel.content) : undefined;
    if (!c) continue;
    content.push(...c.segments);
    if (!OPENING.test(c.text)) continue;
    const s = rel.source ? doc.spans.get(rel.source) : undefined;
    const source = s ? { segments: s.segments, text: s.text, resolved: resolve(s.segments[0]?.[0] ?? 0, s.text) } : undefined;
    let current: GoldQuote | undefined;
    for (const [a, b] of c.segments) {
      if (!current || OPENING.test(text.slice(a, b))) {
        current = { start: a, end: b, text: '', source };
        direct.push(current);
      } else current.end = b;
    }
  }
  for (const g of direct) g.text = text.slice(g.start, g.end);
  return { direct, content };
}

const overlaps = (a: { start: number; end: number }, s: number, e: number): boolean => a.start < e && s < a.end;
/** Text without quote marks and surrounding whitespace/punctuation, for exact matching. */
export const normalise = (s: string): string =>
  s
    .replace(/["“”„«»‹›‘’']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .toLowerCase();
const words = (s: string): Set<string> =>
  new Set(
    normalise(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
export function jaccard(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  const union = x.size + y.size - inter;
  return union === 0 ? 0 : inter / union;
}

export interface Counts {
  gold: number;
  predicted: number;
  /** Gold quotes overlapped by a prediction. */
  goldOverlapped: number;
  goldExact: number;
  goldNear: number;
  /** Predictions overlapping a gold direct quote (strict) or any annotated content (lenient). */
  predStrict: number;
  predLenient: number;
  predExactStrict: number;
  predExactLenient: number;
  /** Matched gold quotes that have an annotated source, and how many of those we attributed right. */
  attrMatched: number;
  attrRight: number;
  goldWithSource: number;
  /**
   * Matched gold quotes whose source is `he`/`she` and whose resolved name (the nearest earlier named
   * source: a noisy label) is a capitalised name, and how many of those we resolve to that name.
   */
  pronounGold: number;
  pronounRight: number;
}

export const emptyCounts = (): Counts => ({
  gold: 0,
  predicted: 0,
  goldOverlapped: 0,
  goldExact: 0,
  goldNear: 0,
  predStrict: 0,
  predLenient: 0,
  predExactStrict: 0,
  predExactLenient: 0,
  attrMatched: 0,
  attrRight: 0,
  goldWithSource: 0,
  pronounGold: 0,
  pronounRight: 0,
});

/** Our speaker's surname is in the gold source's resolved name. */
function sameSurname(speakerName: string | undefined, resolved: string): boolean {
  if (!speakerName) return false;
  const surname = foldName(speakerName)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .pop();
  return (
    surname !== undefined &&
    foldName(resolved)
      .split(/[^\p{L}\p{N}]+/u)
      .includes(surname)
  );
}

/** Does the predicted attribution name the gold source: overlapping mention, or the same person by surname/description. */
export function attributionRight(p: Predicted, g: GoldQuote): boolean {
  const src = g.source;
  if (!src) return false;
  if (p.mention && src.segments.some(([s, e]) => overlaps(p.mention as { start: number; end: number }, s, e))) return true;
  if (!p.speakerName) return false;
  const ours = foldName(p.speakerName)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const theirs = foldName(src.resolved)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const surname = ours[ours.length - 1];
  if (ours.join(' ') === theirs.join(' ')) return true;
  return surname !== undefined && /^[A-ZÀ-Ý]/.test(p.speakerName.split(' ').pop() ?? '') && theirs.includes(surname);
}

/** Score one document's predictions against its gold, adding into `c`. Returns the per-quote outcome for error listings. */
export function scoreDocument(
  gold: Gold,
  preds: Predicted[],
  c: Counts,
): { missed: GoldQuote[]; falsePos: Predicted[]; wrongAttr: Array<[GoldQuote, Predicted]>; wrongPronoun: Array<[GoldQuote, Predicted]> } {
  const wrongPronoun: Array<[GoldQuote, Predicted]> = [];
  const missed: GoldQuote[] = [];
  const falsePos: Predicted[] = [];
  const wrongAttr: Array<[GoldQuote, Predicted]> = [];
  c.gold += gold.direct.length;
  c.predicted += preds.length;
  for (const g of gold.direct) {
    const hits = preds.filter((p) => overlaps(p, g.start, g.end));
    if (g.source) c.goldWithSource++;
    if (hits.length === 0) {
      missed.push(g);
      continue;
    }
    c.goldOverlapped++;
    if (hits.some((p) => normalise(p.text) === normalise(g.text))) c.goldExact++;
    if (hits.some((p) => jaccard(p.text, g.text) >= 0.8)) c.goldNear++;
    const best = hits.reduce((a, b) =>
      Math.min(a.end, g.end) - Math.max(a.start, g.start) >= Math.min(b.end, g.end) - Math.max(b.start, g.start) ? a : b,
    );
    if (g.source && /^(he|she)$/i.test(g.source.text.trim()) && /^\p{Lu}/u.test(g.source.resolved)) {
      c.pronounGold++;
      if (sameSurname(best.speakerName, g.source.resolved)) c.pronounRight++;
      else wrongPronoun.push([g, best]);
    }
    if (g.source) {
      c.attrMatched++;
      if (attributionRight(best, g)) c.attrRight++;
      else wrongAttr.push([g, best]);
    }
  }
  for (const p of preds) {
    const strict = gold.direct.some((g) => overlaps(p, g.start, g.end));
    const lenient = strict || gold.content.some(([s, e]) => overlaps(p, s, e));
    const exact = gold.direct.some((g) => normalise(g.text) === normalise(p.text));
    if (strict) c.predStrict++;
    if (lenient) c.predLenient++;
    else falsePos.push(p);
    if (exact) c.predExactStrict++;
    if (exact || (!strict && gold.content.some(([s, e]) => s <= p.start + 1 && p.end - 1 <= e))) c.predExactLenient++;
  }
  return { missed, falsePos, wrongAttr, wrongPronoun };
}
