import {
  ARTICLES,
  DEMONSTRATIVES,
  DOCUMENT_NOUNS,
  FINDING_DOCUMENTS,
  isPersonHead,
  MEDIA_NOUNS,
  MODALS,
  POSSESSIVES,
  STANCE_VERBS,
} from '../lexicon/word-lists.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isStateNoun } from './state-noun.ts';
import { CUE_FORMS, NOUN_LIKE } from '../lexicon/speech-verbs.ts';
import { GENDERED_SUBJECTS, THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

/** Words before which a cue-looking word is a noun (`claims of atrocities`, `the quote`). */
const NOUN_DETERMINERS = new Set<string>([
  ...ARTICLES,
  ...POSSESSIVES,
  ...DEMONSTRATIVES,
  ...['such', 'of', 'by', 'any', 'no', 'some', 'many', 'new', 'false', 'unfounded', 'so', 'much'],
]);

const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'with', 'by', 'for', 'into', 'after', 'before', 'under']);

/** Past forms of sending a written message. */
const SENT = new Set(['emailed', 'texted', 'posted', 'tweeted']);

/** Capitalised, these are usually part of a name (`the Washington Post`). */
const PROPER_NOUN_LIKE = new Set([
  'post',
  'posts',
  'report',
  'reports',
  'state',
  'states',
  'note',
  'notes',
  'call',
  'charge',
  'brand',
  'label',
  'quote',
  'counter',
  'answer',
  'times',
  'tells',
  'begin',
  'begins',
]);
/** Finite verbs of saying that follow their subject (`Muse said`): a capitalised cue form right before one is a name. */
const SAYING_AFTER_NAME = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains']);
/** Contractions of `is`/`has` ending like a possessive: `he's said`, `it's called`. */
const CONTRACTED = new Set(["he's", "she's", "it's", "that's", "who's", "there's", "what's", "here's", "let's", "one's"]);
const SUBJECT_PRONOUNS = new Set([...THIRD_PERSON_SUBJECTS, 'it', 'who', 'also', 'which', 'that']);

interface CueEntry {
  words: string[];
  needsPunct: boolean;
}

const CUES = new Map<string, CueEntry[]>();
for (const form of CUE_FORMS.split(/\s+/)) {
  if (!form) continue;
  const needsPunct = form.endsWith(':');
  const words = (needsPunct ? form.slice(0, -1) : form).split('+');
  const first = words[0] as string;
  const list = CUES.get(first) ?? [];
  list.push({ words, needsPunct });
  CUES.set(first, list);
}
/** The first words' (first code unit mod 128, length up to 31) pairs: a word outside them starts no cue, found without hashing it. */
const CUE_SHAPES = new Uint8Array(128 * 32);
for (const first of CUES.keys()) CUE_SHAPES[(first.charCodeAt(0) & 127) * 32 + Math.min(first.length, 31)] = 1;

/** A cue found in a token list: `tokens[index .. index + length)`. */
export interface CueMatch {
  index: number;
  length: number;
  text: string;
  /** `according to` takes its source after it, never before. */
  sourceAfter: boolean;
  start: number;
  end: number;
}

/** A copy of a cue at another index or with another text, by one object literal (a spread `{ ...cue, index }` makes another hidden class: see `foundWith`). */
export function cueWith(cue: CueMatch, index: number, text = cue.text): CueMatch {
  return { index, length: cue.length, text, sourceAfter: cue.sourceAfter, start: cue.start, end: cue.end };
}

/**
 * `the authors report, "…"`, `the researchers note: "…"`: a noun-like form after a word (not a
 * determiner: those were ruled out before) and right before a comma or colon and a quotation (or the
 * end of the words before a quotation) is a verb.
 */
function introducesQuote(tokens: Token[], k: number, before: Token | undefined): boolean {
  const punct = tokens[k];
  // `in a research note, "…"`: a noun compound after a preposition (and a determiner) stays a noun.
  const two = tokens[k - 3]?.lower ?? '';
  const three = tokens[k - 4]?.lower ?? '';
  return (
    before?.kind === 'word' &&
    !PREPOSITIONS.has(two) &&
    !(NOUN_DETERMINERS.has(two) && PREPOSITIONS.has(three)) &&
    (punct?.text === ',' || punct?.text === ':') &&
    (k + 1 === tokens.length || tokens[k + 1]?.kind === 'quote')
  );
}

/**
 * Finite verbs of saying or finding that follow a noun subject (`the report stated`, `the poll found`);
 * the bare forms at the end (`say show find call describe`) are finite only after a plural (`the notes
 * call`, `their filings describe`), and `call`/`describe` are judging verbs there, not verbs of saying.
 */
