/**
 * Words to index terms: the one analysis every index engine, the query parser and the excerpt
 * marker share, so a word marked in an excerpt is exactly a word the index matched.
 */
import { STOP_WORDS } from './stopwords.ts';
import { fold } from '../text/fold.ts';
import { withoutPossessiveS, withoutTrailingApostrophe, wordPattern } from '../text/marks.ts';
import { wordSpans } from './text.ts';

/** Tokens as whole words, hyphenated and apostrophe'd words kept together (`covid-19`, `russia's`). */
export function tokenize(text: string): string[] {
  return wordSpans(text).map((s) => s.word);
}

/**
 * Index terms for one token: folded (accents, case), possessive `'s` dropped, stop words removed.
 * A hyphenated word also yields its parts, so `covid` finds `covid-19` and `pro-Russian` finds
 * `russian`.
 *
 * @example
 * processTerm('Guterres’s') // → ['guterres']
 * processTerm('COVID-19')   // → ['covid-19', 'covid', '19']
 */
export function processTerm(token: string): string[] | null {
  const cached = TERM_CACHE.get(token);
  if (cached !== undefined) return cached;
  const terms = termsOf(token);
  if (TERM_CACHE.size >= MAX_CACHED_TOKENS) TERM_CACHE.clear();
  TERM_CACHE.set(token, terms);
  return terms;
}

/**
 * Tokens recur (a corpus of 200 M characters has a few hundred thousand distinct spellings), so each
 * is processed once. Callers must not mutate the returned arrays.
 */
const TERM_CACHE = new Map<string, string[] | null>();
const MAX_CACHED_TOKENS = 1_000_000;
const PLAIN_LOWER = /^[a-z0-9]+$/;

function termsOf(token: string): string[] | null {
  const term = PLAIN_LOWER.test(token) ? token : foldToken(token);
  if (!term || STOP_WORDS.has(term)) return null;
  if (!term.includes('-')) return [term];
  const parts = term.split('-').filter((p) => p && !STOP_WORDS.has(p));
  return [term, ...parts];
}

function foldToken(token: string): string {
  const folded = /^[\x20-\x7e]*$/.test(token) ? token.toLowerCase() : fold(token);
  return withoutTrailingApostrophe(withoutPossessiveS(folded));
}

/** What an index stores for one field of a passage: its terms space-separated, and how many distinct. */
export interface IndexedField {
  text: string;
  distinct: number;
}

const WORD = wordPattern();

