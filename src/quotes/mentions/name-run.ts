/**
 * Runs of capitalised words on one line (`Russian President Vladimir Putin`, `Donald J. Trump`,
 * `Ursula von der Leyen`, `Abdel Fattah el-Sisi`), found by a scanner over code units that gives
 * exactly what the regular expression `NAME_RUN` gives, without building a match per run. Text
 * holding characters outside the Basic Multilingual Plane near a run is left to the expression.
 */
import { isSurrogate, learnt } from '../finding/letters.ts';

// Initials written without spaces (`H.A. Goodman`) are one word when a name follows them; alone (`U.S.
// officials`) only the first is read, as before.
const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Capt|Sgt|Adm|Maj)\.|(?!U\.[SKN]\.|E\.U\.)\p{Lu}\.(?:\p{Lu}\.)+(?= \p{Lu})|\p{Lu}\.|\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{M}\p{N}]+)*)`;
const NAME_PARTICLE = String.raw`(?:(?:de|da|del|della|der|van|von|bin|al|la|le|du|di|dos|das|ibn) |(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-(?=\p{Lu}))`;
/** The definition: a run of capitalised words, name particles allowed between them. */
export const NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?: ${NAME_PARTICLE}*${NAME_WORD})*`, 'uy');

// Each is letters only: it matches where the letters from its start end at its length, right before
// a `.` (a space, a hyphen), so one set lookup of those letters decides.
const ABBREVIATED = new Set('Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col St Jr Sr Prof Rev Capt Sgt Adm Maj'.split(' '));
const SPACED_PARTICLES = new Set('de da del della der van von bin al la le du di dos das ibn'.split(' '));
const HYPHENED_PARTICLES = new Set('al el ad ar as ash at az bin ibn abu abd'.split(' '));

const UPPER = /^\p{Lu}$/u;
const NAME_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Answers for code units past ASCII: 0 unknown, 1 yes, 2 no. */
const UPPER_CODES = new Uint8Array(0x10000);
const NAME_CODES = new Uint8Array(0x10000);
/** A code unit of a surrogate pair: the scanner hands the run to the regular expression. */
const SURROGATE = -2;

/** 1: `\p{Lu}`, 0: not, SURROGATE: undecided here. NaN (past the end) is not. */
function upper(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? 1 : 0;
  if (isSurrogate(code)) return SURROGATE;
  return code === code && learnt(UPPER_CODES, UPPER, code) ? 1 : 0;
}

/** 1: `[\p{L}\p{M}\p{N}]`, 0: not, SURROGATE: undecided here. */
function nameChar(code: number): number {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (isSurrogate(code)) return SURROGATE;
  return code === code && learnt(NAME_CODES, NAME_CHAR, code) ? 1 : 0;
}

/** End of the name characters from `j` (SURROGATE if one is met). */
function nameCharsEnd(text: string, j: number): number {
  for (;;) {
    const c = nameChar(text.charCodeAt(j));
    if (c === SURROGATE) return SURROGATE;
    if (c === 0) return j;
    j++;
  }
}

/** Initials of places and bodies, never a person's (`NAME_WORD` spells the same four). */
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.']);

/**
 * The initials of a place (`U.S.`) are no name, and the scan finds them as two runs: `U.` alone and `S.`
 * opening the words after (`S. Navy` of `U.S. Navy`). The run without them: null for `U.`, the run from
 * its next word for `S. Navy` (null when no word is left); any other run as it is.
 */
export function withoutPlaceInitial(text: string, run: { index: number; end: number }): { index: number; end: number } | null {
  const i = run.index;
  if (text.charCodeAt(i + 1) !== 46) return run;
  if (run.end === i + 2 && PLACE_INITIALS.has(text.slice(i, i + 4))) return null;
  if (i < 2 || !PLACE_INITIALS.has(text.slice(i - 2, i + 2))) return run;
  return i + 3 < run.end ? { index: i + 3, end: run.end } : null;
}

/** End of a chain of initials after the first (`H.` of `H.A. Goodman`): through `A.` when a space and a capital follow; else `at`. */
function initialsEnd(text: string, at: number): number {
  let j = at;
  while (upper(text.charCodeAt(j)) === 1 && text.charCodeAt(j + 1) === 46) j += 2;
  // `U.S. Senate`, `U.K. Prime Minister`: a place's initials stay out of the name after them.
  if (j === at || text.charCodeAt(j) !== 32 || (j - at === 2 && PLACE_INITIALS.has(text.slice(at - 2, j)))) return at;
  const next = upper(text.charCodeAt(j + 1));
  return next === SURROGATE ? SURROGATE : next === 1 ? j : at;
}