const FINITE_AFTER_NOUN = new Set(
  'said says stated states found finds noted notes concluded concludes showed shows read reads added adds claimed claims warned warns say show find call describe'.split(
    ' ',
  ),
);

/** Auxiliaries and negations: a phrase holding one is a clause (`The company did not comment.`), not a source. */
const CLAUSE_WORDS = new Set([
  'did',
  'does',
  'do',
  'not',
  'never',
  'was',
  'is',
  'were',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
]);

/** Words that open the source phrase of an attribution after a quotation: `"…," the lawsuit states.` */
const PHRASE_OPENERS = new Set<string>([...ARTICLES, ...POSSESSIVES, 'another', 'one']);

/**
 * `"…," the lawsuit states.`, `"…," the second officer replies.`: a noun-like form right after a short
 * noun phrase that follows a quotation (and its comma), closing the clause, is the attribution's verb
 * whatever the phrase's first letter: the words between a quotation and the end of its sentence leave
 * no place for a noun.
 */
function closesAttribution(tokens: Token[], i: number, length: number): boolean {
  const after = tokens[i + length];
  if (after && !(after.kind === 'punct' && /^[.!?,;]$/.test(after.text))) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && tokens[k]?.kind === 'word' && !CLAUSE_WORDS.has(tokens[k]?.lower ?? '')) k--;
  if (k >= 0 && tokens[k]?.kind === 'word') return false;
  const opener = tokens[k + 1];
  if (k === i - 1 || !opener || !PHRASE_OPENERS.has(opener.lower)) return false;
  // Right after the quotation, or after the comma that follows it (a window that starts at the quotation's end has neither).
  const lead = tokens[k];
  if (k < 0) return true;
  return lead?.kind === 'quote' || (lead?.text === ',' && (k === 0 || tokens[k - 1]?.kind === 'quote'));
}

/**
 * `"…," reports political scientist Jo Bloggs`: a noun-like form right after a quotation (and its
 * comma) and before a name or a title is an inverted verb of saying.
 */
function opensInversion(tokens: Token[], i: number, length: number): boolean {
  const prev = tokens[i - 1];
  const atQuote = i === 0 || prev?.kind === 'quote' || (prev?.text === ',' && (i === 1 || tokens[i - 2]?.kind === 'quote'));
  const next = tokens[i + length];
  return (
    atQuote &&
    next?.kind === 'word' &&
    (isUpperStart(next.text) || next.lower === 'the' || /^(?:former|senior|political|chief)$/.test(next.lower))
  );
}

/** Forms of `start` that open a speaker's words only right after a quotation: `"…," Roe started, "…"`. */
const STARTING = new Set(['started', 'starts']);
/**
 * Forms of `find`, a cue only before punctuation or a quotation (`"…," the audit found.`); before a quotation
 * or a colon only after a finding document (`the audit found "…"`) or `he`/`she` (an investigator's finding,
 * `even though he found "evidence" that …`), never after anyone else (`Scans found
 * "…"`, `Police found "…" of cash`: what they found, not what they said).
 */
const FINDING = new Set(['found', 'finds']);

/** A finding document (`audit`, `review`, `report` …) among the up to eight words right before `tokens[i]`, in its clause. */
function findingDocumentBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k]?.kind === 'word'; k--)
    if (FINDING_DOCUMENTS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * `a Justice Department report on the city's police found "…"`: a document qualified by a phrase in the
 * words before `found` at `i`, whose whole subject `reported.ts` reads (the cue's source would be the
 * qualifier's last noun).
 */
function qualifiedDocumentBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 8; k--)
    if (FINDING_DOCUMENTS.has(tokens[k]?.lower ?? '') && /^(?:on|of|into|about|from|by)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  return false;
}
/** Forms of `crack` (a joke): a cue right after a quotation, or after a name or `he`/`she` (not `Her voice cracked`, `The levee cracked`). */
const CRACKING = new Set(['cracked', 'cracks']);

/**
 * Up to four words (a subject) between `tokens[i]` and a quotation, or the comma right after one, or the
 * window's start when the caller says it is a quotation's end (`afterQuotation`): never a sentence's start.
 */
function rightAfterQuotation(tokens: Token[], i: number, afterQuotation: boolean): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && tokens[k]?.kind === 'word') k--;
  if (k === i - 1) return false;
  if (k < 0) return afterQuotation;
  return tokens[k]?.kind === 'quote' || (tokens[k]?.text === ',' && (k === 0 ? afterQuotation : tokens[k - 1]?.kind === 'quote'));
}

/**
 * Match an attribution cue starting at `tokens[i]`, or undefined. `afterQuotation`: `tokens` starts right
 * after a quotation's closing mark (the words after it), not at a sentence's start.
 */