/** Word characters (`\p{L}\p{N}`, as `wordPattern`) among the 65,536 code units, found when first met: 0 unknown, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(0x10000);
/** Astral code points (surrogate pairs) likewise. */
const WORD_ASTRAL = new Map<number, boolean>();
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) WORD_UNITS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** How many code units the word character at `i` takes (1, or 2 for a surrogate pair); 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let word = WORD_ASTRAL.get(point);
      if (word === undefined) WORD_ASTRAL.set(point, (word = WORD_CHAR.test(String.fromCodePoint(point))));
      return word ? 2 : 0;
    }
  }
  let known = WORD_UNITS[c]!;
  if (known === 0) WORD_UNITS[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The characters that join a word's parts (`WORD_JOINERS`: hyphen and apostrophes). */
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019;
const FNV_PRIME = 0x01000193;
const FNV_BASIS = 0x811c9dc5 | 0;

/** Ints per spelling in `FieldAnalyser`'s records. */
const REC = 7;
const [CHARS_AT, LENGTH, FIRST_TERM, TERM_COUNT, JOINED_AT, JOINED_LENGTH, WIDE] = [0, 1, 2, 3, 4, 5, 6];

/**
 * `indexedField` for many fields in a row (a build), with one hash probe per word and no string
 * made for a word seen before: words are found as `wordPattern` finds them by scanning the
 * characters, hashed as they are read, and looked up in an open-addressing table of the spellings
 * seen (each slot holds the spelling and its hash, so a probe that misses reads one place). Each
 * spelling's record sits in one run of a typed array (where its characters are, its terms, its
 * terms joined by spaces as characters), and a field's text is written as characters into a
 * buffer and made a string once: no object per spelling to chase, no array of parts to join. A
 * term remembers the last field it was counted in. Gives the same fields as `indexedField` (a
 * test compares them); `takeNew` gives the terms seen for the first time since its last call.
 */
export class FieldAnalyser {
  /** Pairs of ints per slot: spelling index + 1 (0 empty), its hash (slots a power of two, at most half full). */
  private slots = new Int32Array(2 << 16);
  private slotCount = 1 << 16;
  /** Per spelling, `REC` ints: where its characters start in `chars` and how many, its terms in `termList` and how many, its joined terms in `joined` and how long, 1 when they hold a character above U+00FF. */
  private records = new Int32Array(REC << 15);
  private spellingCount = 0;
  private chars = new Uint16Array(1 << 20);
  private charCount = 0;
  /** Each spelling's terms joined by spaces, as characters. */
  private joined = new Uint16Array(1 << 20);
  private joinedCount = 0;
  private termList = new Int32Array(1 << 16);
  private termListCount = 0;
  private readonly termIds = new Map<string, number>();
  private termNames: string[] = [];
  /** Per term: the last field it was counted in. */
  private termField = new Int32Array(1 << 15);
  private fresh: string[] = [];
  private fields = 0;
  /** The field's text as it is written: one byte per character while every character is below U+0100, else two. */
  private narrow = Buffer.alloc(1 << 12);
  private wide = new Uint16Array(1 << 12);

  field(text: string): IndexedField {
    // Bounded like `processTerm`'s cache; cleared between fields only (counts stay exact), and
    // terms seen again after a clear are reported new again (harmless: writes ignore known terms).
    if (this.spellingCount >= MAX_CACHED_TOKENS) this.clear();
    const field = ++this.fields;
    let distinct = 0;
    let length = 0;
    let isWide = false;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let width = wordCharAt(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      const start = i;
      let hash = FNV_BASIS;
      for (;;) {
        // A run of word characters, then a joiner only when a word character follows it.
        do {
          hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
          if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
          i += width;
        } while (i < n && (width = wordCharAt(text, i)) !== 0);
        if (i + 1 < n && isJoiner(text.charCodeAt(i)) && (width = wordCharAt(text, i + 1)) !== 0) {
          hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
          i++;
          continue;
        }
        break;
      }
      const r = this.spellingAt(text, start, i, hash) * REC;
      const records = this.records;
      const count = records[r + TERM_COUNT]!;
      if (count === 0) continue;
      const termField = this.termField;
      const termList = this.termList;
      for (let t = records[r + FIRST_TERM]!, end = t + count; t < end; t++) {
        const id = termList[t]!;
        if (termField[id] !== field) {
          termField[id] = field;
          distinct++;
        }
      }
      // The spelling's joined terms, after a space unless first.
      const from = records[r + JOINED_AT]!;
      const size = records[r + JOINED_LENGTH]!;
      const needed = length + size + 1;
      if (needed > this.wide.length) this.growText(needed);
      const joined = this.joined;
      if (!isWide && records[r + WIDE] === 1) {
        isWide = true;
        const wide = this.wide;
        const narrow = this.narrow;
        for (let k = 0; k < length; k++) wide[k] = narrow[k]!;
      }
      if (isWide) {
        const wide = this.wide;
        if (length > 0) wide[length++] = 32;
        for (let k = 0; k < size; k++) wide[length + k] = joined[from + k]!;
      } else {
        const narrow = this.narrow;
        if (length > 0) narrow[length++] = 32;
        for (let k = 0; k < size; k++) narrow[length + k] = joined[from + k]!;
      }
      length += size;
    }
    if (length === 0) return { text: '', distinct };
    const out = isWide
      ? Buffer.from(this.wide.buffer, this.wide.byteOffset, length * 2).toString('utf16le')
      : this.narrow.toString('latin1', 0, length);
    return { text: out, distinct };
  }

  /** Terms seen for the first time since the last call. */
  takeNew(): string[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }

  /** The spelling index of the word `text[start, end)` with this hash, worked out the first time it is met. */
  private spellingAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slotCount - 1;
    const slots = this.slots;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot * 2]! - 1;
      if (at < 0) return this.add(text, start, end, hash, slot);
      if (slots[slot * 2 + 1] !== hash) continue;
      const r = at * REC;
      if (this.records[r + LENGTH] !== length) continue;
      const chars = this.chars;
      const from = this.records[r + CHARS_AT]!;
      let k = 0;
      while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return at;
    }
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const spelling = text.slice(start, end);
    const ids = (termsOf(spelling) ?? []).map((term) => {
      let id = this.termIds.get(term);
      if (id === undefined) {
        this.termIds.set(term, (id = this.termNames.length));
        this.termNames.push(term);
        if (id >= this.termField.length) this.termField = grown(this.termField, id + 1);
        this.fresh.push(term);
      }
      return id;
    });
    const joined = ids.map((id) => this.termNames[id]!).join(' ');
    const at = this.spellingCount++;
    if ((at + 1) * REC > this.records.length) this.records = grown(this.records, (at + 1) * REC);
    if (this.charCount + spelling.length > this.chars.length) this.chars = grown(this.chars, this.charCount + spelling.length);
    for (let k = 0; k < spelling.length; k++) this.chars[this.charCount + k] = spelling.charCodeAt(k);
    if (this.joinedCount + joined.length > this.joined.length) this.joined = grown(this.joined, this.joinedCount + joined.length);
    let wide = 0;
    for (let k = 0; k < joined.length; k++) {
      const c = joined.charCodeAt(k);
      if (c > 0xff) wide = 1;
      this.joined[this.joinedCount + k] = c;
    }
    if (this.termListCount + ids.length > this.termList.length) this.termList = grown(this.termList, this.termListCount + ids.length);
    this.termList.set(ids, this.termListCount);
    const r = at * REC;
    const records = this.records;
    records[r + CHARS_AT] = this.charCount;
    records[r + LENGTH] = spelling.length;
    records[r + FIRST_TERM] = this.termListCount;
    records[r + TERM_COUNT] = ids.length;
    records[r + JOINED_AT] = this.joinedCount;
    records[r + JOINED_LENGTH] = joined.length;
    records[r + WIDE] = wide;
    this.charCount += spelling.length;
    this.joinedCount += joined.length;
    this.termListCount += ids.length;
    this.slots[slot * 2] = at + 1;
    this.slots[slot * 2 + 1] = hash;
    if (this.spellingCount * 2 > this.slotCount) this.grow();
    return at;
  }

  /** Twice the slots, every spelling placed again. */
  private grow(): void {
    const count = this.slotCount * 2;
    const slots = new Int32Array(count * 2);
    const mask = count - 1;
    const old = this.slots;
    for (let s = 0; s < this.slotCount; s++) {
      const entry = old[s * 2]!;
      if (entry === 0) continue;
      const hash = old[s * 2 + 1]!;
      let slot = hash & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = entry;
      slots[slot * 2 + 1] = hash;
    }
    this.slots = slots;
    this.slotCount = count;
  }

  /** Room for a field text of `size` characters in both buffers (what was written is kept). */
  private growText(size: number): void {
    let length = this.wide.length;
    while (length < size) length *= 2;
    const narrow = Buffer.alloc(length);
    this.narrow.copy(narrow);
    this.narrow = narrow;
    const wide = new Uint16Array(length);
    wide.set(this.wide);
    this.wide = wide;
  }

  private clear(): void {
    this.slots = new Int32Array(2 << 16);
    this.slotCount = 1 << 16;
    this.spellingCount = 0;
    this.charCount = 0;
    this.joinedCount = 0;
    this.termListCount = 0;
    this.termIds.clear();
    this.termNames = [];
    this.termField.fill(0);
  }
}

/** A typed array at least `size` long (doubled), with the old one's contents. */
function grown<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  let length = array.length;
  while (length < size) length *= 2;
  const out = new (array.constructor as new (n: number) => T)(length);
  out.set(array);
  return out;
}

/**
 * `tokenize` then `processTerm` for indexing, without the per-word objects: the field as its
 * terms space-separated, the number of distinct ones, and every term added to `vocabulary`.
 */
export function indexedField(text: string, vocabulary?: Set<string>): IndexedField {
  const out: string[] = [];
  const seen = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const terms = processTerm(m[0]);
    if (!terms) continue;
    for (const term of terms) {
      out.push(term);
      seen.add(term);
    }
  }
  if (vocabulary) for (const term of seen) vocabulary.add(term);
  return { text: out.join(' '), distinct: seen.size };
}
