/**
 * `"…," Jo Roe, author of "Cold Iron," told the Post`: a work's title in quotation marks inside the
 * words after a quotation is part of who speaks (a description), not a quotation that ends them. Its
 * attribution then reads past the title as it reads past an unquoted one (`author of Cold Iron, told`).
 */
import type { Token } from '../tokens.ts';

/** The longest title read this way, marks included. */
const MAX_TITLE_CHARS = 48;
/** Lower-case words a title may hold (`The Fall of the House`, `Gone with the Wind`). */
const TITLE_MINOR = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at', 'from', 'by', 'or']);

/** Nouns of works a title names: `his memoir "…"`, `a book about the strike, "…"`. */
const WORKS = new Set(
  `book novel memoir history biography film movie documentary show series program programme podcast album song play column
essay poem blog newsletter`.split(/\s+/),
);

/**
 * Is the quotation at [start, end) of `text` (marks included) a title inside an appositive: a few
 * capitalised words after `of`, a possessive or a noun of works (`author of "…"`, `his memoir "…"`, `a book
 * about the strike, "…"`),
 * closed by a comma inside or right after its marks?
 */
export function isTitleInApposition(text: string, start: number, end: number): boolean {
  if (end - start > MAX_TITLE_CHARS || end - start < 4) return false;
  const inner = text.slice(start + 1, end - 1);
  const closed = inner.endsWith(',') || text[end] === ',';
  if (!closed) return false;
  const titleWords = inner.replace(/,$/, '').split(/\s+/);
  if (!titleWords.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_MINOR.has(w)))) return false;
  // After `of` or a possessive (`author of "…"`, `host of CNN's "…"`), or after a noun of works, or a comma
  // closing a phrase that names one (`a book about the strike, "…"`); never after a verb (`says "Tashi,"`).
  const before = text.slice(Math.max(0, start - 80), start);
  if (/(?:\bof|['’]s) $/u.test(before)) return true;
  // The noun of works the phrase before the title ends on, or the last one before a comma closing that phrase.
  const isWork = (w: string): boolean => WORKS.has(w.toLowerCase().replace(/s$/, ''));
  if (!before.endsWith(', ')) return isWork(before.trimEnd().split(/\s+/).at(-1) ?? '');
  const phrase =
    before
      .slice(0, -2)
      .split(/[,;.!?]/)
      .at(-1) ?? '';
  return phrase.split(/\s+/).some(isWork);
}

/** Where the quotation starting at `start` ends in `masked` (quotations are blanked out with NUL). */
function quotationEnd(masked: string, start: number): number {
  let e = start;
  while (e < masked.length && masked.charCodeAt(e) === 0) e++;
  return e;
}

/**
 * The limit of the words after a quotation: the next quotation's start, or when that one is a title
 * inside an appositive, the start of the quotation after it.
 */
export function pastTitle(text: string, masked: string, nextStart: number): number {
  const end = quotationEnd(masked, nextStart);
  if (end === nextStart || !isTitleInApposition(text, nextStart, end)) return nextStart;
  const after = masked.indexOf('\0', end);
  return after < 0 ? masked.length : after;
}

/**
 * `tokens` with each title inside an appositive read as a capitalised word and the comma that closes
 * it, as an unquoted title reads (`author of Cold Iron, told`).
 */
export function titlesAsWords(text: string, tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'quote' && isTitleInApposition(text, t.start, t.end))) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.kind !== 'quote' || !isTitleInApposition(text, t.start, t.end)) {
      out.push(t);
      continue;
    }
    // The comma inside the marks (`"Cold Iron,"`) closes the appositive as one after them would.
    const comma = text[t.end - 2] === ',';
    out.push({ text: 'Title', lower: 'title', start: t.start, end: comma ? t.end - 2 : t.end, kind: 'word', cues: undefined });
    if (comma) out.push({ text: ',', lower: ',', start: t.end - 2, end: t.end - 1, kind: 'punct', cues: undefined });
  }
  return out;
}
