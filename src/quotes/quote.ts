/** A span of text at character offsets into the text given to `extractQuotes`. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

/** Who said a quote, resolved: a person's canonical name, or an unnamed source's description. */
export interface Speaker {
  /** Display name: `Vladimir Putin`, `António Guterres`, or `an adviser to Zelensky`. */
  name: string;
  /** Matching key: accent-folded, lower-cased full name (`vladimir putin`), or the description for unnamed sources. */
  key: string;
  /** `organisation`: `the White House`, `Rite Aid` speaking as a body (name as written, `the` lower-cased). */
  kind: 'person' | 'unnamed' | 'organisation';
}

/** One direct quotation found in an article. */
export interface Quote {
  /** The quoted words without the quotation marks (the lines of a hard-wrapped quotation joined by a space; a quotation running over paragraphs is one Quote per paragraph). */
  text: string;
  /** Offsets of the quotation, marks included, into the text given to `extractQuotes`. */
  start: number;
  end: number;
  /** 0-based index of the paragraph in which the quotation opens. */
  paragraph: number;
  /** `full`: a quoted sentence or more; `partial`: a fragment inside the writer's own sentence. */
  kind: 'full' | 'partial';
  /** The mention the quote was attributed to (`Mr Putin`, `he`, `an adviser to Zelensky`). */
  mention?: Mention;
  /** The attribution cue (`said`, `told`, `according to`). */
  cue?: string;
  /** Resolved speaker; absent for scare quotes and anything with no attribution. */
  speaker?: Speaker;
  /**
   * For one paragraph of a quotation running over paragraphs (each paragraph opens with a mark, only
   * the last closes): the whole quotation's `start` (its first part's) and this part's 0-based index.
   * The parts are one utterance: `/compare` joins them (with a space, in index order) and counts them
   * as one quotation. Absent for a quotation within one paragraph.
   */
  partOf?: QuotePart;
}

/** Which quotation running over paragraphs a Quote is a part of (`Quote.partOf`). */
export interface QuotePart {
  /** The whole quotation's start offset: the same for all its parts, unique among the article's quotations. */
  start: number;
  /** 0-based: the part's place in the whole, in text order. */
  index: number;
}

/**
 * Does this Quote count as one quotation (what a reader counts: "N quotes", a speaker's total, the
 * most quoted)? A quotation running over paragraphs is one quotation however many parts it has:
 * only its first part counts (`partOf.index === 0`); a quotation in one paragraph always counts.
 */
export function countsAsQuotation(q: Pick<Quote, 'partOf'>): boolean {
  return !q.partOf || q.partOf.index === 0;
}

/** How many quotations these Quotes hold (`countsAsQuotation`: the parts of one running over paragraphs count once). */
export function quotationCount(quotes: readonly Pick<Quote, 'partOf'>[]): number {
  let n = 0;
  for (const q of quotes) if (countsAsQuotation(q)) n++;
  return n;
}

/**
 * A Quote as extraction first makes it, every field present (attribution fills `mention`, `cue`,
 * `speaker`; `paragraph-parts.ts` `partOf`): an object given a field later changes its hidden class,
 * and the code reading quotes is compiled again for each class it meets (V8 deoptimises on the new one).
 */
export function newQuote(text: string, start: number, end: number, paragraph: number, kind: Quote['kind']): Quote {
  return { text, start, end, paragraph, kind, mention: undefined, cue: undefined, speaker: undefined, partOf: undefined };
}

/**
 * A copy of a speaker (with another name or key if given) made by one object literal, fields in the
 * order every Speaker is made in: a spread `{ ...speaker }` gives the copy another hidden class, and
 * the code reading speakers (`resolveSource`, attribution) is thrown away and compiled again on meeting it.
 */
export function speakerCopy(speaker: Speaker, name = speaker.name, key = speaker.key): Speaker {
  return { name, key, kind: speaker.kind };
}

/** A copy of a mention by one object literal (see `speakerCopy`: a spread makes another hidden class). */
export function mentionCopy(mention: Mention): Mention {
  return { text: mention.text, start: mention.start, end: mention.end };
}
