/** A paragraph block: `text.slice(start, end)` with no leading or trailing whitespace. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000;

/**
 * Split an article into paragraph blocks. Any run of newlines (with blank or whitespace-only
 * lines in between) is one break, so `"a\n\n \nb"` gives two paragraphs, indexed 0 and 1.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text.charCodeAt(i) === 10 || isBlank(text.charCodeAt(i)))) i++;
    if (i >= n) break;
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = n;
    let end = nl;
    while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
    out.push({ index: out.length, start: i, end });
    i = nl;
  }
  return out;
}