export function matchCue(tokens: Token[], i: number, afterQuotation = false): CueMatch | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  // `"…," per reporter Ann Lee`: `per` names a source only right after a quotation or its comma.
  if (t.lower === 'per') {
    const prev = tokens[i - 1];
    return (prev ? prev.kind === 'quote' || prev.text === ',' : t.text === 'per') && tokens[i + 1]?.kind === 'word'
      ? { index: i, length: 1, text: t.text, sourceAfter: true, start: t.start, end: t.end }
      : undefined;
  }
  let entries = t.cues as CueEntry[] | null | undefined;
  if (entries === undefined) {
    const shape = (t.lower.charCodeAt(0) & 127) * 32 + Math.min(t.lower.length, 31);
    entries = CUE_SHAPES[shape] === 1 ? (CUES.get(t.lower) ?? null) : null;
    t.cues = entries;
  }
  if (!entries) return undefined;
  const before = tokens[i - 1];
  for (const entry of entries) {
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      if (tokens[i + k]?.lower !== entry.words[k]) ok = false;
    }
    if (!ok) continue;
    const length = entry.words.length;
    const after = tokens[i + length];
    if (entry.needsPunct && after && after.kind === 'word') continue;
    // `said Putin agreed "in principle"`: agreeing right before a quotation takes it as a thing agreed to.
    if ((after?.kind === 'quote' || (!after && !afterQuotation)) && STANCE_VERBS.has(t.lower)) continue;
    if (entry.words[0] !== 'according' && before && (NOUN_DETERMINERS.has(before.lower) || before.lower === 'to')) continue;
    // `the agency's reporting`, `Smith's warning`: after a possessor the form is a noun (not `he's said`).
    if (before && /['’]s$/.test(before.text) && !CONTRACTED.has(before.lower.replace('’', "'"))) continue;
    // `"…," Muse said`, `Cry told`: a capitalised form right before a lower-case finite verb of saying is that verb's subject.
    if (length === 1 && isUpperStart(t.text) && SAYING_AFTER_NAME.has(tokens[i + 1]?.text ?? '')) continue;
    if (
      PROPER_NOUN_LIKE.has(t.lower) &&
      isUpperStart(t.text) &&
      before &&
      before.kind === 'word' &&
      isUpperStart(before.text) &&
      t.lower !== 'tells'
    )
      continue;
    if (
      NOUN_LIKE.has(t.lower) &&
      !(before && before.kind === 'word' && (isUpperStart(before.text) || SUBJECT_PRONOUNS.has(before.lower))) &&
      !introducesQuote(tokens, i + length, before) &&
      !closesAttribution(tokens, i, length) &&
      !opensInversion(tokens, i, length)
    )
      continue;
    // `"For decades," Roe started, "…"`: `started` is a cue only between a quotation and a comma or colon, after its subject.
    if (STARTING.has(t.lower) && !(/^[,:]$/.test(after?.text ?? '') && rightAfterQuotation(tokens, i, afterQuotation))) continue;
    if (FINDING.has(t.lower) && !afterQuotation && qualifiedDocumentBefore(tokens, i)) continue;
    if (
      FINDING.has(t.lower) &&
      (!after || after.kind === 'quote' || after.text === ':') &&
      !rightAfterQuotation(tokens, i, afterQuotation) &&
      !findingDocumentBefore(tokens, i) &&
      !GENDERED_SUBJECTS.has(before?.lower ?? '')
    )
      continue;
    if (
      CRACKING.has(t.lower) &&
      !(before?.kind === 'word' && (isUpperStart(before.text) || GENDERED_SUBJECTS.has(before.lower))) &&
      !rightAfterQuotation(tokens, i, afterQuotation)
    )
      continue;
    // `Ohio state Rep. Jo Bloggs`, `said Ohio state Sen. Jo Bloggs`: `state` before a title or a name is the noun.
    if (t.lower === 'state' && before?.kind === 'word' && isUpperStart(before.text) && isStateNoun(tokens[i + 1])) continue;
    // `Another CBS report stated that …`: a noun-like form right before a finite verb of saying is that verb's subject.
    if (NOUN_LIKE.has(t.lower) && FINITE_AFTER_NOUN.has(tokens[i + length]?.lower ?? '')) continue;
    // `in a Twitter post`, `the Facebook statement`: a determiner before the capitalised word makes the form a noun.
    if (NOUN_LIKE.has(t.lower) && isUpperStart(before?.text ?? '') && NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? '')) continue;
    // `a statement emailed to reporters`, `a video posted online`: a form of sending right after a document or media noun is its participle.
    if (SENT.has(t.lower) && (DOCUMENT_NOUNS.has(before?.lower ?? '') || MEDIA_NOUNS.has(before?.lower ?? ''))) continue;
    const last = tokens[i + length - 1] as Token;
    // One word (most cues): its text, with no list made.
    const text =
      length === 1
        ? t.text
        : tokens
            .slice(i, i + length)
            .map((w) => w.text)
            .join(' ');
    return { index: i, length, text, sourceAfter: entry.words[0] === 'according', start: t.start, end: last.end };
  }
  return undefined;
}

