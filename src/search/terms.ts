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

/** Ints per slot of `FieldAnalyser`'s table: a spelling's whole record, so a word found reads one place. */
const SLOT = 8;
/** A slot's fields: 1 when used, the spelling's hash, its length, where it sits in `heap`, how many terms, its joined terms' length, 1 when they hold a character above U+00FF, the last field its terms were counted in. */
const USED = 0;
const HASH = 1;
const LENGTH = 2;
const HEAP_AT = 3;
const TERM_COUNT = 4;
const JOINED_LENGTH = 5;
const WIDE = 6;
const LAST_FIELD = 7;

/**
 * `indexedField` for many fields in a row (a build), with one hash probe per word and no string
 * made for a word seen before: words are found as `wordPattern` finds them by scanning the
 * characters, hashed as they are read, and looked up in an open-addressing table of the spellings
 * seen. A slot holds the spelling's whole record (hash, length, where its characters are, its
 * terms' count, …), and its characters, its terms joined by spaces and its term ids sit next to
 * each other in one array (`heap`), so a word seen before costs a read of its slot and of one short
 * run of `heap`: the table outgrows the processor's caches, and each separate place read was a
 * cache miss. A field's text is written as characters into a buffer and made a string once. A
 * term remembers the last field it was counted in, a spelling too (its terms are counted once a
 * field). Gives the same fields as `indexedField` (a test compares them); `takeNew` gives the terms
 * seen for the first time since its last call.
 */
export class FieldAnalyser {
  /** `SLOT` ints per slot (slots a power of two, at most half full). */
  private slots: Int32Array;
  private slotCount: number;
  private spellingCount = 0;
  /** Per spelling, one run: its characters, its terms joined by spaces, its term ids (two 16-bit halves each, low first). */
  private heap: Uint16Array;
  private heapCount = 0;
  private readonly termIds = new Map<string, number>();
  private termNames: string[];
  /** Per term: the last field it was counted in. */
  private termField: Int32Array;
  private fresh: string[];
  private fields = 0;
  /** The field's text as it is written: one byte per character while every character is below U+0100, else two. */
  private narrow: Buffer;
  private wide: Uint16Array;

