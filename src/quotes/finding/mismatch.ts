/**
 * Repairs for mismatched quote marks, applied to the mark scanner's spans:
 *
 * - straight marks paired wrongly (`"A "B`: a closing mark is never followed by a letter, so the
 *   second mark opens a quotation): a nested pair, a quotation never closed, or a stray mark before
 *   narration (`"Council Member Ruiz lamented that a "peaceful vigil…`): `straight-pairs.ts`;
 * - a quotation never closed that runs on into its own attribution (`"We will rebuild, she said, and
 *   left.`) ends at the comma before the cue;
 * - mixed marks, a single opener closed by a double mark (`'we will rebuild the bridge"`);
 * - a paragraph opening with someone's words whose opening mark is missing (`missing-opener.ts`).
 */
import type { Paragraph } from './paragraphs.ts';
import type { QuoteSpan } from './marks.ts';
import { isWordChar } from '../tokens.ts';
import { missingOpeners } from './missing-opener.ts';
import { repairStraightPair } from './straight-pairs.ts';

/** `, she said` / `, Mayor Ruiz said` / `, said Ruiz` (`,' said Ruiz` after a quotation inside) in an unclosed quotation: where the quoted words stop. */
const RUN_ON_CUE =
  /,['’]?\s+(?:(?:he|she|they|(?:[A-Z][\p{L}'’.-]+\s+){0,3}[A-Z][\p{L}'’.-]+)\s+(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|explained|insisted|warned)\b|(?:said|says|added|adds)\s+(?:the\s+)?[A-Z])/u;
/** A single opener closed by a straight double mark, with no other mark in between. */
const MIXED = /(^|[\s(—–])'([\p{L}\p{N}][^'"“”‘’\n]{2,300}?[\p{L}\p{N}.,!?])"(?=[\s.,;:!?)—–]|$)/gu;

/** A quotation never closed that runs on into its own attribution ends at the comma before the cue. */
function endAtOwnCue(text: string, s: QuoteSpan): QuoteSpan {
  if (s.closed || s.parts.length !== 1) return s;
  const [from, to] = s.parts[0] as [number, number];
  const m = RUN_ON_CUE.exec(text.slice(from, to));
  if (!m || m.index === 0) return s;
  // (A quotation inside it keeps its closing mark: `I told him, 'Count again,'`.)
  const end = from + m.index + (/^,['’]/.test(m[0]) ? 2 : 0);
  // (A literal in the span's field order: a spread `{ ...s, end }` makes another hidden class, and the code reading spans is compiled again.)
  return { start: s.start, end, parts: [[from, end]], paragraph: s.paragraph, closed: s.closed };
}

/** Repair the scanner's spans in place of mismatched marks; returns the spans in text order. */
export function repairMismatches(text: string, paragraphs: Paragraph[], spans: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const s of spans) {
    const close = s.end - 1;
    if (s.closed && text[close] === '"' && text[s.start] === '"' && text[close - 1] === ' ' && isWordChar(text[s.end])) {
      // The "closing" mark opens a quotation: the pair was nested, never closed or stray (`straight-pairs.ts`).
      const para = paragraphs[s.paragraph] as Paragraph;
      // Only when the real quotation lies in the same paragraph (a span running over paragraphs is left as it is).
      const repaired = para.end > s.end ? repairStraightPair(text, s, para.start, para.end) : undefined;
      if (repaired) {
        for (const r of repaired) out.push(endAtOwnCue(text, r));
        continue;
      }
    }
    out.push(endAtOwnCue(text, s));
  }
  // A match holds a straight single mark and a straight double mark: most articles lack one or the other.
  const mixed = text.includes('"') && text.includes("'") ? text.matchAll(MIXED) : [];
  for (const m of mixed) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = start + (m[2]?.length ?? 0) + 2;
    if (out.some((s) => s.start < end && start < s.end)) continue;
    const p = paragraphs.findIndex((x) => x.start <= start && start < x.end);
    if (p >= 0) out.push({ start, end, parts: [[start + 1, end - 1]], paragraph: p, closed: true });
  }
  out.sort((a, b) => a.start - b.start);
  const unopened = missingOpeners(text, paragraphs, out);
  if (unopened.length > 0) out.push(...unopened);
  return withoutOverlaps(unopened.length > 0 ? out.sort((a, b) => a.start - b.start) : out);
}

/** Spans in text order never overlap: a repaired span that runs into the next one keeps the first. */
function withoutOverlaps(spans: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (s.end <= s.start || (last && s.start < last.end)) continue;
    out.push(s);
  }
  return out;
}
