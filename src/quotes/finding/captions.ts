/**
 * Photo captions kept in an article's text (`FILE PHOTO: Dock workers unload … REUTERS/Jan Smit/File
 * Photo`, `… in Rotterdam. (AP Photo/Jan Smit)`, `Photo: …`): a caption describes a picture, not the
 * story, so it gives no antecedent to a pronoun of the paragraphs after it (`"…," it said.`).
 */
import type { Paragraph } from './paragraphs.ts';

/** A caption's opening label: `FILE PHOTO:`, `Photo:`, `Image:`, `Pictured:`. */
const CAPTION_OPENING = /^(?:FILE PHOTO|PHOTO|Photo|Image|IMAGE|Pictured|PICTURED)\s*:/;
/**
 * A caption's closing credit: an agency's `REUTERS/Jan Smit/File Photo`, `(AP Photo/Jan Smit)`,
 * `(Photo: Jan Smit/Getty Images)`, `Photo by Jan Smit`.
 */
const CAPTION_CREDIT =
  /(?:\b(?:REUTERS|Reuters|AFP|EPA|AP|Getty Images|Bloomberg)\/[\p{L}\s.'’-]+(?:\/[\p{L}\s]+)?|\((?:AP|AFP|Reuters|REUTERS) Photo\b[^)]*\)|\(Photo:[^)]*\)|\bPhoto by [\p{Lu}][^.]{0,60}|\bPhoto(?:graph)?: [^.]{0,60}|\bGetty Images)\.?$/u;

/** Is this paragraph of `text` a photo caption? */
export function isCaption(text: string, para: Paragraph): boolean {
  const s = text.slice(para.start, para.end);
  return CAPTION_OPENING.test(s) || CAPTION_CREDIT.test(s);
}

/** The nearest paragraph before paragraph `index` that is not a photo caption (at most two captions skipped). */
export function paragraphBefore(text: string, paragraphs: Paragraph[], index: number): Paragraph | undefined {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const p = paragraphs[k] as Paragraph;
    if (!isCaption(text, p)) return p;
  }
  return undefined;
}
