/**
 * Organisations as speakers (`the White House said in a statement`, `Rite Aid said`), and telling a
 * company's two-word name from a person's: an organisation never takes `he`/`she`, and is shown as
 * an organisation, not as a person or an unnamed source.
 */
import { ArticleMemo } from './article-memo.ts';
import { isOrgWord } from './names.ts';
import { foldName } from './speakers.ts';
import type { Speaker } from '../quote.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/** Lower-case heads of a description that names an organisation: `the company`, `the ministry`. */
const ORG_HEADS = new Set(
  `company firm ministry department agency government administration campaign committee council embassy
office organization organisation group union party retailer chain chipmaker carmaker automaker airline bank
network broadcaster newspaper paper regulator commission court police military army navy kremlin pentagon
white house spokesman's foundation charity university school hospital club team league board`.split(/\s+/),
);
/** Last words of a company's or a body's name beyond the shared organisation words: `Goya Foods`, `Media Matters`. */
const ORG_ENDINGS = new Set(
  `inc incorporated corp corporation co llc ltd plc ag sa gmbh foods food brands products pharmaceuticals pharma
labs laboratories studios entertainment records publishing books press matters watch action institute initiative
project trust fund society league federation council bureau lab solutions services group international global
worldwide pac superpac review`.split(/\s+/),
);

/** Does a name ending in this word (lower case) name a company or a body: `Goya Foods`, `Acme Rising PAC`, `the Bar Association`? */
export const isBodyNameEnd = (lower: string): boolean => ORG_ENDINGS.has(lower) || isOrgWord(lower);

/** Nouns that follow a company's name, never a person's: `a Rite Aid store`, `Rite Aid's shares`. */
const COMPANY_AFTER =
  /^(?:'s|’s)?\s+(?:store|stores|shop|shops|branch|branches|outlet|outlets|location|locations|shares|stock|pharmacy|pharmacies|franchise|franchises|headquarters|products|revenue|revenues|profits|earnings|shareholders|subsidiary|subsidiaries|customers|factories|brands)\b/;
/** What follows `a Rite Aid` when it is a shop: punctuation or a place preposition, not a noun (`a Trump supporter`). */
const SHOP_AFTER = /^(?:\s*[.,;]|\s+(?:in|on|at|near|off)\b)/;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(a|an|the|at)\s+$/iu;

/**
 * Does the article treat this capitalised name as a company: `a Rite Aid store`, `Rite Aid's
 * shares`, `at a Rite Aid in Queens`? Looks only around each occurrence of the name.
 */
export function namedLikeCompany(text: string, nameWords: string[]): boolean {
  const name = nameWords.join(' ');
  if (name.length < 2) return false;
  return COMPANY_NAMES.get(text, name, scanNamedLikeCompany);
}

/** `namedLikeCompany`'s answers for the article being read (each scans every occurrence of the name). */
const COMPANY_NAMES = new ArticleMemo<string, boolean>();

function scanNamedLikeCompany(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 16);
    if (COMPANY_AFTER.test(after)) return true;
    if (!SHOP_AFTER.test(after)) continue;
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1]?.toLowerCase();
    if (article === 'a' || article === 'an') return true;
  }
  return false;
}

/** Is a source noun phrase an organisation: a capitalised run with an organisation word (`the White House`), or `the company`? */
export function isOrganisationPhrase(words: Token[]): boolean {
  const w = words.filter((t) => t.kind === 'word');
  const last = w[w.length - 1];
  if (!last) return false;
  // (Each test's cheap part first: most phrases are no body's.)
  if (isBodyNameEnd(last.lower) && /^[\p{Lu}]/u.test(last.text) && w.some((t) => t.text[0] !== t.text[0]?.toLowerCase())) return true;
  // `Johnson & Johnson`: an ampersand between capitalised words joins a body's name.
  if (words.some((t, k) => t.text === '&' && isUpperStart(words[k - 1]?.text ?? '') && isUpperStart(words[k + 1]?.text ?? ''))) return true;
  if (w.length > 4 || !ORG_HEADS.has(last.lower)) return false;
  if (w[0]?.lower === 'the' || w[0]?.lower === 'its') return true;
  // `Putin's government`, `the Kremlin's press office`: a body owned by someone.
  return w.length >= 2 && /^\p{Lu}/u.test(w[0]?.text ?? '') && /['’]s$/.test(w[0]?.text ?? '');
}

/**
 * Words before `Review` that make the name a government's review, a document (`the Nuclear Posture
 * Review`, `the Strategic Defence Review`), not a publication (`the Harvard Business Review`).
 */
const REVIEWED_SUBJECTS = new Set(
  `posture defense defence strategic strategy security spending budget nuclear missile quadrennial periodic policy
comprehensive force forces fiscal military threat`.split(/\s+/),
);

/** Does a capitalised name name a document (`the 2018 Nuclear Posture Review`: a policy word or a year before `Review`)? */
export function namesDocument(name: string): boolean {
  if (!/\sreview$/i.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/);
  return words.slice(0, -1).some((w) => REVIEWED_SUBJECTS.has(w) || /^(?:19|20)\d\d$/.test(w));
}

/** A body speaking, as a speaker; a named document (`namesDocument`) is no body and speaks as an unnamed source. */
export const organisation = (description: string): Speaker => {
  const name = description.replace(/^(The)\b/, 'the');
  return { name, key: foldName(name), kind: namesDocument(name) ? 'unnamed' : 'organisation' };
};
