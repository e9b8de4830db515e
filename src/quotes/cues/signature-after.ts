/**
 * A roundup's signature line: a paragraph right after an excerpt that names who wrote it, with no verb
 * (`Jo Roe, The Valley Courier`, `Editorial Board, The Lakeview Tribune`, `-- Jo Roe on "Morning Show."`,
 * `– Ken T. (pseudonym), 20, a former swimmer`). The excerpt is the paragraphs of quotations before it.
 * A line without a dash under a lone quotation paragraph is a photo or wire credit (`Jo Roe, Reuters` under a
 * pull quote) unless the article signs another excerpt the same way (a roundup).
 */
import type { CueMatch } from './cues.ts';
import type { Found } from './found.ts';
import { DASHES } from './source-phrase.ts';
import { isAbbrevDot, isCueWord, isWord, looksLikeName } from './source-tokens.ts';
import { windowTokens, type ArticleContext } from '../mentions/context.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isJsSpaceCode } from '../../text/space.ts';
import { BE_FORMS, MODALS } from '../lexicon/word-lists.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import { HOUSE_VOICE, publicationToEnd } from './house-voice.ts';

/** The longest signature line without a dash (`Jo Roe, The Valley Courier`), in tokens. */
const SIGNATURE_MAX = 16;
/** Quotation paragraphs an excerpt may run over before its signature. */
const EXCERPT_PARAGRAPHS = 4;

/** Auxiliaries that make a line a sentence (`- Jo Roe, the organiser, was arrested`), never a signature. */
const AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, ...MODALS, 'has', 'have', 'had']);

/** A finite verb of the line from `s`: an auxiliary or a verb of saying, not a participle (`-Jo Roe, tweeting after the speech` signs). */
const hasVerb = (tokens: Token[], s: number): boolean =>
  tokens.some(
    (t, k) =>
      k >= s && isWord(t) && !isUpperStart(t.text) && (AUXILIARIES.has(t.lower) || (isCueWord(tokens, k) && !t.lower.endsWith('ing'))),
  );

/** The cue of a signature line without a dash: the comma before its publication (`Jo Roe, The Valley Courier`). */
export const SIGNATURE_COMMA = ',';
/** Is a cue one that names its speaker the way a byline does: a dash (`” — Jo Roe, Salon`) or a signature line's comma? */
export const isBylineCue = (cue: string): boolean => DASHES.has(cue) || cue === SIGNATURE_COMMA;

/** A signature's cue: its dash, or the comma between the name and the publication. */
function cueAt(tokens: Token[], k: number): CueMatch {
  const t = tokens[k] as Token;
  return { index: k, length: 1, text: t.text, sourceAfter: true, start: t.start, end: t.end };
}

/** Capitalised words and abbreviation dots from `s` (`Ken T.`, `Jo A. Roe`): the end of the run. */
function capitalRun(tokens: Token[], s: number): number {
  let e = s;
  while (e < tokens.length && e - s < 6 && ((isWord(tokens[e]) && isUpperStart((tokens[e] as Token).text)) || isAbbrevDot(tokens, e))) e++;
  return e;
}