  constructor() {
    // Each field that is replaced later is set twice here: V8 compiles code reading a field never
    // stored again with its value built in, and throws all that code away when the field is first
    // replaced (a table grown, `takeNew`).
    this.slots = this.slots = new Int32Array(SLOT << 16);
    this.slotCount = this.slotCount = 1 << 16;
    this.heap = this.heap = new Uint16Array(1 << 21);
    this.termNames = this.termNames = [];
    this.termField = this.termField = new Int32Array(1 << 15);
    this.fresh = this.fresh = [];
    this.narrow = this.narrow = Buffer.alloc(1 << 12);
    this.wide = this.wide = new Uint16Array(1 << 12);
  }

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
      const s = this.slotOf(text, start, i, hash);
      const slots = this.slots;
      const count = slots[s + TERM_COUNT]!;
      if (count === 0) continue;
      const heap = this.heap;
      const from = slots[s + HEAP_AT]! + (i - start);
      const size = slots[s + JOINED_LENGTH]!;
      if (slots[s + LAST_FIELD] !== field) {
        slots[s + LAST_FIELD] = field;
        const termField = this.termField;
        for (let t = from + size, end = t + 2 * count; t < end; t += 2) {
          const id = heap[t]! | (heap[t + 1]! << 16);
          if (termField[id] !== field) {
            termField[id] = field;
            distinct++;
          }
        }
      }
      // The spelling's joined terms, after a space unless first.
      const needed = length + size + 1;
      if (needed > this.wide.length) this.growText(needed);
      if (!isWide && slots[s + WIDE] === 1) {
        isWide = true;
        const wide = this.wide;
        const narrow = this.narrow;
        for (let k = 0; k < length; k++) wide[k] = narrow[k]!;
      }
      if (isWide) {
        const wide = this.wide;
        if (length > 0) wide[length++] = 32;
        for (let k = 0; k < size; k++) wide[length + k] = heap[from + k]!;
      } else {
        const narrow = this.narrow;
        if (length > 0) narrow[length++] = 32;
        for (let k = 0; k < size; k++) narrow[length + k] = heap[from + k]!;
      }
      length += size;
    }
    // One object literal for both outcomes: a second one, met only by a field without terms, threw the
    // compiled code away each time a worker met one (`--trace-deopt`: 3 to 20 times in a cold pass).
    const out =
      length === 0
        ? ''
        : isWide
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

  /** Where the slot of the word `text[start, end)` with this hash starts in `slots`, the spelling worked out the first time it is met. */
  private slotOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slotCount - 1;
    const slots = this.slots;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const s = slot * SLOT;
      if (slots[s + USED] === 0) return this.add(text, start, end, hash);
      if (slots[s + HASH] !== hash || slots[s + LENGTH] !== length) continue;
      const heap = this.heap;
      const from = slots[s + HEAP_AT]!;
      let k = 0;
      while (k < length && heap[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return s;
    }
  }

  /** Adds the spelling `text[start, end)` (not in the table) and returns its slot's start. */
  private add(text: string, start: number, end: number, hash: number): number {
    if ((this.spellingCount + 1) * 2 > this.slotCount) this.grow();
    const spelling = text.slice(start, end);
    const terms = termsOf(spelling);
    const count = terms === null ? 0 : terms.length;
    let joined = count === 0 ? 0 : count - 1;
    for (let t = 0; t < count; t++) joined += terms![t]!.length;
    const at = this.heapCount;
    const size = spelling.length + joined + 2 * count;
    if (at + size > this.heap.length) this.heap = grownChars(this.heap, at + size);
    const heap = this.heap;
    let h = at;
    for (let k = 0; k < spelling.length; k++) heap[h++] = spelling.charCodeAt(k);
    // The terms joined by spaces, then their ids.
    let wide = 0;
    for (let t = 0; t < count; t++) {
      const term = terms![t]!;
      if (t > 0) heap[h++] = 32;
      for (let k = 0; k < term.length; k++) {
        const c = term.charCodeAt(k);
        if (c > 0xff) wide = 1;
        heap[h++] = c;
      }
    }
    for (let t = 0; t < count; t++) {
      const id = this.termId(terms![t]!);
      heap[h++] = id & 0xffff;
      heap[h++] = id >>> 16;
    }
    this.heapCount = h;
    this.spellingCount++;
    const mask = this.slotCount - 1;
    const slots = this.slots;
    let slot = hash & mask;
    while (slots[slot * SLOT + USED] !== 0) slot = (slot + 1) & mask;
    const s = slot * SLOT;
    slots[s + USED] = 1;
    slots[s + HASH] = hash;
    slots[s + LENGTH] = spelling.length;
    slots[s + HEAP_AT] = at;
    slots[s + TERM_COUNT] = count;
    slots[s + JOINED_LENGTH] = joined;
    slots[s + WIDE] = wide;
    slots[s + LAST_FIELD] = 0;
    return s;
  }

  /** The id of a term, given one (and reported new) the first time it is met. */
  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      this.termIds.set(term, (id = this.termNames.length));
      this.termNames.push(term);
      if (id >= this.termField.length) this.termField = grownInts(this.termField, id + 1);
      this.fresh.push(term);
    }
    return id;
  }

  /** Twice the slots, every spelling placed again. */
  private grow(): void {
    const count = this.slotCount * 2;
    const slots = new Int32Array(count * SLOT);
    const mask = count - 1;
    const old = this.slots;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + USED] === 0) continue;
      let slot = old[from + HASH]! & mask;
      while (slots[slot * SLOT + USED] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + SLOT), slot * SLOT);
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
    this.wide = grownChars(this.wide, length);
  }

  private clear(): void {
    this.slots = new Int32Array(SLOT << 16);
    this.slotCount = 1 << 16;
    this.spellingCount = 0;
    this.heapCount = 0;
    this.termIds.clear();
    this.termNames = [];
    this.termField.fill(0);
  }
}

/** The length, doubled from `length`, that holds `size`. */
function doubledTo(length: number, size: number): number {
  while (length < size) length *= 2;
  return length;
}

/** An Int32Array at least `size` long (doubled), with the old one's contents (one function per kind of array: each site sees one). */
function grownInts(array: Int32Array, size: number): Int32Array {
  const out = new Int32Array(doubledTo(array.length, size));
  out.set(array);
  return out;
}

/** A Uint16Array at least `size` long (doubled), with the old one's contents. */
function grownChars(array: Uint16Array, size: number): Uint16Array {
  const out = new Uint16Array(doubledTo(array.length, size));
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