/** End of one `NAME_WORD` at `i`, -1 when none starts there, SURROGATE when undecided. */
function nameWordEnd(text: string, i: number): number {
  const first = upper(text.charCodeAt(i));
  if (first !== 1) return first === SURROGATE ? SURROGATE : -1;
  if (text.charCodeAt(i + 1) === 46) return initialsEnd(text, i + 2);
  let j = nameCharsEnd(text, i + 1);
  if (j !== SURROGATE && j - i >= 2 && j - i <= 4 && text.charCodeAt(j) === 46 && ABBREVIATED.has(text.slice(i, j))) return j + 1;
  for (;;) {
    if (j === SURROGATE) return SURROGATE;
    const c = text.charCodeAt(j);
    if (!(c === 39 || c === 0x2019 || c === 0x2011 || c === 45)) return j;
    const next = nameChar(text.charCodeAt(j + 1));
    if (next === SURROGATE) return SURROGATE;
    if (next === 0) return j;
    j = nameCharsEnd(text, j + 2);
  }
}

/** End of one name particle at `k` (`von `, `al-` before a capital), -1 when none, SURROGATE when undecided. */
function particleEnd(text: string, k: number): number {
  let w = k;
  for (let c = text.charCodeAt(w); c >= 97 && c <= 122 && w - k < 6; c = text.charCodeAt(w)) w++;
  if (w - k < 2 || w - k > 5) return -1;
  const after = text.charCodeAt(w);
  if (after === 32) return SPACED_PARTICLES.has(text.slice(k, w)) ? w + 1 : -1;
  if (after !== 45 || !HYPHENED_PARTICLES.has(text.slice(k, w))) return -1;
  const u = upper(text.charCodeAt(w + 1));
  if (u === SURROGATE) return SURROGATE;
  return u === 1 ? w + 1 : -1;
}

/** `NAME_RUN` at `i` by the expression: its end, or -1. */
function byExpression(text: string, i: number): number {
  NAME_RUN.lastIndex = i;
  const m = NAME_RUN.exec(text);
  return m ? i + m[0].length : -1;
}

/** End of the name run starting exactly at `i` (what the sticky `NAME_RUN` matches there), or -1 if none. */
export function nameRunEnd(text: string, i: number): number {
  let end = nameWordEnd(text, i);
  if (end === SURROGATE) return byExpression(text, i);
  if (end < 0) return -1;
  while (text.charCodeAt(end) === 32) {
    let k = end + 1;
    for (let p = particleEnd(text, k); p !== -1; p = particleEnd(text, k)) {
      if (p === SURROGATE) return byExpression(text, i);
      k = p;
    }
    const next = nameWordEnd(text, k);
    if (next === SURROGATE) return byExpression(text, i);
    if (next < 0) break;
    end = next;
  }
  return end;
}

/** An ASCII or Latin-1 capital, or a character past Latin-1 outside the general punctuation (`’`, `—`): where a capital may stand. */
const MAYBE_CAPITAL = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u1FFF\u2070-\uFFFF]/g;

/** Index of the first upper-case letter at or after `from` (-1 if none): what a global `/\p{Lu}/gu` finds. */
function nextCapital(text: string, from: number): number {
  MAYBE_CAPITAL.lastIndex = from;
  // `test` builds no match: the match is one code unit, right before `lastIndex`.
  while (MAYBE_CAPITAL.test(text)) {
    const i = MAYBE_CAPITAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c <= 0xde) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const pair = text.codePointAt(i) as number;
      if (pair > 0xffff) {
        if (UPPER.test(String.fromCodePoint(pair))) return i;
        MAYBE_CAPITAL.lastIndex = i + 2;
      }
      continue;
    }
    if (UPPER.test(text[i] as string)) return i;
  }
  return -1;
}

/** The next name run starting at or after `from` (what a global `NAME_RUN.exec` finds, tried only at capitals): its start and end. */
export function nextNameRun(text: string, from: number): { index: number; end: number } | null {
  for (let at = from; ;) {
    const capital = nextCapital(text, at);
    if (capital < 0) return null;
    const end = nameRunEnd(text, capital);
    if (end >= 0) return { index: capital, end };
    at = capital + (text.charCodeAt(capital) >= 0xd800 && text.charCodeAt(capital) <= 0xdbff ? 2 : 1);
  }
}
