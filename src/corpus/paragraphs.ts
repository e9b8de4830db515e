/** Splitting an article body into paragraphs, and tidying each paragraph's whitespace. */

import { isJsSpaceCode } from '../text/space.ts';

const BULLET_LINE = /^\s*[•●▪◦‣∙]\s/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;

/** Runs of whitespace (including no-break spaces) become one space; ends are trimmed. Quotes are left as they are. */
export function normaliseWhitespace(text: string): string {
  const trimmed = text.trim();
  return untidySpace(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/**
 * `/\s\s|[^\S ]/.test(text)` (two whitespace characters in a row, or any but the plain space), by
 * one scan of the character codes: the cleaner asks it of every paragraph twice, and most are tidy.
 */
export function untidySpace(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
    } else if ((c > 32 && c < 0xa0) || !isJsSpaceCode(c)) space = false;
    else return true;
  }
  return false;
}


/**
 * True when a block's lines are one paragraph wrapped at a fixed width (as in e-mailed or hand-written
 * .txt files), rather than separate items such as list entries, bullets or footer links.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.some((line) => BULLET_LINE.test(line))) return false;
  return lines.slice(0, -1).every((line) => line.trim().length >= 50 && line.trim().length <= 100);
}

/**
 * Paragraphs of a text body: blocks separated by blank lines. Within a block, each line is its own
 * paragraph (captured pages put list items, bullets and footer links on single lines) unless the block
 * is a hard-wrapped paragraph, whose lines are joined.
 */
export function splitParagraphs(text: string, options: { markdown?: boolean } = {}): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\r?\n[ \t\u00A0]*\r?\n/)) {
    if (!block.includes('\n')) {
      paragraphs.push(block);
      continue;
    }
    const lines = block.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (isHardWrapped(lines)) paragraphs.push(lines.join(' '));
    else paragraphs.push(...lines);
  }
  return paragraphs
    .flatMap((p) => unglueParagraphs(normaliseWhitespace(options.markdown === true ? p.replace(MARKDOWN_HEADING, '') : p)))
    .filter((p) => p !== '');
}

/**
 * A sentence end glued to the next sentence with no space (`…below the video.Smith, 61, who…`,
 * `…we can't afford it.“The president…`, `…get done.”“He talked…`): paragraphs whose break was
 * lost when the page was captured. Each glued sentence end starts a new paragraph, so the quotation
 * marks of one paragraph are paired within it and a quotation running on into the next opens there
 * as English writes it.
 *
 * No cut falls inside a quotation still open there (`“We tried all we could.They failed us,” Roe
 * said.` stays whole), except before an opening mark, which starts the next paragraph of a quotation
 * running on. Straight quotes are ambiguous: `…differences."There is…` closes a quotation when an odd number of
 * `"` precede it since the last cut (the break goes after it), else opens one (the break goes before).
 * A bare capital after the full stop (`video.Smith`) counts only after a lower-case word of four
 * letters or more, so abbreviations (`Gov.Roe`, `Sen.Roe`), initials and names (`J.K.Roe`,
 * `Read.Remember.Vote`) stay whole.
 */
export function unglueParagraphs(paragraph: string): string[] {
  if (!MAY_BE_GLUED.test(paragraph)) return [paragraph];
  GLUED.lastIndex = 0;
  let m = GLUED.exec(paragraph);
  if (m === null) return [paragraph];
  const out: string[] = [];
  let from = 0;
  for (; m !== null; m = GLUED.exec(paragraph)) {
    const [, close = '', open = ''] = m;
    const at = m.index + 1;
    // Quotation marks since the last cut (each piece is a paragraph of its own): curly ones still
    // open, straight ones so far.
    const curlyOpen = openCurly(paragraph, from, at);
    const straight = countStraight(paragraph, from, at);
    let cut: number;
    if (close === '”') {
      // A closing curly mark closes what is open, even a quotation opened by a straight mark (`"…”`).
      if (curlyOpen > 1) continue;
      cut = at + 1;
    } else if (close === '"') {
      if (curlyOpen > 0) continue;
      cut = straight % 2 === 1 ? at + 1 : at;
    } else if (open === '“') {
      // A new opening mark after a stop starts a paragraph even while a quotation is open: English
      // opens each paragraph of a quotation running over several, without closing the one before.
      if (straight % 2 === 1) continue;
      cut = at;
    } else if (curlyOpen === 0 && straight % 2 === 0 && lowerCaseWordOfFour(paragraph, m.index)) cut = at;
    else continue;
    out.push(paragraph.slice(from, cut));
    from = cut;
  }
  out.push(paragraph.slice(from));
  return out.filter((p) => p !== '');
}

/** Opening curly marks in [start, end) not closed before `end` (never below zero). */
function openCurly(text: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open++;
    else if (c === 0x201d && open > 0) open--;
  }
  return open;
}

/** Straight double quotes in [start, end): an odd count leaves a quotation open. */
function countStraight(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 34) n++;
  return n;
}

/** A sentence end after two letters, then at once a closing or opening quotation mark or a capitalised word. */
const GLUED = /(?<=\p{L}\p{L})[.!?]([”"]?)(?=(“?)\p{Lu}\p{Ll})/gu;
const LETTER = /\p{L}/u;

/**
 * Where `GLUED` may match: a stop, perhaps a closing mark, then a capital (ASCII, Latin-1, Latin
 * Extended-A and -B, Greek, Cyrillic) or an opening mark. The loader asks it of every paragraph: without
 * the Unicode flag it costs about 0.2 s of CPU over news-37k's 923k paragraphs, where `GLUED` alone
 * cost 8 s; 6 % of them pass on to `GLUED`.
 */
const MAY_BE_GLUED = /[.!?][”"]?[A-Z“\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F]/;

/** True when the letters ending at `end` are a lower-case word of four letters or more. */
function lowerCaseWordOfFour(text: string, end: number): boolean {
  let s = end;
  while (s > 0 && LETTER.test(text[s - 1] as string)) s--;
  const word = text.slice(s, end);
  return word.length >= 4 && word === word.toLowerCase();
}