/** Verbs of sending or objecting: the quotation after them is often someone else's (`texted Cole a photo of the sign reading "…"`). */
export const SENDING_OR_OBJECTING: ReadonlySet<string> = new Set([...SENT, 'objected', 'protested']);

/** Determiners that open a noun phrase naming a thing sent (`a photo`, `his video`); `her` only before a noun. */
const THING_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVES, 'this', 'these', 'those']);

/** Modals and forms of `be`/`have`: a clause's own verb. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([...MODALS, 'is', 'was', 'are', 'were', 'has', 'have', 'had']);

/** `a photo of the sign`, `the video`, `his copy of the memo`: a determiner, at most two lower-case words, a media noun or a noun before `of` (not a document's). */
function thingSentAt(rest: Token[], k: number): boolean {
  if (!THING_DETERMINERS.has(rest[k]?.lower ?? '')) return false;
  for (let h = k + 1; h <= k + 3 && h < rest.length; h++) {
    const t = rest[h] as Token;
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    // `posted a message on Twitter reading "…"`: a document speaks for its author, the sender.
    if (DOCUMENT_NOUNS.has(t.lower)) return false;
    if (MEDIA_NOUNS.has(t.lower)) return true;
    if (rest[h + 1]?.lower === 'of') return !isPersonHead(t.lower) && !endsLikePersonNoun(t.lower);
  }
  return false;
}

/**
 * Is the word at `i` a verb of sending or objecting whose quotation follows, in the same clause, a thing sent
 * or objected to (`texted Cole a photo of the sign reading "…"`, `objected to Cole's description as "…"`)? A thing
 * is a determiner-led phrase naming one (`thingSentAt`) or a possessive (`Cole's`); never a time word, an adverb or
 * the person sent to (`emailed staff`, `texted a friend`, `tweeted late Monday`); `a`/`an` right before the
 * quotation too (`tweeted a "fake news" complaint`), and a passive's `by` (`a comment posted by someone named "…"`). Never when a comma, colon, dash, sentence end, `that`, another
 * quotation or a clause's modal or auxiliary (`tweeted Cole's arrest would "…"`) stands between the verb and the
 * quotation (`posted the video, captioned "…"` too).
 * Callers give such a quotation no speaker at all (`sentWordsOfAnother`).
 */
export function sendsSomethingElse(tokens: Token[], i: number): boolean {
  if (!SENDING_OR_OBJECTING.has(tokens[i]?.lower ?? '')) return false;
  const rest = tokens.slice(i + 1);
  if (rest.some((t) => (t.kind !== 'word' && /^[.!?,:;–—-]$/.test(t.text)) || t.lower === 'that' || t.kind === 'quote')) return false;
  // `tweeted Assange's arrest would "…"`: a clause's verb after the verb makes the words that clause's.
  if (rest.some((t) => CLAUSE_VERBS.has(t.lower))) return false;
  // `tweeted a "fake news" complaint`: the quotation modifies a thing's noun.
  if (/^an?$/.test(rest[rest.length - 1]?.lower ?? '')) return true;
  // `a comment posted last fall by someone named "…"`: a passive verb's subject is the thing sent.
  if (rest.some((t) => t.lower === 'by')) return true;
  return rest.some((t, k) => t.kind === 'word' && (/\p{L}['’]s$/u.test(t.text) || thingSentAt(rest, k)));
}

/** Does a verb of sending in these tokens (the quotation's clause) send something else's words (`sendsSomethingElse`)? */
export const sentWordsOfAnother = (tokens: Token[]): boolean => tokens.some((_, k) => sendsSomethingElse(tokens, k));

/**
 * `agreed to a "ceasefire"`, `agreed with the U.S. to expand "…"`, `agreed "in principle"`: agreeing to a
 * thing or with someone, or closing its sentence, reports no words of the subject's.
 */
export function agreesToSomething(tokens: Token[], k: number): boolean {
  if (!/agree/.test(tokens[k]?.lower ?? '')) return false;
  // `Many Democrats agreed. "…"`: agreeing that closes its sentence states no clause (`stance-lead-in.ts` reads those).
  const next = tokens[k + 1];
  return !next || next.kind === 'quote' || /^(?:to|with|on|upon|in|not|[.;!?])$/.test(next.lower);
}
