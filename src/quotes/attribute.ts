import { matchCue, type CueMatch } from './cues.ts';
import { capitalisedRuns, isOrgWord, isTitle, parseNameRun } from './names.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Mention, Quote, Speaker } from './quote.ts';
import { foldName, type ArticlePeople } from './speakers.ts';
import { MASK, isUpperStart, tokenize, type Token } from './tokens.ts';

/** Everything attribution needs to know about one article. */
export interface ArticleContext {
  text: string;
  /** The text with every quotation (marks included) replaced by `MASK`, same offsets. */
  masked: string;
  paragraphs: Paragraph[];
  /** Tokens of each paragraph of the masked text, filled in as needed. */
  tokens: Array<Token[] | undefined>;
  people: ArticlePeople;
}

/** Index of the first token starting at or after `pos`. */
function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The whole tokens lying inside [from, to), taken from the per-paragraph token lists. */
function windowTokens(ctx: ArticleContext, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let p = paragraphAt(ctx.paragraphs, from).index; p < ctx.paragraphs.length; p++) {
    const para = ctx.paragraphs[p] as Paragraph;
    if (para.start >= to) break;
    let tokens = ctx.tokens[p];
    if (!tokens) {
      tokens = tokenize(ctx.masked, para.start, para.end);
      ctx.tokens[p] = tokens;
    }
    for (let k = firstTokenAt(tokens, from); k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.end > to) break;
      out.push(t);
    }
  }
  return out;
}

/** Words that end a noun phrase when walking out from a cue. */
const BOUNDARY = new Set(
  `that and but or nor because while when whenever as after before since which who whom whose if though although where
so than what how why whether until unless yet in on at with during from by into about over under through via against
without within upon among between across amid despite toward towards like unlike is was were are be been being has
have had do does did not it's this these those there here then also still even just`.split(/\s+/),
);
/** Words a source noun phrase cannot end with. */
const NOT_NP_END = new Set([
  'to',
  'of',
  'for',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'and',
  'or',
  'not',
  'no',
]);
/** Adverbs and auxiliaries between a source and its cue (`Putin also said`, `he has repeatedly said`). */
const ADVERBS = new Set(
  `also then later has have had was were is would will could may might previously once again repeatedly recently
reportedly further first last publicly privately ultimately finally simply just never often frequently quickly
explicitly bluntly flatly openly clearly angrily calmly emphatically sharply firmly quietly loudly proudly already
subsequently earlier today yesterday tonight ago had long since did does do not once`.split(/\s+/),
);
const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning evening afternoon night
week weekend month year earlier later last this`.split(/\s+/),
);
const INDEFINITE = new Set([
  'a',
  'an',
  'another',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'few',
  'other',
  'others',
  'multiple',
  'numerous',
  'most',
  'both',
  'unnamed',
  'anonymous',
]);
/** Plural or generic source nouns: `officials said`, `sources told`. */
const SOURCE_NOUNS = new Set(
  `source sources official officials aide aides adviser advisers advisors analyst analysts expert experts diplomat
