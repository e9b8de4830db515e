/**
 * Hover cards scraped into the text: some outlets print, right after a linked name, the person's
 * full name glued to a few headlines and a `MORE` link (`Senator Jane Roe Jane Ellen RoeSenate
 * passes bill … MORE said`). Such a card is not the article's words: its quotes are no quotations
 * and its names must not run into the name before it (`Jane Roe Jane Ellen RoeSenate`).
 */

/** A `MORE` link closing a card: upper case, not inside an all-caps run of words. */
const MORE = /(?<!\p{Lu}{2,} )\bMORE\b(?! \p{Lu}{2})/gu;
/** How far before `MORE` a card may start, in characters. */
const CARD_REACH = 600;
/** Words between the name as printed and its glued repetition in the card (`Jane Ellen` in the example). */
const MAX_NAME_WORDS = 6;

/**
 * The [start, end) offsets of every hover card in `text`: from the full name after the printed name
 * to the end of `MORE`. A card is recognised only when a word glued to the next (`RoeSenate`) starts
 * with the printed name's last word, a few words earlier.
 */
export function hoverCards(text: string): Array<[number, number]> {
  if (!text.includes('MORE')) return [];
  const out: Array<[number, number]> = [];
  let floor = 0;
  MORE.lastIndex = 0;
  for (let m = MORE.exec(text); m !== null; m = MORE.exec(text)) {
    const end = m.index + m[0].length;
    const from = Math.max(floor, m.index - CARD_REACH, text.lastIndexOf('\n', m.index) + 1);
    const start = cardStart(text, from, m.index);
    if (start !== undefined) {
      out.push([start, end]);
      floor = end;
    }
  }
  return out;
}

/** Where the card ending at `to` starts: after the printed name repeated by a glued word in [from, to). */
function cardStart(text: string, from: number, to: number): number | undefined {
  const words = [...text.slice(from, to).matchAll(/\S+/gu)].map((w) => ({ text: w[0], start: from + (w.index ?? 0) }));
  for (let k = 1; k < words.length; k++) {
    const w = (words[k] as { text: string }).text;
    for (const glue of w.matchAll(/\p{Ll}(?=\p{Lu})/gu)) {
      const prefix = w.slice(0, (glue.index ?? 0) + 1);
      if (prefix.length < 2) continue;
      for (let j = k - 1; j >= Math.max(0, k - 1 - MAX_NAME_WORDS); j--) {
        const earlier = words[j] as { text: string; start: number };
        if (earlier.text !== prefix) continue;
        // The full name in between is capitalised words (`Jane Ellen`, `Charles (Chuck) Ellis`).
        if (!words.slice(j + 1, k).every((x) => /^\(?\p{Lu}/u.test(x.text))) break;
        const next = words[j + 1] as { start: number };
        return next.start;
      }
    }
  }
  return undefined;
}