/** `Jo Roe and Ann Lee`, `Jo Roe, Ann Lee and Kim Oh` in `tokens[0 .. end)`: several names joined by commas and `and`. */
function severalNames(tokens: Token[], end: number): boolean {
  let pieces = 0;
  let s = 0;
  for (let k = 0; k <= end; k++) {
    if (k < end && tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') continue;
    if (k === s || !looksLikeName(tokens, [s, k]) || capitalRun(tokens, s) !== k) return false;
    pieces++;
    s = k + 1;
  }
  return pieces >= 2;
}

/**
 * The source a signature line names, or undefined. After a dash: the capitalised name that opens it,
 * when a description follows it (an age, a job). Else a name of two words or more, a comma and a
 * publication's name closing the line; the publication itself after its house voice or several
 * writers. Never a name going on with a preposition (`-- Jo Roe on "Morning Show."`), a label holding
 * a quotation, nor a name alone (an interview's speaker label: `Jo Roe` over a question).
 */
export function signatureLine(tokens: Token[]): Found | undefined {
  if (tokens.length === 0) return undefined;
  const first = tokens[0] as Token;
  if (DASHES.has(first.text)) {
    // `-- Jo Roe`: two hyphens typed for a dash.
    const s = first.text === '-' && tokens[1]?.text === '-' ? 2 : 1;
    const e = capitalRun(tokens, s);
    if (e - s < 2 || !looksLikeName(tokens, [s, e])) return undefined;
    const next = tokens[e];
    // `– Ken T. (pseudonym), 20, a former swimmer`: a description after the name (a live blog's `- Jo Roe` is its reporter's byline).
    // `- Jo Roe, the organiser, was arrested later that night.` is a sentence of a list, not a signature.
    return /^[,(]$/.test(next?.text ?? '') && !hasVerb(tokens, e) ? { np: [s, e], cue: cueAt(tokens, 0), tokens } : undefined;
  }
  if (tokens.length > SIGNATURE_MAX || tokens.some((t) => t.kind === 'quote')) return undefined;
  if (tokens[tokens.length - 1]?.text === '.' && !isAbbrevDot(tokens, tokens.length - 1)) return undefined;
  // The publication after the last comma: `Jo Roe, Ann Lee and Kim Oh, The Valley Courier`.
  const comma = tokens.findLastIndex((t) => t.text === SIGNATURE_COMMA);
  if (comma < 1 || !publicationToEnd(tokens, comma + 1)) return undefined;
  const voice = tokens
    .slice(0, comma)
    .map((t) => t.text)
    .join(' ');
  if (HOUSE_VOICE.test(voice) || severalNames(tokens, comma)) return { np: [comma + 1, tokens.length], cue: cueAt(tokens, comma), tokens };
  const e = capitalRun(tokens, 0);
  if (e !== comma || e < 2 || !looksLikeName(tokens, [0, e])) return undefined;
  return { np: [0, e], cue: cueAt(tokens, comma), tokens };
}

/** Is the paragraph nothing but quotations (masked), marks and spaces? */
function onlyQuotations(ctx: ArticleContext, p: Paragraph): boolean {
  // By char code, no copy of the paragraph: a masked character seen, and nothing but spaces and marks besides.
  const masked = ctx.masked;
  let quoted = false;
  for (let k = p.start; k < p.end; k++) {
    const c = masked.charCodeAt(k);
    if (c === 0) quoted = true;
    else if (!isQuotationFiller(c)) return false;
  }
  return quoted;
}

/** `/[\s"'“”‘’«».,…:;!?-]/u` by char code: a space of any kind (as `\s` reads them) or a mark around a quotation. */
function isQuotationFiller(c: number): boolean {
  return isJsSpaceCode(c) || QUOTATION_FILLER.includes(String.fromCharCode(c));
}
const QUOTATION_FILLER = `"'.,:;!?-“”‘’«»…`;

/** The signature line of paragraph `n`, or undefined. */
const lineAt = (ctx: ArticleContext, n: number): Found | undefined => {
  const p = ctx.paragraphs[n] as Paragraph;
  return signatureLine(windowTokens(ctx, p.start, p.end));
};

/** Does a paragraph other than `n` sign the quotation paragraph right before it (a roundup's other excerpt)? */
function signsAnotherExcerpt(ctx: ArticleContext, n: number): boolean {
  const { paragraphs } = ctx;
  for (let m = 1; m < paragraphs.length; m++) {
    if (m === n || onlyQuotations(ctx, paragraphs[m] as Paragraph) || !onlyQuotations(ctx, paragraphs[m - 1] as Paragraph)) continue;
    if (lineAt(ctx, m)) return true;
  }
  return false;
}

/**
 * The signature line after the excerpt the quotation at `paragraph` belongs to: that paragraph and up to
 * three more after it are nothing but quotations, and the next paragraph is a signature line. Under an
 * excerpt of one paragraph, a line without a dash signs it only when another excerpt of the article is signed.
 */
export function signatureAfter(ctx: ArticleContext, paragraph: number): Found | undefined {
  const { paragraphs } = ctx;
  for (let n = paragraph; n < paragraphs.length && n < paragraph + EXCERPT_PARAGRAPHS; n++) {
    if (onlyQuotations(ctx, paragraphs[n] as Paragraph)) continue;
    if (n === paragraph) return undefined;
    const found = lineAt(ctx, n);
    if (!found || found.cue.text !== SIGNATURE_COMMA) return found;
    const lone = n === paragraph + 1 && (paragraph === 0 || !onlyQuotations(ctx, paragraphs[paragraph - 1] as Paragraph));
    return lone && !signsAnotherExcerpt(ctx, n) ? undefined : found;
  }
  return undefined;
}