diplomats lawmaker lawmakers people person critics critic observers residents witnesses officers authorities
insiders negotiators protesters voters supporters opponents democrats republicans staffers staff spokespeople
investigators prosecutors police researchers economists strategists insider member members leaders reporters
polls poll documents records reports report statement statements data survey surveys study`.split(/\s+/),
);
const PRONOUNS = new Set(['he', 'him', 'she', 'her', 'they', 'them', 'we', 'i', 'it', 'you']);
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'rev',
  'prof',
  'jr',
  'sr',
  'st',
  'u.s',
  'no',
  'vs',
  'inc',
  'corp',
  'co',
  'sept',
  'oct',
  'nov',
  'dec',
  'jan',
  'feb',
  'aug',
  'mt',
]);
const OPENING_MARKS = new Set(['"', '“', '„', '«', '‹', '‘', "'", '”']);
const CLOSING_MARKS = new Set(['"', '”', '“', '»', '›', '’', "'"]);
/** How far attribution looks before or after a quotation, in characters. */
const WINDOW = 600;
const NP_MAX_WORDS = 9;

interface Found {
  np: [number, number];
  cue: CueMatch;
  tokens: Token[];
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isCueWord = (tokens: Token[], i: number): boolean => matchCue(tokens, i) !== undefined;
const isAbbrevDot = (tokens: Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  return tokens[i]?.text === '.' && isWord(prev) && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && isUpperStart(prev.text)));
};

/** Walk left from `tokens[e]` over a noun phrase; returns [start, end) or undefined. */
function collectLeft(tokens: Token[], e: number, lo: number): [number, number] | undefined {
  const last = tokens[e];
  if (!isWord(last) || BOUNDARY.has(last.lower) || NOT_NP_END.has(last.lower) || isCueWord(tokens, e)) return undefined;
  let s = e;
  let words = 1;
  while (s - 1 >= lo && words < NP_MAX_WORDS) {
    const t = tokens[s - 1] as Token;
    if (isWord(t) && !isCueWord(tokens, s - 1) && (!BOUNDARY.has(t.lower) || (t.lower === 'with' && tokens[s - 2]?.lower === 'familiar'))) {
      s--;
      words++;
    } else if (isAbbrevDot(tokens, s - 1)) s--;
    else break;
  }
  return [s, e + 1];
}

const RIGHT_NP_START = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'two',
  'three',
  'some',
  'several',
  'his',
  'her',
  'their',
  'its',
  'our',
  'he',
  'she',
  'they',
  'him',
  'them',
  'we',
  'i',
  'it',
  'many',
  'most',
  'both',
  'former',
  'senior',
]);

/** Walk right from `tokens[s]` over a noun phrase (`said Mr Putin`, `according to him`). */
function collectRight(tokens: Token[], s: number): [number, number] | undefined {
  const first = tokens[s];
  if (!isWord(first)) return undefined;
  const plausible = (t: Token | undefined): boolean =>
    isWord(t) && (isUpperStart(t.text) || RIGHT_NP_START.has(t.lower) || SOURCE_NOUNS.has(t.lower) || isTitle(t.lower));
  // `said retired neurosurgeon Ben Carson`: a few lower-case words may lead up to a name.
  if (
    !plausible(first) &&
    ![1, 2, 3].some((k) => isWord(tokens[s + k]) && isUpperStart((tokens[s + k] as Token).text) && tokens.slice(s, s + k).every(isWord))
  )
    return undefined;
  let e = s;
  let words = 0;
  while (e < tokens.length && words < NP_MAX_WORDS) {
    const t = tokens[e] as Token;
    if (isWord(t) && !BOUNDARY.has(t.lower) && !isCueWord(tokens, e) && !(words > 0 && TIME_WORDS.has(t.lower))) {
      if (words === 0 && TIME_WORDS.has(t.lower)) break;
      e++;
      words++;
    } else if (isAbbrevDot(tokens, e) && words > 0) e++;
    else break;
  }
  return e > s ? [s, e] : undefined;
}

const looksLikeName = (tokens: Token[], [s, e]: [number, number]): boolean =>
  e - s <= 5 && tokens.slice(s, e).every((t) => (isWord(t) && isUpperStart(t.text) && !isOrgWord(t.lower)) || t.text === '.');

/** The subject of a cue at `tokens[k]`, skipping adverbs and appositives (`Guterres, who ..., said`). */
function sourceBefore(tokens: Token[], k: number, lo: number): [number, number] | undefined {
  let j = k - 1;
  while (j >= lo) {
    const t = tokens[j] as Token;
    if (isWord(t) && (ADVERBS.has(t.lower) || (t.lower.endsWith('ly') && !isUpperStart(t.text) && t.lower.length > 4))) j--;
    else if (isWord(t) && TIME_WORDS.has(t.lower) && tokens[j - 1]?.lower === 'on') j -= 2;
    else break;
  }
  if (j < lo) return undefined;
  if (tokens[j]?.text !== ',') return collectLeft(tokens, j, lo);
  let m = j - 1;
  while (m >= lo && ((tokens[m] as Token).kind === 'word' || (tokens[m] as Token).text === '.')) m--;
  if (m < lo || tokens[m]?.text !== ',' || m === j - 1) return undefined;
  const inner: [number, number] = [m + 1, j];
  const outer = collectLeft(tokens, m - 1, lo);
  if (looksLikeName(tokens, inner) && (!outer || !looksLikeName(tokens, outer))) return inner;
  return outer;
}

/** A byline-style attribution: `"..." — Hillary Clinton.` */
function dashAttribution(tokens: Token[]): Found | undefined {
  const dash = tokens[0];
  if (!dash || !['-', '—', '–'].includes(dash.text)) return undefined;
  let end = tokens.findIndex((t, k) => k > 0 && t.text === ',');
  if (end < 0) end = tokens.length;
  while (end > 1 && (tokens[end - 1] as Token).kind === 'punct' && !isAbbrevDot(tokens, end - 1)) end--;
  if (end < 2 || !looksLikeName(tokens, [1, end])) return undefined;
  return { np: [1, end], cue: { index: 0, length: 1, text: dash.text, sourceAfter: true, start: dash.start, end: dash.end }, tokens };
}

/** Attribution right after a quotation: `," Putin said`, `," said Putin`, `”he added`. */
function attributionAfter(tokens: Token[]): Found | undefined {
  const dashed = dashAttribution(tokens);
  if (dashed) return dashed;
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).kind === 'punct' && /[,—–\-:('"’”]/.test((tokens[i] as Token).text)) i++;
  for (let k = i; k < tokens.length && k < i + NP_MAX_WORDS + 2; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') return undefined;
    const cue = matchCue(tokens, k);
    if (!cue) continue;
    if (cue.sourceAfter || k === i) {
      const np = collectRight(tokens, k + cue.length);
      return np ? { np, cue, tokens } : undefined;
    }
    const np = sourceBefore(tokens, k, i);
    if (np && np[0] === i) return { np, cue, tokens };
    return undefined;
  }
  return undefined;
}

/** Attribution closing the quotation's sentence after other words: `was a "disaster" for everyone, he said.` */
function attributionAtSentenceEnd(tokens: Token[]): Found | undefined {
  let comma = -1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') return undefined;
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      comma = k;
      break;
    }
  }
  if (comma < 0) return undefined;
  let end = tokens.length;
  while (end > comma && (tokens[end - 1] as Token).kind === 'punct') end--;
  const clause = tokens.slice(comma + 1, end);
  const found = attributionAfter(clause);
  if (!found) return undefined;
  const cueEnd = found.cue.index + found.cue.length;
  const consumed = Math.max(found.np[1], cueEnd);
  return consumed >= clause.length - 4 ? found : undefined;
}

/** Attribution before a quotation in its sentence: the nearest cue that has a source (`Putin said: "`, `According to him, ... "`). */
function attributionBefore(tokens: Token[]): Found | undefined {
  const cues: CueMatch[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const cue = matchCue(tokens, k);
    if (cue) cues.push(cue);
  }
  const colon = tokens[tokens.length - 1];
  if (colon?.text === ':' && (cues.length === 0 || (cues[cues.length - 1] as CueMatch).index < tokens.length - 8)) {
    // Headline style: `Kasich: 'We are going all the way'`.
    const np = collectLeft(tokens, tokens.length - 2, 0);
    if (np && np[0] === 0 && looksLikeName(tokens, np)) {
      return {
        np,
        cue: { index: tokens.length - 1, length: 1, text: ':', sourceAfter: false, start: colon.start, end: colon.end },
        tokens,
      };
    }
  }
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c] as CueMatch;
    const participle = cue.text.split(' ')[0]?.toLowerCase().endsWith('ing') ?? false;
    if (participle && tokens[cue.index - 1]?.text === ',' && c > 0) continue;
    const inverted = participle ? undefined : collectRight(tokens, cue.index + cue.length);
    const np = cue.sourceAfter ? collectRight(tokens, cue.index + cue.length) : (sourceBefore(tokens, cue.index, 0) ?? inverted);
    if (np) return { np, cue, tokens };
  }
  return undefined;
}

const hasCue = (tokens: Token[]): boolean => tokens.some((_, k) => matchCue(tokens, k) !== undefined);

/** Offset where the sentence containing `pos` starts (not before `floor`); boundaries inside quotations only count at a closing mark. */
function sentenceStart(ctx: ArticleContext, pos: number, floor: number): number {
  const { text, masked } = ctx;
  for (let j = pos - 1; j > floor; j--) {
    const c = text[j] as string;
    if (c !== ' ' && c !== '\n') continue;
    let k = j - 1;
    if (k >= floor && masked[k] === MASK && CLOSING_MARKS.has(text[k] as string)) k--;
    const p = text[k] as string;
    if (p !== '.' && p !== '!' && p !== '?') continue;
    if (masked[k] === MASK && masked[j - 1] !== MASK) continue;
    const next = text[j + 1] as string | undefined;
    const after = next !== undefined && OPENING_MARKS.has(next) ? text[j + 2] : next;
    if (after === undefined || !isUpperStart(after)) continue;
    const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(floor, k - 6), k));
    const word = before?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    return j + 1;
  }
  return floor;
}

/** End of the sentence starting at `pos` (not past `ceiling`). */
function sentenceEnd(text: string, pos: number, ceiling: number): number {
  for (let j = pos; j < ceiling; j++) {
    const c = text[j];
    if ((c === '.' || c === '!' || c === '?') && (j + 1 >= ceiling || text[j + 1] === ' ' || text[j + 1] === '\n')) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(pos, j - 6), j));
      const word = before?.[1]?.toLowerCase() ?? '';
      if (!ABBREVIATIONS.has(word) && !/^\p{L}$/u.test(word)) return j;
    }
  }
  return ceiling;
}

function paragraphAt(paragraphs: Paragraph[], pos: number): Paragraph {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((paragraphs[mid] as Paragraph).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo] as Paragraph;
}

interface Attribution {
  mention: Mention;
  cue: string;
  speaker?: Speaker;
}

const unnamed = (description: string): Speaker => {
  const name = description.replace(/^(A|An|The|Another|Some|One)\b/, (w) => w.toLowerCase());
  return { name, key: foldName(name), kind: 'unnamed' };
};

/** Resolve a source noun phrase to a speaker: pronoun, named person, unnamed source, or a role naming someone already met. */
function resolveSource(ctx: ArticleContext, found: Found, previous: Speaker | undefined): Attribution {
  const { tokens, np, cue } = found;
  const words = tokens.slice(np[0], np[1]);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const mention: Mention = { text: ctx.text.slice(first.start, last.end), start: first.start, end: last.end };
  const base = { mention, cue: cue.text };
  const w = words.filter(isWord);
  if (w.length === 1 && PRONOUNS.has(first.lower)) {
    const gender = first.lower === 'he' || first.lower === 'him' ? 'm' : first.lower === 'she' || first.lower === 'her' ? 'f' : undefined;
    if (gender) {
      const p = ctx.people.nearestBefore(first.start, gender);
      return p ? { ...base, speaker: ctx.people.speakerOf(p) } : base;
    }
    if ((first.lower === 'they' || first.lower === 'them' || first.lower === 'we') && previous?.kind === 'unnamed')
      return { ...base, speaker: previous };
    return base;
  }
  if (INDEFINITE.has(first.lower)) return { ...base, speaker: unnamed(mention.text) };
  const prep = words.findIndex((t) => t.lower === 'of' || t.lower === 'from' || t.lower === 'at' || t.lower === 'in');
  const allRuns = capitalisedRuns(words);
  const runs = prep > 0 ? [...allRuns.filter(([, e]) => e > prep), ...allRuns.filter(([, e]) => e <= prep)] : allRuns;
  for (let r = runs.length - 1; r >= 0; r--) {
    const [s, e] = runs[r] as [number, number];
    const lastRunWord = words[e - 1] as Token;
    if (/['’]s$/.test(lastRunWord.text) && e < words.length) continue;
    const parsed = parseNameRun(words, s, e);
    if (!parsed) continue;
    const nameWords = parsed.name.map((t) => t.text);
    const known = ctx.people.find(nameWords, first.start);
    if (!known && first.lower === 'the') continue;
    const p = known ?? ctx.people.add(nameWords, (parsed.name[0] as Token).start, lastRunWord.end, parsed.roles);
    return { ...base, speaker: ctx.people.speakerOf(p) };
  }
  const head = w.findIndex(
    (t) => t.lower === 'to' || t.lower === 'of' || t.lower === 'for' || t.lower === 'familiar' || t.lower === 'close',
  );
  const headWord = (head > 0 ? w[head - 1] : last) as Token;
  if (SOURCE_NOUNS.has(headWord.lower) && first.lower !== 'the') return { ...base, speaker: unnamed(mention.text) };
  const roleWords = w
    .map((t) => t.lower.replace(/['’]s$/, ''))
    .flatMap((x) => (x.includes('-') ? [x, ...x.split('-')] : [x]))
    .filter((x) => x !== 'the');
  if (first.lower === 'the' || /['’]s$/.test(first.text)) {
    const p = ctx.people.byRole(roleWords, first.start);
    if (p) return { ...base, speaker: ctx.people.speakerOf(p) };
  }
  return { ...base, speaker: unnamed(mention.text) };
}

/** Find the attribution written next to a quote: after it, then before it in its sentence, then a `...:` lead-in paragraph. */
function ownAttribution(ctx: ArticleContext, q: Quote, nextStart: number): Found | undefined {
  const { masked, paragraphs } = ctx;
  const para = paragraphs[q.paragraph] as Paragraph;
  const endPara = paragraphAt(paragraphs, q.end - 1);
  const postLimit = Math.min(nextStart, endPara.end, q.end + WINDOW);
  const postTokens = windowTokens(ctx, q.end, sentenceEnd(masked, q.end, postLimit));
  const post = attributionAfter(postTokens);
  if (post) return post;
  const from = sentenceStart(ctx, q.start, Math.max(para.start, q.start - WINDOW));
  const pre = attributionBefore(windowTokens(ctx, from, q.start));
  if (pre) return pre;
  const tail = attributionAtSentenceEnd(postTokens);
  if (tail) return tail;
  const prevPara = paragraphs[q.paragraph - 1];
  if (from === para.start && q.start === para.start && prevPara && ctx.text[prevPara.end - 1] === ':') {
    const leadIn = sentenceStart(ctx, prevPara.end, Math.max(prevPara.start, prevPara.end - WINDOW));
    return attributionBefore(windowTokens(ctx, leadIn, prevPara.end));
  }
  return undefined;
}

/**
 * Attribute every quote of an article in place (sets `mention`, `cue`, `speaker`).
 *
 * A quote with no attribution of its own takes one from the text since the previous quote when
 * it is a full sentence (`"A," he said. "B."`), or inherits the previous quote's speaker: a full
 * quote from the same or the previous paragraph, a partial one only within the same paragraph
 * and with no cue in between. Anything else (scare quotes) stays unattributed.
 */
export function attributeQuotes(ctx: ArticleContext, quotes: Quote[]): void {
  let last: Quote | undefined;
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n] as Quote;
    const nextStart = quotes[n + 1]?.start ?? ctx.text.length;
    let found = ownAttribution(ctx, q, nextStart);
    const lastPara = last ? paragraphAt(ctx.paragraphs, last.end - 1).index : -2;
    const between = last && lastPara >= q.paragraph - 1 ? windowTokens(ctx, Math.max(last.end, q.start - WINDOW), q.start) : undefined;
    if (!found && between && q.kind === 'full') found = attributionBefore(between);
    if (found) {
      const a = resolveSource(ctx, found, last?.speaker);
      q.mention = a.mention;
      q.cue = a.cue;
      if (a.speaker) q.speaker = a.speaker;
      last = q;
      continue;
    }
    const carry = last !== undefined && between !== undefined && (q.kind === 'full' || (lastPara === q.paragraph && !hasCue(between)));
    if (carry && last) {
      if (last.mention) q.mention = { ...last.mention };
      if (last.cue) q.cue = last.cue;
      if (last.speaker) q.speaker = { ...last.speaker };
      last = q;
    }
  }
}
