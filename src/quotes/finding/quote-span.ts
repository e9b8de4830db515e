/** The mark scanner's output (`marks.ts`), read by the repairs of mismatched marks. */

/** A quotation found by the mark scanner, before classification and attribution. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the paragraph end when the quote was capped). */
  end: number;
  /** Content ranges without the marks: one per paragraph of a multi-paragraph quote. */
  parts: Array<[number, number]>;
  paragraph: number;
  closed: boolean;
}
