/**
 * A finding quoted from a document: `The Lakeview Dental Association released a survey this week
 * showing that "…"` (the participle after the document has the document as its subject, and the
 * document speaks for who released it: the sentence's subject, a body or a person); `the ministry
 * published a report on the port police, which concluded that "…"` (a relative clause whose verb
 * of finding has the document as its subject: the document speaks, `a report`).
 */
import { subjectBefore } from '../resolution/issuers.ts';
import type { Found } from '../cues/source-phrase.ts';
import type { Token } from '../tokens.ts';
import { DOCUMENT_HEADS, FINDING_DOCUMENTS } from '../lexicon/word-lists.ts';
import { TIME_WORDS as TIME_WORD_LIST } from '../cues/source-words.ts';
import { PERSON_POSSESSIVES } from '../lexicon/pronouns.ts';

/** Verbs by which a body or a person puts out a document. */
export const RELEASE_VERBS: ReadonlySet<string> = new Set(
  `released releases publishes published issued issues unveiled unveils produced produces circulated circulates
posted posts put puts sent sends filed files releasing issuing publishing posting sending filing`.split(/\s+/),
);
/** Participles whose subject is the document before them. */
const FINDING_PARTICIPLES = new Set(['showing', 'finding', 'concluding', 'saying', 'stating', 'noting', 'warning', 'arguing', 'claiming']);
/** Words allowed between the document and its participle: a short time phrase (`this week`, `on Monday`). */
const TIME_WORDS = new Set([...TIME_WORD_LIST, 'on']);

/** Finite verbs of finding or saying whose subject a document is: `which concluded`, `that found`. */
const FINDING_VERBS = new Set(
  `found finds concluded concludes showed shows said says stated states noted notes warned warns determined determines`.split(/\s+/),
);
/** Prepositions of a document's qualifier: `a report on the port police`, `an audit of the agency`. */
const QUALIFIER_WORDS = new Set(['on', 'into', 'of', 'about', 'by', 'from', 'for']);
/** Words that open a document's description. */
const DOCUMENT_DETERMINERS = new Set(['a', 'an', 'the', 'its', ...PERSON_POSSESSIVES, 'this', 'that']);

/**
 * The document a relative clause closing `tokens` is about, as a source (`a harsh report`, its qualifier
 * left out) with the clause's verb as cue, when `tokens` end `<det> <…> <document> [<qualifier>], which|that <found> [that [<subject>]]`.
 */
export function documentFinding(tokens: Token[]): Found | undefined {
  // `which concluded that its officers "…"`: the clause's own subject, up to four words, after `that`.
  let p = tokens.length - 1;
  const last = p;
  while (p > last - 5 && tokens[p]?.kind === 'word' && tokens[p]?.lower !== 'that' && !FINDING_VERBS.has(tokens[p]?.lower ?? '')) p--;
  if (tokens[p]?.lower === 'that') p--;
  else if (p !== last && !FINDING_VERBS.has(tokens[p]?.lower ?? '')) return undefined;
  const verb = tokens[p];
  if (!verb || verb.kind !== 'word' || !FINDING_VERBS.has(verb.lower)) return undefined;
  const relative = tokens[p - 1]?.lower;
  if (relative !== 'which' && relative !== 'that') return undefined;
  // The document: the last one within ten words before the relative pronoun, only its qualifier between them.
  let d = p - 2;
  if (tokens[d]?.text === ',') d--;
  const end = d;
  while (d >= 0 && d > end - 10 && !FINDING_DOCUMENTS.has(tokens[d]?.lower ?? '')) d--;
  if (d < 1 || !FINDING_DOCUMENTS.has(tokens[d]?.lower ?? '')) return undefined;
  if (d < end && !QUALIFIER_WORDS.has(tokens[d + 1]?.lower ?? '')) return undefined;
  if (tokens.slice(d + 1, end + 1).some((t) => t.kind !== 'word' && t.text !== "'s" && t.text !== '’s')) return undefined;
  let s = d - 1;
  while (s >= 0 && s > d - 5 && tokens[s]?.kind === 'word' && !DOCUMENT_DETERMINERS.has(tokens[s]?.lower ?? '')) s--;
  if (s < 0 || !DOCUMENT_DETERMINERS.has(tokens[s]?.lower ?? '')) return undefined;
  return { np: [s, d + 1], cue: { index: p, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end }, tokens };
}

/**
 * The issuer (the sentence's subject) and the participle of `tokens` (the sentence up to a quotation)
 * when they read `<subject> <released> a|an|its|the <…> <document> [time] <showing> [that]`, else undefined.
 */
export function issuedFinding(tokens: Token[]): Found | undefined {
  let p = tokens.length - 1;
  if (tokens[p]?.lower === 'that') p--;
  const participle = tokens[p];
  if (!participle || participle.kind !== 'word' || !FINDING_PARTICIPLES.has(participle.lower)) return undefined;
  let d = p - 1;
  while (d > 0 && d > p - 4 && TIME_WORDS.has(tokens[d]?.lower ?? '')) d--;
  if (!FINDING_DOCUMENTS.has(tokens[d]?.lower ?? '')) return undefined;
  // The release verb, within five words before the document (`released a new 40-page study`), all plain words.
  let v = d - 1;
  while (v >= 0 && v > d - 6 && tokens[v]?.kind === 'word' && !RELEASE_VERBS.has((tokens[v] as Token).lower)) v--;
  if (v < 1 || !RELEASE_VERBS.has(tokens[v]?.lower ?? '')) return undefined;
  const det = tokens[v + 1]?.lower ?? '';
  if (!['a', 'an', 'its', ...PERSON_POSSESSIVES, 'the', 'new'].includes(det) && tokens[v]?.lower !== 'put') return undefined;
  const subject = subjectBefore(tokens, v + 1);
  if (!subject || subject[1] !== v) return undefined;
  return {
    np: subject,
    cue: { index: p, length: 1, text: participle.text, sourceAfter: false, start: participle.start, end: participle.end },
    tokens,
  };
}

/**
 * `… cited a threatening letter warning residents to leave: "…"`: a participle cue right after a
 * document (`<det> [<word> <word>] <document> <warning>`, no comma between) has the document as its
 * subject, whatever the cue's reading took for a subject before it (unless someone put it out:
 * `sent out a letter warning`).
 */
export function documentParticiple(found: Found | undefined): Found | undefined {
  if (!found || found.cue.sourceAfter || !/ing$/.test(found.cue.text)) return found;
  const { tokens, cue } = found;
  const d = cue.index - 1;
  if (!DOCUMENT_HEADS.has(tokens[d]?.lower ?? '')) return found;
  let s = d - 1;
  while (s >= 0 && s > d - 4 && tokens[s]?.kind === 'word' && !DOCUMENT_DETERMINERS.has(tokens[s]?.lower ?? '')) s--;
  if (s < 0 || !DOCUMENT_DETERMINERS.has(tokens[s]?.lower ?? '') || (found.np[0] === s && found.np[1] === d + 1)) return found;
  // `The board sent out a letter warning …`: a document someone puts out speaks for them (`issuedFinding`).
  if (RELEASE_VERBS.has(tokens[s - 1]?.lower ?? '') || RELEASE_VERBS.has(tokens[s - 2]?.lower ?? '')) return found;
  return { np: [s, d + 1], cue, tokens };
}
