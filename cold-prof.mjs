// cold-prof.mts
import path from "node:path";
import v8 from "node:v8";

// src/search/sqlite/sqlite-index.ts
import { randomUUID } from "node:crypto";

// src/search/search-index.ts
function foundHits(hits, complete) {
  if (!complete) Object.defineProperty(hits, "complete", { value: false, enumerable: false });
  return hits;
}
function finderFor(index2, visible) {
  return {
    find: (words2, options) => index2.find(words2, { ...options, visible }),
    scan: (filter) => index2.scan(visible, filter),
    scanSpeakers: (keys, filter) => index2.scanSpeakers(keys, visible, filter)
  };
}

// src/search/passage-table.ts
var PassageTable = class {
  byId = [];
  bySpeaker = /* @__PURE__ */ new Map();
  count = 0;
  /** Passages held. */
  get size() {
    return this.count;
  }
  /** One past the highest id ever held (for per-id arrays). */
  get idLimit() {
    return this.byId.length;
  }
  get(id) {
    return this.byId[id];
  }
  add(p) {
    if (this.byId[p.id] === void 0) this.count++;
    this.byId[p.id] = p;
    for (const q of p.quotes) {
      const key = q.quote.speaker?.key;
      if (!key) continue;
      const ids = this.bySpeaker.get(key);
      if (ids) ids.add(p.id);
      else this.bySpeaker.set(key, /* @__PURE__ */ new Set([p.id]));
    }
  }
  /** Takes the passage out; returns it, or undefined when it was not held. */
  delete(id) {
    const passage = this.byId[id];
    if (passage === void 0) return void 0;
    this.byId[id] = void 0;
    this.count--;
    for (const q of passage.quotes) if (q.quote.speaker) this.bySpeaker.get(q.quote.speaker.key)?.delete(id);
    return passage;
  }
  /** Every passage, in id (corpus) order, that is visible and passes `filter`. */
  *scan(visible, filter) {
    for (const p of this.byId) if (p && visible(p) && filter(p)) yield p;
  }
  /** The passages quoting any of these speakers (by key), in id order, visible and passing `filter`. */
  *scanSpeakers(keys, visible, filter) {
    const ids = /* @__PURE__ */ new Set();
    for (const key of keys) for (const id of this.bySpeaker.get(key) ?? []) ids.add(id);
    for (const id of [...ids].sort((a, b) => a - b)) {
      const p = this.byId[id];
      if (p && visible(p) && filter(p)) yield p;
    }
  }
};
var PassageHoldingIndex = class {
  passages = new PassageTable();
  get(id) {
    return this.passages.get(id);
  }
  scan(visible, filter) {
    return this.passages.scan(visible, filter);
  }
  scanSpeakers(keys, visible, filter) {
    return this.passages.scanSpeakers(keys, visible, filter);
  }
};

// src/search/sqlite/database.ts
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
var SCHEMA_VERSION = 3;
var SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    text, speakers,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-''\u2019'"
  );
  CREATE TABLE IF NOT EXISTS lengths (id INTEGER PRIMARY KEY, text INTEGER NOT NULL, speakers INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, length INTEGER NOT NULL) WITHOUT ROWID;
  CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(fts, 'row');
  CREATE VIRTUAL TABLE IF NOT EXISTS vocab_col USING fts5vocab(fts, 'col');
`;
function openDatabase(path2, fresh, image) {
  if (!path2) return { db: create(new Database(image ?? ":memory:")) };
  mkdirSync(dirname(path2), { recursive: true });
  if (!fresh && (!existsSync(path2) || statSync(path2).size === 0)) return { db: create(tune(new Database(path2))) };
  let reason = fresh ? "a new index" : void 0;
  if (!fresh) {
    try {
      const db = new Database(path2);
      const version = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get();
      if (version === String(SCHEMA_VERSION)) return { db: tune(db) };
      reason = `the database is of schema version ${String(version)}, expected ${SCHEMA_VERSION}`;
      db.close();
    } catch (error) {
      reason = `the database cannot be read (${error.message})`;
    }
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path2}${suffix}`, { force: true });
  return { db: create(tune(new Database(path2))), reason };
}
function tune(db) {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("cache_size = -32768");
  return db;
}
function create(db) {
  db.exec(SCHEMA);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(SCHEMA_VERSION));
  return db;
}
function prepare(db) {
  return {
    matches: db.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC").pluck(),
    insert: db.prepare("INSERT INTO fts (rowid, text, speakers) VALUES (?, ?, ?)"),
    remove: db.prepare("DELETE FROM fts WHERE rowid = ?"),
    insertLengths: db.prepare("INSERT OR REPLACE INTO lengths (id, text, speakers) VALUES (?, ?, ?)"),
    lengthsOf: db.prepare("SELECT text, speakers FROM lengths WHERE id = ?"),
    removeLengths: db.prepare("DELETE FROM lengths WHERE id = ?"),
    getMeta: db.prepare("SELECT value FROM meta WHERE key = ?").pluck(),
    setMeta: db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
    docCount: db.prepare("SELECT col, doc FROM vocab_col WHERE term = ?"),
    // Terms in [from, to), most frequent first (prefix expansion; typo candidates by first letter).
    termsFrom: db.prepare("SELECT term FROM vocab WHERE term >= ? AND term < ? ORDER BY doc DESC LIMIT ?").pluck(),
    termsOfLength: db.prepare("SELECT term FROM terms WHERE term >= ? AND term < ? AND length BETWEEN ? AND ?").pluck(),
    insertTerm: db.prepare("INSERT OR IGNORE INTO terms (term, length) VALUES (?, ?)")
  };
}

// src/text/edit-distance.ts
function editDistance(a, b, max, options = {}) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (options.transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max && !options.transpositions) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length], max + 1);
}

// src/search/stopwords.ts
var STOP_WORDS = new Set(
  `a an and are as at be been being but by did do does for from had has have he her hers him his i if in into is it its
  me my of on or our ours she so than that the their theirs them then there these they this those to too us was we were
  what when where which who whom why will with would you your yours about also just s t`.split(/\s+/)
);

// src/text/marks.ts
var MARK = {
  straightDouble: '"',
  straightSingle: "'",
  leftDouble: "\u201C",
  rightDouble: "\u201D",
  lowDouble: "\u201E",
  reversedDouble: "\u201F",
  leftSingle: "\u2018",
  rightSingle: "\u2019",
  lowSingle: "\u201A",
  reversedSingle: "\u201B",
  leftGuillemet: "\xAB",
  rightGuillemet: "\xBB",
  leftAngle: "\u2039",
  rightAngle: "\u203A",
  prime: "\u2032",
  doublePrime: "\u2033"
};
var QUOTE_MARKS = `"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\xAB\xBB\u2039\u203A`;
var PAIRED_MARKS = `"\u201C\u201D\u201E\u2018\u2019'\xAB\xBB\u2039\u203A`;
var APOSTROPHES = "'\u2019";
var STRAIGHT_MARKS = `"'`;
var OPENING_SHAPED_MARKS = "\u201C\u201E\u2018\xAB\u2039";
var CLOSING_SHAPED_MARKS = "\u201D\u2019\xBB\u203A";
var CLOSING_MARK_FOR = {
  '"': '"',
  "'": "'",
  "\u201C": "\u201D",
  "\u201E": "\u201C",
  "\u201D": "\u201D",
  "\u2018": "\u2019",
  "\u201A": "\u2018",
  "\xAB": "\xBB",
  "\u2039": "\u203A"
};
var OPENING_MARKS = [...PAIRED_MARKS].filter((m) => m in CLOSING_MARK_FOR).join("");
var CLOSING_MARKS = [...new Set(OPENING_MARKS.split("").map((m) => CLOSING_MARK_FOR[m]))].join("");
var PHRASE_OPENING_MARKS = [...OPENING_MARKS].filter((m) => markFamily(m) === "double" || markFamily(m) === "guillemet").join("");
var SINGLE_QUOTE_LIKE = "\u2018\u2019\u201B\u2032";
var DOUBLE_QUOTE_LIKE = "\u201C\u201D\u201E\u201F\u2033\xAB\xBB";
function markFamily(mark) {
  if (mark === "\xAB" || mark === "\xBB") return "guillemet";
  if (mark === "\u2039" || mark === "\u203A") return "angle";
  if (mark === "\u2018" || mark === "\u2019" || mark === "\u201A" || mark === "\u201B" || mark === "'") return "single";
  return "double";
}
var hasPossessiveS = (word) => /['’]s$/.test(word);
var withoutPossessiveS = (word) => word.replace(/['’]s$/, "");
var WORD_JOINERS = `-${APOSTROPHES}`;
var wordPattern = () => new RegExp(`[\\p{L}\\p{N}]+(?:[${WORD_JOINERS}][\\p{L}\\p{N}]+)*`, "gu");
var withoutTrailingApostrophe = (word) => word.replace(/['’]$/, "");
var SINGLE_LIKE = new RegExp(`[${SINGLE_QUOTE_LIKE}]`, "g");
var DOUBLE_LIKE = new RegExp(`[${DOUBLE_QUOTE_LIKE}]`, "g");
function straightenQuoteMarks(text) {
  return text.replace(SINGLE_LIKE, "'").replace(DOUBLE_LIKE, '"');
}

// src/text/fold.ts
var COMBINING_MARKS = /\p{M}+/gu;
function fold(text) {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}
var foldSpaced = (text) => fold(text).replace(/\s+/g, " ").trim();
var nameCache = /* @__PURE__ */ new Map();
var NAME_CACHE_MAX = 5e4;
function foldName(name) {
  let out = nameCache.get(name);
  if (out !== void 0) return out;
  out = foldSpaced(name).replace(/’/g, "'");
  if (nameCache.size >= NAME_CACHE_MAX) nameCache.clear();
  nameCache.set(name, out);
  return out;
}
function foldPhrase(text) {
  return straightenQuoteMarks(foldSpaced(text));
}

// src/search/text.ts
var WORD = wordPattern();
function wordSpans(text) {
  const spans = [];
  for (const m of text.matchAll(WORD)) spans.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return spans;
}

// src/search/terms.ts
function tokenize(text) {
  return wordSpans(text).map((s) => s.word);
}
function processTerm(token) {
  const cached = TERM_CACHE.get(token);
  if (cached !== void 0) return cached;
  const terms = termsOf(token);
  if (TERM_CACHE.size >= MAX_CACHED_TOKENS) TERM_CACHE.clear();
  TERM_CACHE.set(token, terms);
  return terms;
}
var TERM_CACHE = /* @__PURE__ */ new Map();
var MAX_CACHED_TOKENS = 1e6;
var PLAIN_LOWER = /^[a-z0-9]+$/;
function termsOf(token) {
  const term = PLAIN_LOWER.test(token) ? token : foldToken(token);
  if (!term || STOP_WORDS.has(term)) return null;
  if (!term.includes("-")) return [term];
  const parts = term.split("-").filter((p) => p && !STOP_WORDS.has(p));
  return [term, ...parts];
}
function foldToken(token) {
  const folded = /^[\x20-\x7e]*$/.test(token) ? token.toLowerCase() : fold(token);
  return withoutTrailingApostrophe(withoutPossessiveS(folded));
}

// src/search/sqlite/score.ts
var K = 1.2;
var B = 0.7;
var D = 0.5;
var speakerNames = (p) => p.quotes.map((q) => q.quote.speaker?.name ?? "").join(" ");
function fieldTerms(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const token of tokenize(text)) for (const term of processTerm(token) ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
function fieldLengths(p) {
  return [fieldTerms(p.text).size, fieldTerms(speakerNames(p)).size];
}
function prefixWeight(term, derived) {
  return 0.375 * derived.length / (derived.length + 0.3 * (derived.length - term.length));
}
function typoWeight(derived, distance) {
  return 0.45 * derived.length / (derived.length + distance);
}
function scorePassage(p, query, stats, speakerBoost, fields = [fieldTerms(p.text), fieldTerms(speakerNames(p))]) {
  const boosts = [1, speakerBoost];
  let total = 0;
  let matchedQueryTerms = 0;
  const matched = /* @__PURE__ */ new Set();
  for (const q of query) {
    let score2 = 0;
    for (const [term, weight] of q.matches) {
      for (const f of [0, 1]) {
        const tf = fields[f].get(term);
        if (!tf) continue;
        const df = stats.docFrequency(term)[f];
        const idf = Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5));
        const norm = fields[f].size / (stats.avgLength[f] || 1);
        score2 += weight * boosts[f] * idf * (D + tf * (K + 1) / (tf + K * (1 - B + B * norm)));
        matched.add(term);
      }
    }
    if (score2 > 0) {
      total += score2;
      matchedQueryTerms++;
    }
  }
  return { score: total * Math.max(1, matchedQueryTerms), terms: [...matched] };
}

// src/search/sqlite/expand.ts
function expansionsOf(groups, sql, knobs) {
  const { prefixFrom, fuzzyFrom, fuzziness, maxFuzzy, maxExpansions } = knobs;
  const out = /* @__PURE__ */ new Map();
  for (const g of groups) {
    if (g.kind !== "term") continue;
    const term = g.term;
    const terms = /* @__PURE__ */ new Map([[term, 1]]);
    if (term.length >= prefixFrom) {
      for (const t of sql.termsFrom.all(term, `${term}\u{10FFFF}`, maxExpansions)) if (t !== term) terms.set(t, prefixWeight(term, t));
    }
    if (term.length >= fuzzyFrom) {
      const max = Math.min(maxFuzzy, Math.round(term.length * fuzziness));
      const first = String.fromCodePoint(term.codePointAt(0));
      const next = String.fromCodePoint(first.codePointAt(0) + 1);
      for (const t of sql.termsOfLength.iterate(first, next, term.length - max, term.length + max)) {
        if (terms.size > maxExpansions) break;
        if (terms.has(t)) continue;
        const distance = editDistance(term, t, max);
        if (distance <= max) terms.set(t, typoWeight(t, distance));
      }
    }
    out.set(term, terms);
  }
  return out;
}

// src/search/sqlite/match.ts
function groupsOf(words2) {
  const groups = [];
  for (const word of words2) {
    const terms = tokenize(word).flatMap((t) => (processTerm(t) ?? []).slice(0, 1));
    if (terms.length === 1) groups.push({ kind: "term", term: terms[0] });
    else if (terms.length > 1) groups.push({ kind: "phrase", terms });
  }
  return groups;
}
function indexedText(text) {
  const out = [];
  for (const token of tokenize(text)) for (const term of processTerm(token) ?? []) out.push(term);
  const terms = new Set(out);
  return { text: out.join(" "), distinct: terms.size, terms };
}
var quoted = (term) => `"${term.replace(/"/g, '""')}"`;
function phraseExpression(terms) {
  return `NEAR(${terms.map(quoted).join(" ")}, ${terms.length * 3})`;
}
function matchExpression(groups, expansions, combineWith) {
  return groups.map((g) => {
    if (g.kind === "phrase") return phraseExpression(g.terms);
    const terms = expansions.get(g.term) ?? [g.term];
    return terms.length === 1 ? quoted(terms[0]) : `(${terms.map(quoted).join(" OR ")})`;
  }).join(` ${combineWith} `);
}

// src/search/term-match.ts
var TERM_MATCH_DEFAULTS = {
  // A speaker match is a stronger signal of relevance than a passing mention.
  speakerBoost: 2,
  // Prefix only from five letters: `talks` → `talkshow` is fine, `cat` → `catastrophe` is not.
  prefixFrom: 5,
  // One typo from six letters, two from eleven (`Gutteres` still finds Guterres); short words stay
  // exact, or `cats` would find `cuts` and `hats`.
  fuzzyFrom: 6,
  fuzziness: 0.2,
  maxFuzzy: 2,
  // A common word (`president`) then costs one pass over its own postings instead of over every
  // word it is a prefix of or one letter away from, and the answer loses nothing a reader would miss.
  exactEnough: 50
};

// src/search/sqlite/options.ts
var SQLITE_DEFAULTS = {
  ...TERM_MATCH_DEFAULTS,
  maxExpansions: 32,
  // An answer shows a few excerpts per outlet: the best of the 1,000 newest matches is what a
  // newsroom asks for, and ranking more costs time for nothing a reader sees. Ranking every match
  // of a common word was the whole p99 at 150k (issue 14); at 37k, ranking up to 5,000 gave a raw
  // search p50 of 50 ms (each candidate is re-read to score it), 1,000 a fifth of that.
  maxCandidates: 1e3,
  // At 37k, `"we will not"` read about 60,000 matches (one text read and phrase check each) for
  // 0.9 s; 10,000 bounds any search to about 0.1 s of reading, newest first like the candidates.
  maxScanned: 1e4,
  // Walking ids costs about 0.6 µs each on the 2-core machine (295,000 ids of a word in 96% of
  // 300,000 passages: 177 ms), so 100,000 bound the check to about 60 ms. A lookup per outlet
  // instead (`rowid BETWEEN`) was tried: FTS5 then reads most of a common word's list for each
  // lookup (28 ms each for that word), far worse for an outlet spread over thousands of runs.
  maxIdsRead: 1e5
};

// src/search/sqlite/sqlite-index.ts
import { LRUCache } from "lru-cache";
var MAX_KNOWN_TERMS = 3e5;
var IMAGE_CHUNK = 1 << 20;
var SqliteIndex = class extends PassageHoldingIndex {
  kind = "sqlite";
  knobs;
  path;
  opened;
  /** Distinct terms of every passage indexed, per field (for the average lengths bm25 needs). */
  lengths = [0, 0];
  stamped = false;
  /** Where passages are read when the store holds them (`attach`); otherwise they are held here. */
  source;
  /** Terms known to be in the `terms` table (so a build writes each once); bounded, cleared when full. */
  knownTerms = /* @__PURE__ */ new Set();
  fieldCache = new LRUCache({ max: 2048 });
  /** Passages indexed, with a source attached (kept in `meta` with the lengths, in each write's transaction). */
  count = 0;
  /** Why the last restore re-indexed instead of reusing the file (for a log line), if it did. */
  rebuildReason;
  constructor(options = {}) {
    super();
    const { path: path2, ...knobs } = options;
    this.path = path2;
    this.knobs = { ...SQLITE_DEFAULTS, ...knobs };
  }
  /** The database, opened empty the first time it is needed (a restore opens it first, to reuse it). */
  get db() {
    if (!this.opened) this.open(openDatabase(this.path, true).db);
    return this.opened;
  }
  open(db) {
    this.opened = { db, sql: prepare(db) };
  }
  get size() {
    return this.source ? this.count : this.passages.size;
  }
  /**
   * The database of an index kept in a file, opened as it is (for the store, whose tables share the
   * file): undefined when it can be reused, else why it was started afresh (damaged, other version).
   */
  openStored() {
    if (this.opened) throw new Error("the database is already open");
    const opened2 = openDatabase(this.path, false);
    this.open(opened2.db);
    const totals = JSON.parse(this.opened.sql.getMeta.get("totals") ?? "[0, 0, 0]");
    this.count = totals[0];
    this.lengths = [totals[1], totals[2]];
    return opened2.reason;
  }
  /** Empties the database file (a store of another version or code). */
  wipe() {
    this.opened?.db.close();
    this.open(openDatabase(this.path, true).db);
    this.count = 0;
    this.lengths = [0, 0];
  }
  /** The open database (the store keeps its tables in it, so one transaction can span both). */
  get database() {
    return this.db.db;
  }
  attach(source) {
    if (this.passages.size) throw new Error("attach needs an index holding no passages");
    this.source = source;
  }
  get(id) {
    return this.source ? this.source.get(id) : super.get(id);
  }
  scan(visible, filter) {
    return this.source ? toGenerator(this.source.scan(visible, filter)) : super.scan(visible, filter);
  }
  scanSpeakers(keys, visible, filter) {
    return this.source ? toGenerator(this.source.scanSpeakers(keys, visible, filter)) : super.scanSpeakers(keys, visible, filter);
  }
  put(passages) {
    const { db, sql } = this.db;
    const lengths = [0, 0];
    const source = this.source;
    try {
      db.transaction(() => {
        this.unstamp();
        for (const p of passages) {
          if (!source && this.passages.get(p.id)) throw new Error(`passage ${p.id} is already indexed`);
          const text = indexedText(p.text);
          const speakers = indexedText(speakerNames(p));
          sql.insert.run(p.id, text.text, speakers.text);
          for (const terms of [text.terms, speakers.terms])
            for (const term of terms) {
              if (this.knownTerms.has(term)) continue;
              if (this.knownTerms.size >= MAX_KNOWN_TERMS) this.knownTerms.clear();
              this.knownTerms.add(term);
              sql.insertTerm.run(term, term.length);
            }
          if (source) sql.insertLengths.run(p.id, text.distinct, speakers.distinct);
          lengths[0] += text.distinct;
          lengths[1] += speakers.distinct;
        }
        if (source) this.saveTotals(this.count + passages.length, this.lengths[0] + lengths[0], this.lengths[1] + lengths[1]);
      })();
    } catch (error) {
      this.knownTerms.clear();
      throw error;
    }
    if (source) this.count += passages.length;
    else for (const p of passages) this.passages.add(p);
    this.lengths = [this.lengths[0] + lengths[0], this.lengths[1] + lengths[1]];
  }
  saveTotals(count2, text, speakers) {
    this.db.sql.setMeta.run("totals", JSON.stringify([count2, text, speakers]));
  }
  remove(ids) {
    if (this.source) return this.removeStored(ids);
    const { db, sql } = this.db;
    const known = ids.filter((id) => this.passages.get(id) !== void 0);
    if (!known.length) return;
    db.transaction(() => {
      this.unstamp();
      for (const id of known) sql.remove.run(id);
    })();
    for (const id of known) {
      const passage = this.passages.delete(id);
      const [text, speakers] = fieldLengths(passage);
      this.lengths = [this.lengths[0] - text, this.lengths[1] - speakers];
    }
  }
  /** `remove` with a source: each passage's lengths are read back from the database. */
  removeStored(ids) {
    const { db, sql } = this.db;
    let [count2, text, speakers] = [this.count, ...this.lengths];
    db.transaction(() => {
      for (const id of ids) {
        const lengths = sql.lengthsOf.get(id);
        if (!lengths) continue;
        sql.remove.run(id);
        sql.removeLengths.run(id);
        count2--;
        text -= lengths.text;
        speakers -= lengths.speakers;
      }
      if (count2 !== this.count) this.saveTotals(count2, text, speakers);
    })();
    this.count = count2;
    this.lengths = [text, speakers];
  }
  /** FTS5 merges its segments as it goes; `optimize` merges them all (faster queries after many changes). */
  vacuum() {
    this.db.db.exec("INSERT INTO fts (fts) VALUES ('optimize')");
    return Promise.resolve();
  }
  /**
   * Exact words first; prefixes and typos only when they find fewer than `exactEnough` passages.
   *
   * Common words: ranking every passage a word matches costs time in proportion to the archive (a
   * name in the news matches a tenth of it, and that was the whole p99 at 150k articles). Matches
   * are read in descending id order instead, which FTS5 walks without scoring: ids grow as files are
   * indexed, so these are the passages added last (a growing archive's newest news). Reading stops
   * after `maxCandidates` passages that pass visibility, filter and verify; only those are ranked.
   * A search that stops with matches left unread says so (`complete: false`): an outlet whose
   * matches are all older was not reached, and the caller checks the outlets it lacks in one more
   * read spread over them (`spread`: ids of other outlets skipped unbuilt, at most `maxIdsRead`)
   * rather than report them as having none. Every search stays bounded, the check included.
   */
  find(words2, options) {
    const groups = groupsOf(words2);
    if (!groups.length || !this.size) return [];
    let found = this.search(groups, /* @__PURE__ */ new Map(), options);
    if (found.hits.length < this.knobs.exactEnough) {
      const expansions = expansionsOf(groups, this.db.sql, this.knobs);
      if ([...expansions.values()].some((terms) => terms.size > 1)) found = this.search(groups, expansions, options);
    }
    return foundHits(found.hits, found.complete);
  }
  search(groups, expansions, options) {
    const { visible, filter, verify } = options;
    const lists = new Map([...expansions].map(([term, matches]) => [term, [...matches.keys()]]));
    const expression = matchExpression(groups, lists, options.combineWith);
    const candidates2 = [];
    const { maxCandidates, maxScanned, maxIdsRead } = this.knobs;
    const spread = options.spread;
    const taken = /* @__PURE__ */ new Map();
    let [scanned, read, full] = [0, 0, 0];
    let complete = true;
    for (const id of this.db.sql.matches.iterate(expression)) {
      if (scanned >= maxScanned || candidates2.length >= maxCandidates || spread && (read >= maxIdsRead || full >= spread.groups)) {
        complete = false;
        break;
      }
      read++;
      const group = spread?.groupOf(id);
      if (spread && (group === void 0 || (taken.get(group) ?? 0) >= spread.perGroup)) continue;
      scanned++;
      const passage = this.get(id);
      if (!passage || !visible(passage) || filter && !filter(passage) || verify && !verify(passage)) continue;
      candidates2.push(passage);
      if (group !== void 0) {
        const n2 = (taken.get(group) ?? 0) + 1;
        taken.set(group, n2);
        if (n2 === spread.perGroup) full++;
      }
    }
    const query = groups.flatMap(
      (g) => g.kind === "phrase" ? g.terms.map((term) => ({ term, matches: /* @__PURE__ */ new Map([[term, 1]]) })) : [{ term: g.term, matches: expansions.get(g.term) ?? /* @__PURE__ */ new Map([[g.term, 1]]) }]
    );
    const stats = this.stats();
    const hits = candidates2.map((passage) => ({
      passage,
      ...scorePassage(passage, query, stats, this.knobs.speakerBoost, this.fieldsOf(passage))
    }));
    return { hits: hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id), complete };
  }
  /**
   * A passage's terms per field, remembered for the last few thousand passages scored: a query's
   * passes (every word, then any word; /quote then /search) score the same newest passages again.
   */
  fieldsOf(p) {
    let fields = this.fieldCache.get(p.id);
    if (!fields) {
      fields = [fieldTerms(p.text), fieldTerms(speakerNames(p))];
      this.fieldCache.set(p.id, fields);
    }
    return fields;
  }
  /** Document counts and average lengths for ranking; frequencies are looked up once per search. */
  stats() {
    const frequencies = /* @__PURE__ */ new Map();
    const { sql } = this.db;
    const docs = this.size;
    return {
      docs,
      avgLength: [this.lengths[0] / (docs || 1), this.lengths[1] / (docs || 1)],
      docFrequency: (term) => {
        let known = frequencies.get(term);
        if (!known) {
          known = [0, 0];
          for (const row of sql.docCount.all(term)) known[row.col === "speakers" ? 1 : 0] = row.doc;
          frequencies.set(term, known);
        }
        return known;
      }
    };
  }
  /** A stamp in the file and in the snapshot (see the class comment); in memory, the image too. */
  async persist(writer) {
    const { db, sql } = this.db;
    const stamp = randomUUID();
    db.transaction(() => sql.setMeta.run("stamp", stamp))();
    this.stamped = true;
    if (this.path) {
      db.pragma("wal_checkpoint(TRUNCATE)");
      await writer.write({ part: "stamp", stamp, size: this.passages.size, lengths: this.lengths });
      return;
    }
    const image = db.serialize();
    await writer.write({ part: "stamp", stamp, size: this.passages.size, lengths: this.lengths, image: image.length });
    for (let at = 0; at < image.length; at += IMAGE_CHUNK)
      await writer.write({ part: "image", base64: image.subarray(at, at + IMAGE_CHUNK).toString("base64") });
  }
  restore(reader) {
    if (this.passages.size || this.opened) throw new Error("restore needs an empty index");
    const chunks = [...reader.chunks];
    const head = chunks[0];
    if (head?.part !== "stamp") throw new Error("index stamp missing");
    let reason;
    if (head.image !== void 0) {
      const image = Buffer.concat(chunks.flatMap((c) => c.part === "image" ? [Buffer.from(c.base64, "base64")] : []));
      if (image.length !== head.image) throw new Error("index image truncated");
      this.open(openDatabase(void 0, false, image).db);
    } else {
      const opened2 = openDatabase(this.path, false);
      reason = opened2.reason;
      this.open(opened2.db);
      if (!reason && this.opened.sql.getMeta.get("stamp") !== head.stamp) reason = "the database does not match the snapshot";
    }
    if (!reason) {
      for (const p of reader.passages) this.passages.add(p);
      this.lengths = [...head.lengths];
      this.stamped = true;
    } else {
      this.rebuildReason = reason;
      this.opened.db.close();
      this.opened = void 0;
      const batch = [];
      for (const p of reader.passages) {
        batch.push(p);
        if (batch.length >= 5e3) this.put(batch.splice(0));
      }
      this.put(batch);
    }
    if (this.passages.size !== head.size) throw new Error(`index holds ${this.passages.size} passages, the snapshot ${head.size}`);
  }
  /** Closes the database (tests, shutdown); the index is unusable afterwards. */
  close() {
    this.opened?.db.close();
  }
  unstamp() {
    if (!this.stamped) return;
    this.db.sql.setMeta.run("stamp", "");
    this.stamped = false;
  }
};
function* toGenerator(items) {
  yield* items;
}

// src/quotes/word-lists.ts
var TITLE_ABBREVIATIONS = [
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "rep",
  "gov",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "rev",
  "prof",
  "jr",
  "sr",
  "st",
  "mt"
];
var ARTICLES = ["the", "a", "an"];
var POSSESSIVES = ["his", "her", "their", "its", "our", "my", "your"];
var QUANTIFIERS = ["another", "one", "two", "three", "some", "several", "many", "most", "both"];
var PERSON_HEADS = new Set(
  `nominee candidate leader president senator governor mayor minister secretary chancellor premier star actor actress
singer player coach executive chief founder boss businessman businesswoman billionaire tycoon officer lawmaker
congressman congresswoman politician frontrunner front-runner incumbent challenger contender hopeful chairman
chairwoman veteran author writer director producer host presenter anchor comedian rapper musician athlete champion
king queen prince princess pope monarch dictator general commander mogul entrepreneur republican democrat`.split(/\s+/)
);
var isPersonHead = (word) => PERSON_HEADS.has(word) || /^\d+-year-old$/.test(word);

// src/quotes/tokens.ts
var MASK = "\0";
var NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
function isWordCode(code) {
  if (code < 128) return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
  if (code >= 192 && code <= 591) return code !== 215 && code !== 247;
  if (code >= 8192 && code <= 8303) return false;
  if (code === 160) return false;
  return NON_ASCII_WORD.test(String.fromCharCode(code));
}
function isWordChar(c) {
  if (c === void 0 || c === "") return false;
  return isWordCode(c.charCodeAt(0));
}
function isUpperStart(word) {
  const c = word[0];
  return c !== void 0 && c !== c.toLowerCase() && c === c.toUpperCase();
}
var isSpaceCode = (code) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 12288 || code === 8201;
function tokenize2(text, from, to) {
  const out = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (code === 0) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) === 0) j++;
      out.push({ text: "", lower: "", start: i, end: j, kind: "quote" });
      i = j;
      continue;
    }
    if (isWordCode(code)) {
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) j++;
        else if ((d === 39 || d === 8217 || d === 45 || d === 8209) && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      const word = text.slice(i, j);
      out.push({ text: word, lower: word.toLowerCase(), start: i, end: j, kind: "word" });
      i = j;
      continue;
    }
    const c = text[i];
    out.push({ text: c, lower: c, start: i, end: i + 1, kind: "punct" });
    i++;
  }
  return out;
}

// src/quotes/context.ts
function firstTokenAt(tokens, pos) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function windowTokens(ctx, from, to) {
  const out = [];
  for (let p = paragraphAt(ctx.paragraphs, from).index; p < ctx.paragraphs.length; p++) {
    const para = ctx.paragraphs[p];
    if (para.start >= to) break;
    let tokens = ctx.tokens[p];
    if (!tokens) {
      tokens = tokenize2(ctx.masked, para.start, para.end);
      ctx.tokens[p] = tokens;
    }
    for (let k = firstTokenAt(tokens, from); k < tokens.length; k++) {
      const t = tokens[k];
      if (t.end > to) break;
      out.push(t);
    }
  }
  return out.some((t) => t.text === "(") ? withoutAsides(out) : out;
}
function withoutAsides(tokens) {
  const out = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === "(") {
      let j = k + 1;
      while (j < tokens.length && j < k + 8 && tokens[j]?.text !== ")" && tokens[j]?.kind !== "quote") j++;
      if (tokens[j]?.text === ")") {
        k = j;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  ...TITLE_ABBREVIATIONS,
  ...["u.s", "no", "vs", "inc", "corp", "co", "sept", "oct", "nov", "dec", "jan", "feb", "aug"]
]);
var OPENING = new Set(OPENING_MARKS);
var CLOSING = new Set(CLOSING_MARKS);
function sentenceStart(ctx, pos, floor) {
  const { text, masked } = ctx;
  for (let j = pos - 1; j > floor; j--) {
    const c = text[j];
    if (c !== " " && c !== "\n") continue;
    let k = j - 1;
    if (k >= floor && masked[k] === MASK && CLOSING.has(text[k])) k--;
    const p = text[k];
    if (p !== "." && p !== "!" && p !== "?") continue;
    if (masked[k] === MASK && masked[j - 1] !== MASK) continue;
    const next = text[j + 1];
    const after = next !== void 0 && OPENING.has(next) ? text[j + 2] : next;
    if (after === void 0 || !isUpperStart(after)) continue;
    const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(floor, k - 6), k));
    const word = before?.[1]?.toLowerCase() ?? "";
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    return j + 1;
  }
  return floor;
}
function sentenceEnd(text, pos, ceiling) {
  for (let j = pos; j < ceiling; j++) {
    const c = text[j];
    if ((c === "." || c === "!" || c === "?") && (j + 1 >= ceiling || text[j + 1] === " " || text[j + 1] === "\n")) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(pos, j - 6), j));
      const word = before?.[1]?.toLowerCase() ?? "";
      if (!ABBREVIATIONS.has(word) && !/^\p{L}$/u.test(word)) return j;
    }
  }
  return ceiling;
}
function paragraphAt(paragraphs, pos) {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (paragraphs[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo];
}

// src/quotes/cues.ts
var CUE_FORMS = `
say says said saying
tell tells told telling
add adds added adding
ask asks asked asking
state states stated
note notes noted noting
write writes wrote writing written
explain explains explained explaining
insist insists insisted insisting
warn warns warned warning
claim claims claimed claiming
argue argues argued arguing
declare declares declared declaring
reply replies replied replying
respond responds responded responding
answer answers answered
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
allege alleges alleged alleging
assert asserts asserted asserting
assure assures assured assuring
boast boasts boasted boasting
caution cautions cautioned cautioning
comment comments commented commenting
complain complains complained complaining
concede concedes conceded conceding
conclude concludes concluded concluding
confirm confirms confirmed confirming
contend contends contended contending
counter counters countered countering
cry cries cried
demand demands demanded demanding
deny denies denied denying
describe describes described describing
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
exclaim exclaims exclaimed
joke jokes joked joking
mention mentions mentioned mentioning
muse muses mused
observe observes observed observing
predict predicts predicted predicting
proclaim proclaims proclaimed
promise promises promised promising
quip quips quipped quipping
recall recalls recalled recalling
remark remarks remarked remarking
reiterate reiterates reiterated reiterating
report reports reported reporting
reveal reveals revealed revealing
scoff scoffs scoffed
shout shouts shouted shouting
stress stresses stressed stressing
suggest suggests suggested suggesting
testify testifies testified testifying
tweet tweets tweeted tweeting
post posts posted
urge urges urged urging
vow vows vowed vowing
yell yells yelled
accuse accuses accused accusing
charge charges charged
call calls called calling
dub dubs dubbed
label labels labeled labelled
brand brands branded
lament laments lamented lamenting
maintain maintains maintained maintaining
pledge pledges pledged
recount recounts recounted
retort retorts retorted retorting
pray prays prayed praying
intone intones intoned intoning
scold scolds scolded scolding
wonder wonders wondered wondering
plead pleads pleaded pleading
speak speaks spoke speaking
affirm affirms affirmed
underscore underscores underscored
concur concurs concurred
quote quotes quoted
interject interjects interjected
react reacts reacted
riff riffs riffed
blast blasts blasted
slam slams slammed
mock mocks mocked
put+it puts+it
sing sings sang singing
chant chants chanted chanting
bark barks barked
snap snaps snapped
cite cites cited citing
label labeling labelling
brand branding
dub dubbing
call calling
accuse accusing
lash+out lashed+out
fire+back fired+back
shoot+back shot+back
chime+in chimed+in
weigh+in weighed+in
point+out points+out pointed+out pointing+out
sum+up sums+up summed+up summing+up
go+on goes+on went+on going+on
according+to
continue: continues: continued: continuing:
read: reads:
`;
var NOUN_DETERMINERS = /* @__PURE__ */ new Set([
  ...ARTICLES,
  ...POSSESSIVES,
  ...["these", "those", "such", "of", "by", "this", "that", "any", "no", "some", "many", "new", "false", "unfounded", "so"]
]);
var NOUN_LIKE = /* @__PURE__ */ new Set([
  "post",
  "report",
  "state",
  "note",
  "quote",
  "call",
  "charge",
  "counter",
  "answer",
  "label",
  "brand",
  "comment",
  "remark",
  "claim",
  "demand",
  "promise",
  "pledge",
  "vow",
  "tweet",
  "joke",
  "reply",
  "cry",
  "stress",
  "concern",
  "states",
  "notes",
  "remarks",
  "comments",
  "reports",
  "claims",
  "quotes",
  "posts",
  "charges",
  "calls",
  "tweets",
  "answers",
  "promises",
  "counters",
  "warnings",
  "labels",
  "brands",
  "demands",
  "pledges",
  "vows",
  "cries",
  "replies",
  "responds",
  "stresses",
  "adds"
]);
var PROPER_NOUN_LIKE = /* @__PURE__ */ new Set([
  "post",
  "posts",
  "report",
  "reports",
  "state",
  "states",
  "note",
  "notes",
  "call",
  "charge",
  "brand",
  "label",
  "quote",
  "counter",
  "answer",
  "times",
  "tells"
]);
var SUBJECT_PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "it", "they", "who", "also", "which", "that"]);
var CUES = /* @__PURE__ */ new Map();
for (const form of CUE_FORMS.split(/\s+/)) {
  if (!form) continue;
  const needsPunct = form.endsWith(":");
  const words2 = (needsPunct ? form.slice(0, -1) : form).split("+");
  const first = words2[0];
  const list = CUES.get(first) ?? [];
  list.push({ words: words2, needsPunct });
  CUES.set(first, list);
}
function matchCue(tokens, i) {
  const t = tokens[i];
  if (!t || t.kind !== "word") return void 0;
  if (t.lower === "per") {
    const prev = tokens[i - 1];
    return (prev ? prev.kind === "quote" || prev.text === "," : t.text === "per") && tokens[i + 1]?.kind === "word" ? { index: i, length: 1, text: t.text, sourceAfter: true, start: t.start, end: t.end } : void 0;
  }
  const entries = CUES.get(t.lower);
  if (!entries) return void 0;
  const before = tokens[i - 1];
  for (const entry of entries) {
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      if (tokens[i + k]?.lower !== entry.words[k]) ok = false;
    }
    if (!ok) continue;
    const length = entry.words.length;
    const after = tokens[i + length];
    if (entry.needsPunct && after && after.kind === "word") continue;
    if (entry.words[0] !== "according" && before && (NOUN_DETERMINERS.has(before.lower) || before.lower === "to")) continue;
    if (PROPER_NOUN_LIKE.has(t.lower) && isUpperStart(t.text) && before && before.kind === "word" && isUpperStart(before.text) && t.lower !== "tells")
      continue;
    if (NOUN_LIKE.has(t.lower) && !(before && before.kind === "word" && (isUpperStart(before.text) || SUBJECT_PRONOUNS.has(before.lower))))
      continue;
    if (NOUN_LIKE.has(t.lower) && isUpperStart(before?.text ?? "") && NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? "")) continue;
    const last = tokens[i + length - 1];
    const text = tokens.slice(i, i + length).map((w) => w.text).join(" ");
    return { index: i, length, text, sourceAfter: entry.words[0] === "according", start: t.start, end: last.end };
  }
  return void 0;
}

// src/quotes/names.ts
var TITLES = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady madam president vice prime minister secretary general
secretary-general chancellor premier king queen prince princess pope sen senator rep representative congressman
congresswoman gov governor mayor judge justice chief chairman chairwoman chair speaker leader ambassador envoy
spokesman spokeswoman spokesperson adviser advisor aide director commissioner attorney candidate nominee gen col
lt maj capt sgt adm admiral commander rev reverend father sheikh emir ayatollah crown deputy foreign defence defense
interior finance former first house senate majority minority whip campaign manager ceo founder host anchor actor actress singer comedian rapper author
correspondent editor chaplain pastor rabbi imam pollster strategist official officer head councilman councilwoman coach archbishop bishop
cardinal marshal colonel captain sergeant lieutenant major minister's sec state
member councilmember justices senators democrat republican democratic independent co-founder chairperson president-elect nominee-elect businessman businesswoman billionaire mogul`.split(
    /\s+/
  )
);
var MALE_TITLES = /* @__PURE__ */ new Set(["mr", "sir", "lord", "king", "prince", "father", "congressman", "spokesman", "chairman", "businessman"]);
var FEMALE_TITLES = /* @__PURE__ */ new Set([
  "mrs",
  "ms",
  "miss",
  "madam",
  "dame",
  "lady",
  "queen",
  "princess",
  "congresswoman",
  "spokeswoman",
  "chairwoman",
  "businesswoman"
]);
var FEMALE_NAMES = new Set(
  `hillary kellyanne melania ivanka nancy elizabeth michelle sarah mary susan karen linda patricia jennifer maria anna
angela theresa ursula kamala marine nicola liz huma donna jill chelsea debbie kate katie laura lisa julia margaret
barbara jane joan emily amy rachel rebecca samantha olga irina natalia tulsi nikki carly condoleezza madeleine janet
ruth sonia elena christine kirsten dianne stephanie heather megyn ann anne katrina paula hannah sophie jessica ashley
michele claire catherine alexandria gina kellie hope sheila ayanna jeanne loretta valerie debbie wendy tammy terri
hope ana lucia sofia isabel carmen omarosa sarah-huckabee jacinda golda indira benazir maxine marsha cindy carol carolyn diane julie kathleen
kelly kristen lauren maggie martha meghan megan monica patty peggy robin rosa sandra shannon sharon tina virginia`.split(/\s+/)
);
var MALE_NAMES = new Set(
  `donald mike michael tim bernie barack joe paul mitch vladimir antonio ant\xF3nio sergey sergei volodymyr
emmanuel olaf john james robert william david richard thomas charles chris ted marco jeb ben rudy newt bill george
gary reince steve stephen jared eric rick rand lindsey chuck harry jim jeff kevin mark peter john-paul dmitry
dmitri boris viktor xi recep benjamin justin rishi keir nicolas francois fran\xE7ois matteo mario pedro luis jose jos\xE9
carlos andrew anthony brian jason matt matthew ryan scott sean adam alex alexander jack jake jonathan josh joshua
kenneth larry martin nathan nick patrick ron roy sam samuel tom tony travis walter wayne frank fred henry howard
jerry jesse jimmy jon jordan karl ken lee marcus neil noah oliver omar raj ray russ russell ahmed mohammed muhammad
ali hassan hussein abdullah recep rodrigo jair narendra imran shinzo fumio yoon kim moon antony`.split(/\s+/)
);
var NOT_NAME = new Set(
  `the a an and but or in on at of for to from by with as if when while after before since although though because
this that these those it its he she they we i you his her their our my your there here what who whom which where why
how also earlier later meanwhile however still yet so then now today yesterday tomorrow last next first finally
related recent more about check live updated sitting further according despite contrary setting noting published
read watch see click follow share copyright all some many most other such no not one two three several
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr under`.split(/\s+/)
);
var ORG_WORDS = new Set(
  `united nations states kingdom committee council office ministry department house senate congress party news times
post journal street university college institute foundation center centre agency bank court union republic republics
cross army forces force police service club group inc corp company association organization organisation network
daily weekly magazine television radio airport hospital school city county state north south east west new york sea
river islands island day week affairs coordination commission federation fund board authority alliance treaty
steel works plant press media tv cnn fox bbc nbc abc cbs msnbc reuters afp ap kremlin pentagon white nato un eu
gop dnc rnc fbi cia nsa doj ukraine russia america american russian ukrainian europe european china chinese
twitter facebook instagram youtube google apple amazon microsoft capitol hill road avenue square tower hotel
church mosque temple museum park stadium arena mall market exchange stock index poll polls survey
democrats republicans democratic republican campaign administration government times-picayune front movement coalition`.split(/\s+/)
);
var PARTICLES = /* @__PURE__ */ new Set(["de", "da", "del", "della", "der", "van", "von", "bin", "al", "la", "le", "du", "di", "dos", "das", "ibn"]);
var ABBREVIATIONS2 = /* @__PURE__ */ new Set([...TITLE_ABBREVIATIONS, ...["ft", "pres", "sec"]]);
var ROLE_STOP = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "that",
  "with",
  "in",
  "on",
  "at",
  "by",
  "from",
  "as",
  "to",
  "of",
  "said",
  "says",
  "told",
  "for",
  "when",
  "while",
  "who",
  "which"
]);
var isTitle = (lower) => TITLES.has(lower) || TITLES.has(withoutPossessiveS(lower));
var isOrgWord = (lower) => ORG_WORDS.has(lower);
var HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;
var isNameStart = (text) => isUpperStart(text) || text.length > 3 && text.length < 24 && text.indexOf("-") > 0 && text.indexOf("-") < 4 && HYPHEN_PARTICLE.test(text);
function isNameWord(t) {
  if (t.kind !== "word" || !isNameStart(t.text)) return false;
  return !(t.text.length > 3 && t.text === t.text.toUpperCase());
}
function capitalisedRuns(tokens, from = 0, to = tokens.length) {
  const runs = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (!(t.kind === "word" && isNameStart(t.text))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; ; ) {
      const u = tokens[j];
      if (j >= to || !u) break;
      const prev = tokens[j - 1];
      if (u.kind === "word" && isNameStart(u.text)) j++;
      else if (u.text === "." && prev.kind === "word" && (prev.text.length === 1 || ABBREVIATIONS2.has(prev.lower)) && tokens[j + 1]?.kind === "word" && isUpperStart(tokens[j + 1].text))
        j++;
      else if (u.kind === "word" && PARTICLES.has(u.text) && tokens[j + 1]?.kind === "word" && isUpperStart(tokens[j + 1].text))
        j++;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}
var MONTH_SURNAMES = /* @__PURE__ */ new Set(["may", "june", "august", "april"]);
function surnameAfterForename(name) {
  const last = name[name.length - 1].lower;
  const before = name[name.length - 2]?.lower ?? "";
  return MONTH_SURNAMES.has(last) && (FEMALE_NAMES.has(before) || MALE_NAMES.has(before));
}
function parseNameRun(tokens, from, to) {
  const words2 = tokens.slice(from, to).filter((t) => t.kind === "word");
  let lastTitle = -1;
  for (let k = 0; k < words2.length - 1; k++) if (isTitle(words2[k].lower)) lastTitle = k;
  const roleWords = words2.slice(0, lastTitle + 1);
  let name = words2.slice(lastTitle + 1);
  while (name.length > 0 && NOT_NAME.has(name[0].lower)) name = name.slice(1);
  while (name.length > 0 && NOT_NAME.has(name[name.length - 1].lower) && !surnameAfterForename(name)) name = name.slice(0, -1);
  if (name.length === 0) return void 0;
  if (name.some((t) => ORG_WORDS.has(t.lower) || !isNameWord(t) && !PARTICLES.has(t.text))) return void 0;
  if (name.length === 1 && isTitle(name[0].lower)) return void 0;
  const roles = roleWords.flatMap((t) => t.lower.split(/[-‑]/));
  return { name, roles };
}
function genderOf(first, roles) {
  for (const r of roles) {
    if (MALE_TITLES.has(r)) return "m";
    if (FEMALE_TITLES.has(r)) return "f";
  }
  if (!first) return void 0;
  const f = first.toLowerCase();
  if (FEMALE_NAMES.has(f)) return "f";
  if (MALE_NAMES.has(f)) return "m";
  return void 0;
}
function premodifiers(tokens, runStart) {
  const out = [];
  const adjacent = tokens[runStart - 1];
  if (!adjacent || adjacent.kind !== "word" || !isTitle(adjacent.lower)) return out;
  for (let k = runStart - 1; k >= 0 && out.length < 4; k--) {
    const t = tokens[k];
    if (t.kind !== "word" || ROLE_STOP.has(t.lower)) break;
    out.push(...withoutPossessiveS(t.lower).split(/[-‑]/));
  }
  return out;
}
function appositive(tokens, runEnd) {
  if (tokens[runEnd]?.text !== ",") return [];
  const det = tokens[runEnd + 1]?.lower;
  if (det !== "the" && det !== "a" && det !== "an") return [];
  const out = [];
  for (let k = runEnd + 2; k < tokens.length && k < runEnd + 8; k++) {
    const t = tokens[k];
    if (t.kind !== "word") return t.text === "," ? out : [];
    out.push(...withoutPossessiveS(t.lower).split(/[-‑]/));
  }
  return [];
}
function isTitleCase(text, para) {
  if (/[.!?:]$/.test(text[para.end - 1] ?? "")) return false;
  let words2 = 0;
  let caps = 0;
  for (const m of text.slice(para.start, para.end).matchAll(/\p{L}{3,}/gu)) {
    words2++;
    if (isUpperStart(m[0])) caps++;
  }
  return words2 >= 3 && caps / words2 > 0.6;
}
function previousWord(text, pos, floor) {
  let e = pos;
  while (e > floor && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > floor && s > e - 30 && isWordCode(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}
var NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Capt|Sgt|Adm|Maj|\p{Lu})\.|\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{M}\p{N}]+)*)`;
var NAME_PARTICLE = String.raw`(?:(?:de|da|del|della|der|van|von|bin|al|la|le|du|di|dos|das|ibn) |(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-(?=\p{Lu}))`;
var NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?: ${NAME_PARTICLE}*${NAME_WORD})*`, "uy");
var CAPITAL = /\p{Lu}/gu;
function nextNameRun(text, from) {
  for (let at = from; ; ) {
    CAPITAL.lastIndex = at;
    const capital = CAPITAL.exec(text);
    if (!capital) return null;
    NAME_RUN.lastIndex = capital.index;
    const m = NAME_RUN.exec(text);
    if (m) return m;
    at = capital.index + capital[0].length;
  }
}
function findNameMentions(masked, paragraphs, limit = masked.length) {
  const out = [];
  const headline = /* @__PURE__ */ new Map();
  let p = 0;
  for (let m = nextNameRun(masked, 0); m !== null && m.index < limit; m = nextNameRun(masked, m.index + m[0].length)) {
    const runText = m[0];
    if (m.index > 0 && /[\p{L}\p{M}\p{N}'’]/u.test(masked[m.index - 1])) continue;
    const single = !runText.includes(" ");
    const lower = single ? runText.toLowerCase() : "";
    if (single && (NOT_NAME.has(lower) || ORG_WORDS.has(lower) || TITLES.has(lower))) continue;
    while (p + 1 < paragraphs.length && paragraphs[p + 1].start <= m.index) p++;
    const para = paragraphs[p];
    const runEnd = m.index + runText.length;
    const nextWord = /^ (\p{Ll}[\p{Ll}-]*)/u.exec(masked.slice(runEnd, runEnd + 24))?.[1];
    if (nextWord && isPersonHead(nextWord) && !hasPossessiveS(runText)) continue;
    if (single && !runText.endsWith(".") && !isTitle(previousWord(masked, m.index, para.start))) {
      if (!/^[\p{Lu}][\p{Ll}\p{M}'’‑-]/u.test(runText)) continue;
      out.push({ words: [withoutPossessiveS(runText)], start: m.index, end: runEnd, roles: [], confident: false });
      continue;
    }
    const tokens = tokenize2(masked, m.index, runEnd);
    const parsed = parseNameRun(tokens, 0, tokens.length);
    if (!parsed) continue;
    const before = tokenize2(masked, Math.max(para.start, m.index - 40), m.index);
    const after = masked[runEnd] === "," ? tokenize2(masked, runEnd, Math.min(para.end, runEnd + 80)) : [];
    const { name } = parsed;
    const pre = premodifiers(before, before.length);
    const roles = [...parsed.roles, ...pre, ...appositive(after, 0)];
    const titled = parsed.roles.length > 0 || pre.some((w) => isTitle(w));
    const first = name[0];
    const last = name[name.length - 1];
    let confident = (titled || name.length >= 2) && !NOT_NAME.has(first.lower);
    if (confident) {
      if (!headline.has(p)) headline.set(p, isTitleCase(masked, para));
      confident = !headline.get(p);
    }
    const gender = genderOf(name.length >= 2 ? first.text : void 0, roles);
    const words2 = name.map((t, k) => k === name.length - 1 ? withoutPossessiveS(t.text) : t.text);
    out.push({ words: words2, start: first.start, end: last.end, roles, gender, confident });
  }
  return out;
}

// src/quotes/clause-subject.ts
var LEAD_WORDS = /* @__PURE__ */ new Set(["but", "and", "so", "yet", "still", "instead", "however", "meanwhile", "later", "then", "also", "now"]);
var LEAD_IN = /* @__PURE__ */ new Set([
  "in",
  "on",
  "at",
  "after",
  "during",
  "speaking",
  "asked",
  "earlier",
  "later",
  "before",
  "when",
  "since",
  "from",
  "with",
  "for"
]);
var UNNAMED_HEADS = new Set(
  `spokesman spokeswoman spokesperson representative official aide adviser advisor lawyer attorney source witness resident
member staffer protester organizer organiser activist analyst expert diplomat`.split(/\s+/)
);
var NOT_SUBJECT = new Set(
  `yesterday today tonight meanwhile however still instead separately overall indeed nonetheless again first finally last
here there now then also thus so yes no well otherwise ultimately similarly likewise moreover besides initially previously
earlier later recently currently additionally specifically notably importantly unfortunately fortunately clearly
obviously apparently frankly honestly sadly surprisingly regardless nevertheless as at in on outside inside even this
that what when while after before since minutes hours days`.split(/\s+/)
);
var PRONOUN_SUBJECTS = /* @__PURE__ */ new Set(["he", "she", "they"]);
var SUBJECT_STOP = /* @__PURE__ */ new Set(["of", "and", "or", "to", "for", "in", "on", "at", "with", "that", "which", "who"]);
function clauseStart(tokens) {
  let i = 0;
  while (tokens[i]?.kind === "punct") i++;
  const lead = tokens[i]?.lower ?? "";
  if (LEAD_WORDS.has(lead)) i += tokens[i + 1]?.text === "," ? 2 : 1;
  const t = tokens[i];
  const leadIn = t !== void 0 && LEAD_IN.has(t.lower);
  if (t && t.kind === "word" && (leadIn || !isUpperStart(t.text) && !PRONOUN_SUBJECTS.has(t.lower) && t.lower !== "the")) {
    const comma = tokens.findIndex((x, k) => k > i && k < i + 12 && x.text === ",");
    if (comma > 0) return comma + 1;
  }
  return i;
}
function clauseSubject(tokens, before) {
  let s = clauseStart(tokens);
  if (/^\p{Lu}\p{L}*(?:ing|ed|wn)$/u.test(tokens[s]?.text ?? "") && tokens[s + 1]?.kind === "word" && !isUpperStart(tokens[s + 1]?.text ?? "")) {
    const comma = tokens.findIndex((x, k) => k > s && x.text === ",");
    if (comma < 0) return void 0;
    s = comma + 1;
  }
  const first = tokens[s];
  if (!first || first.kind !== "word" || s >= before) return void 0;
  if (PRONOUN_SUBJECTS.has(first.lower)) return [s, s + 1];
  let e = s + 1;
  if (first.lower === "a" || first.lower === "an") {
    const head = (w) => isPersonHead(w) || UNNAMED_HEADS.has(w);
    while (e < before && e - s < 6 && tokens[e]?.kind === "word" && !head(tokens[e]?.lower ?? "")) e++;
    if (tokens[e]?.kind === "word" && head(tokens[e]?.lower ?? "") && e < before) return [s, e + 1];
    e = s + 1;
  }
  if (first.lower === "the") {
    let r = s + 1;
    while (r < before && r - s < 6 && tokens[r]?.kind === "word" && isUpperStart(tokens[r]?.text ?? "")) r++;
    const next = tokens[r];
    if (r > s + 1 && isOrgWord(tokens[r - 1]?.lower ?? "") && next?.kind === "word" && !isUpperStart(next.text) && !SUBJECT_STOP.has(next.lower))
      return [s, r];
    const head = (w) => isPersonHead(w) || UNNAMED_HEADS.has(w);
    while (e < before && e - s < 6 && tokens[e]?.kind === "word" && !head(tokens[e]?.lower ?? "")) e++;
    if (tokens[e]?.kind === "word" && head(tokens[e]?.lower ?? "") && e < before) return [s, e + 1];
    for (let v = s + 2; v < Math.min(before, s + 6); v++) {
      const t = tokens[v];
      if (t.kind !== "word" || isUpperStart(t.text)) return void 0;
      if (/^(?:reads|says|states|notes|warns|adds|declares|read|said|stated|noted|warned|added|declared)$/.test(t.lower)) return [s, v];
    }
    return void 0;
  }
  if (!isUpperStart(first.text)) return void 0;
  while (e < before && e - s < 6) {
    const t = tokens[e];
    if (t.text === "." && (tokens[e - 1]?.text.length ?? 0) <= 3) e++;
    else if (t.kind === "word" && isUpperStart(t.text)) e++;
    else break;
  }
  const verb = tokens[e];
  const apposed = tokens[e + 1];
  if (verb?.text === "," && e < before && !NOT_SUBJECT.has(first.lower) && apposed !== void 0 && (/^(?:who|\d+)$/.test(apposed.lower) || e - s >= 2 && /^(?:a|an|the)$/.test(apposed.lower)))
    return [s, e];
  return verb?.kind === "word" && !isUpperStart(verb.text) && !SUBJECT_STOP.has(verb.lower) && e < before ? [s, e] : void 0;
}

// src/quotes/reported.ts
var REPORTING_VERBS = new Set(
  `blamed blames blaming called calls calling described describes describing warned warns warning insisted insists
dismissed dismisses praised praises denounced denounces defended defends thanked thanks accused accuses criticized
criticised criticizes criticises slammed slams attacked attacks urged urges vowed vows promised promises pledged pledges
touted touts hailed hails likened likens compared compares referred refers labeled labelled labels branded brands dubbed
mocked mocks derided derides decried decries condemned condemns lauded lauds welcomed welcomes rejected rejects
characterized characterised characterizes framed frames pitched pitches offered offers expressed expresses voiced
voices promoted promotes championed champions invoked invokes cited cites quoted quotes lamented laments acknowledged
conceded admitted predicted predicts claimed claims argued argues insisting wrote writes tweeted tweets posted posts
asked asks told tells declared declares stressed stresses noted notes added adds said says suggested suggests
repeated repeats reiterated reiterates recalled recalls apologized apologised apologizes apologises complained
complains joked jokes boasted boasts bragged brags questioned questions pushed pushes ripped rips blasted blasts
chided chides scolded scolds mentioned mentions announced announces answered answers replied replies responded
responds lambasted lambastes reminded reminds exhorted exhorts took pointed promised supported supports opposed opposes endorsed endorses
challenged challenges vowed pressed presses spoke speaks talked talks used uses invoked repeated employed`.split(/\s+/)
);
var ADVERB = /^(also|then|later|again|even|repeatedly|once|previously|recently|publicly|privately|has|have|had|had|was|is|would|did|often|never|quickly|angrily|famously)$/;
function reportedSpeech(tokens) {
  if (tokens.length < 2 || tokens.some((t) => t.kind === "quote")) return void 0;
  const s = clauseStart(tokens);
  const first = tokens[s];
  if (!first || first.kind !== "word") return void 0;
  let e = s + 1;
  if (!PRONOUN_SUBJECTS.has(first.lower)) {
    if (!isUpperStart(first.text) && first.lower !== "the") return void 0;
    const capital = isUpperStart(first.text) && first.lower !== "the";
    while (e < tokens.length && e - s < 7) {
      const t = tokens[e];
      if (t.text === "." && (tokens[e - 1]?.text.length ?? 0) <= 3) e++;
      else if (t.kind !== "word" || SUBJECT_STOP.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
      else if (capital && !isUpperStart(t.text)) break;
      else e++;
    }
  }
  let v = appositiveEnd(tokens, s, e);
  while (v < tokens.length && tokens[v]?.kind === "word" && ADVERB.test(tokens[v]?.lower ?? "")) v++;
  const verb = tokens[v];
  if (!verb || verb.kind !== "word" || !REPORTING_VERBS.has(verb.lower)) return void 0;
  if (["the", "a", "an"].includes(tokens[v - 1]?.lower ?? "")) return void 0;
  if (tokens.slice(v + 1).some((t) => t.text === ";")) return void 0;
  const cue = matchCue(tokens, v) ?? {
    index: v,
    length: 1,
    text: verb.text,
    sourceAfter: false,
    start: verb.start,
    end: verb.end
  };
  return { np: [s, e], cue, tokens };
}
function appositiveEnd(tokens, s, e) {
  if (tokens[e]?.text !== "," || !isUpperStart(tokens[s]?.text ?? "") || e - s < 2) return e;
  for (let k = e + 2; k < tokens.length && k < e + 28; k++) {
    const t = tokens[k];
    if (t.kind === "quote" || t.text === ";" || t.text === "." && (tokens[k - 1]?.text.length ?? 0) > 3) return e;
    if (t.text === ",") return k + 1;
  }
  return e;
}
function colonLeadIn(tokens) {
  const colon = tokens[tokens.length - 1];
  if (colon?.text !== ":" || tokens.some((t) => t.kind === "quote")) return void 0;
  const s = clauseStart(tokens);
  const first = tokens[s];
  if (!first || first.kind !== "word") return void 0;
  let np;
  if (PRONOUN_SUBJECTS.has(first.lower)) np = [s, s + 1];
  else {
    const comma = tokens.findIndex((t, k) => k > s && k < s + 8 && t.text === ",");
    const run = (from) => {
      let e = from;
      while (e < tokens.length && e - from < 6 && (isName(tokens[e]) || tokens[e]?.text === "." && (tokens[e - 1]?.text.length ?? 0) <= 3))
        e++;
      return e;
    };
    if (comma > s && isName(tokens[comma + 1])) {
      const e = run(comma + 1);
      if (tokens[e]?.text === ",") np = [comma + 1, e];
    }
    if (!np && isName(first) && first.lower !== "the") {
      const e = run(s);
      if (tokens[e]?.kind === "word") np = [s, e];
    }
  }
  if (!np) return void 0;
  let v = np[1];
  if (tokens[v]?.lower === "of") v += 1;
  while (v < tokens.length && isName(tokens[v])) v++;
  if (tokens[v]?.text === ",") v = np[0] > s ? v + 1 : appositiveEnd(tokens, s, v);
  const verb = tokens[v];
  if (!verb || verb.kind !== "word" || isUpperStart(verb.text) || SUBJECT_STOP.has(verb.lower)) return void 0;
  const cue = { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end };
  return { np, cue, tokens };
}
var isName = (t) => t !== void 0 && t.kind === "word" && isUpperStart(t.text) && t.lower !== "the";
function nameRunEnd(tokens, from) {
  let e = from;
  while (e < tokens.length && e - from < 6 && (isName(tokens[e]) || tokens[e]?.text === "." && (tokens[e - 1]?.text.length ?? 0) <= 3 && e > from))
    e++;
  return e;
}
var PASSIVE_JUDGING = /^(?:praised|described|called|dubbed|labell?ed|branded|derided|hailed|criticized|criticised|denounced|termed|characterized|characterised|dismissed|mocked|ridiculed|blasted|slammed)$/;
function passiveAgent(before, after) {
  let k = before.length - 1;
  if (before[k]?.lower === "as") k--;
  const verb = before[k];
  if (!verb || verb.kind !== "word" || !PASSIVE_JUDGING.test(verb.lower)) return void 0;
  let b = 0;
  while (after[b]?.kind === "punct" && after[b]?.text === ",") b++;
  if (after[b]?.lower !== "by") return void 0;
  const e = nameRunEnd(after, b + 1);
  if (e === b + 1) return void 0;
  const by = after[b];
  return { np: [b + 1, e], cue: { index: b, length: 1, text: verb.text, sourceAfter: true, start: by.start, end: by.end }, tokens: after };
}
function participleLeadIn(before, after) {
  const first = before[0];
  if (!first || first.kind !== "word" || !isUpperStart(first.text) || !first.lower.endsWith("ing") || !matchCue(before, 0))
    return void 0;
  if (before.some((t) => t.text === ",")) return void 0;
  let b = 0;
  while (after[b]?.kind === "punct" && after[b]?.text === ",") b++;
  if (b === 0 && after[0]?.kind !== "word") return void 0;
  const e = nameRunEnd(after, b);
  if (e === b || !(after[e]?.text === "," || after[e]?.kind === "word" && !isUpperStart(after[e]?.text ?? ""))) return void 0;
  return {
    np: [b, e],
    cue: { index: 0, length: 1, text: first.text, sourceAfter: false, start: first.start, end: first.end },
    tokens: after
  };
}
var SAID_NOUNS = new Set(
  `takeaway message response reply answer view argument point verdict assessment explanation advice words reaction
position conclusion statement comment remark claim warning assertion promise pledge retort summary description
prediction plea excuse defense defence instruction mantra refrain line verdict reasoning case pitch`.split(/\s+/)
);
function possessiveSpeech(tokens) {
  let k = tokens.length - 1;
  if (tokens[k]?.lower === "that") k--;
  const link = tokens[k];
  if (!link || !["was", "is", ":"].includes(link.lower)) return void 0;
  k--;
  if (!SAID_NOUNS.has(tokens[k]?.lower ?? "")) return void 0;
  const nounAt = k;
  k--;
  if (tokens[k]?.kind === "word" && !isUpperStart(tokens[k]?.text ?? "") && !/['’]s$/.test(tokens[k]?.text ?? "")) k--;
  const owner = tokens[k];
  if (!owner || owner.kind !== "word" || !isUpperStart(owner.text) || !/['’]s$/.test(owner.text)) return void 0;
  let s = k;
  while (s > 0 && tokens[s - 1]?.kind === "word" && isUpperStart(tokens[s - 1]?.text ?? "") && k - s < 4) s--;
  const noun = tokens[nounAt];
  const cue = { index: nounAt, length: 1, text: noun.text, sourceAfter: false, start: noun.start, end: noun.end };
  return { np: [s, k + 1], cue, tokens };
}
function possessorBefore(tokens, isPerson) {
  const k = tokens.length - 1;
  const owner = tokens[k];
  if (!owner || owner.kind !== "word" || !isUpperStart(owner.text) || !/['’]s$/.test(owner.text)) return void 0;
  let s = k;
  while (s > 0 && tokens[s - 1]?.kind === "word" && isUpperStart(tokens[s - 1]?.text ?? "") && k - s < 3) s--;
  const words2 = tokens.slice(s, k + 1).map((t) => t.text.replace(/['’]s$/, ""));
  if (!isPerson(words2, tokens[s].start)) return void 0;
  const cue = { index: k, length: 1, text: owner.text, sourceAfter: false, start: owner.start, end: owner.end };
  return { np: [s, k + 1], cue, tokens };
}

// src/quotes/tweet-signature.ts
var SIGNATURE = /[—–―]\s*([^()\n—–―@]{2,60}?)\s*\(@\w{1,30}\)\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\s*$/u;
function tweetSignature(ctx, q) {
  const para = ctx.paragraphs[q.paragraph];
  if (para.end - q.end > 400 || ctx.text[para.end - 1] === "." || !ctx.text.includes("(@", q.end)) return void 0;
  const tail = ctx.text.slice(q.end, para.end);
  const m = SIGNATURE.exec(tail);
  if (!m || m.index === void 0) return void 0;
  const dashAt = q.end + m.index;
  const nameEnd = dashAt + m[0].indexOf("(@");
  const tokens = windowTokens(ctx, dashAt, nameEnd);
  const dash = tokens[0];
  if (!dash || tokens.length < 2) return void 0;
  return {
    np: [1, tokens.length],
    cue: { index: 0, length: 1, text: dash.text, sourceAfter: true, start: dash.start, end: dash.end },
    tokens
  };
}

// src/quotes/speakers.ts
var foldWords = (words2) => words2.filter((w) => w !== ".").map((w) => foldName(w.replace(/\.$/, "")));
var ROLE_SYNONYMS = {
  leader: ["president", "prime", "chancellor", "premier", "king", "leader"],
  chief: ["secretary-general", "secretary", "general", "head", "director", "chief"],
  head: ["secretary-general", "secretary", "general", "chief", "director", "head"],
  boss: ["chief", "head", "director", "chairman"]
};
var ArticlePeople = class {
  people = [];
  /** People by each folded word of their name, so lookups do not scan everyone. */
  byWord = /* @__PURE__ */ new Map();
  mentions = [];
  /** Build from name mentions in text order; lone capitalised words count only if they match a confident name. */
  constructor(mentions) {
    for (const m of mentions) if (m.confident) this.add(m.words, m.start, m.end, m.roles, m.gender);
    this.mentions.length = 0;
    for (const p of this.people) p.lastMention = -1;
    for (const m of mentions) {
      const p = m.confident ? this.add(m.words, m.start, m.end, m.roles, m.gender) : this.find(m.words, m.start);
      if (p && !m.confident) this.note(p, m.start, m.end);
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }
  /** Find the person a name refers to (`Putin` → the `Vladimir Putin` cluster), preferring the most recently mentioned. */
  find(words2, at, folded) {
    const f = folded ?? foldWords(words2);
    const last = f[f.length - 1];
    if (last === void 0) return void 0;
    let best;
    for (const p of this.byWord.get(last) ?? []) {
      const pl = p.folded[p.folded.length - 1];
      const matches = f.length === 1 ? pl === last || p.folded.length > 1 && p.folded[0] === last : pl === last && (p.folded.length === 1 || p.folded[0] === f[0]);
      if (!matches) continue;
      if (!best || p.lastMention <= at && (best.lastMention > at || p.lastMention > best.lastMention)) best = p;
    }
    return best;
  }
  /** Record a name at an offset, creating or extending a person; returns the person. */
  add(words2, start, end, roles = [], gender) {
    const f = foldWords(words2);
    const written = words2.join(" ").replace(/ \./g, ".");
    let p = this.find(words2, start, f);
    if (!p) {
      p = { folded: f, forms: /* @__PURE__ */ new Map(), roles: /* @__PURE__ */ new Set(), lastMention: start, gender };
      this.people.push(p);
      this.index(p);
    }
    if (f.length > p.folded.length) {
      p.folded = f;
      p.forms = /* @__PURE__ */ new Map();
      this.index(p);
    }
    if (f.length === p.folded.length) p.forms.set(written, (p.forms.get(written) ?? 0) + 1);
    p.speaker = void 0;
    for (const r of roles) p.roles.add(r);
    p.gender ??= gender;
    this.note(p, start, end);
    return p;
  }
  index(p) {
    const first = p.folded[0];
    const last = p.folded[p.folded.length - 1];
    for (const w of /* @__PURE__ */ new Set([first, last])) {
      if (w === void 0) continue;
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      this.byWord.set(w, list);
    }
  }
  note(p, start, end) {
    p.lastMention = Math.max(p.lastMention, start);
    this.mentions.push({ person: p, start, end });
  }
  /** Index of the first mention starting at or after `at` (mentions are in text order: a binary search). */
  firstMentionAtOrAfter(at) {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.mentions[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Every mention in [from, to), in text order. */
  mentionsBetween(from, to) {
    const lo = this.firstMentionAtOrAfter(from);
    const out = [];
    for (let k = lo; k < this.mentions.length && this.mentions[k].start < to; k++)
      out.push(this.mentions[k]);
    return out;
  }
  /** The nearest person mentioned before `at` who fits the pronoun's gender. */
  nearestBefore(at, gender) {
    const lo = this.firstMentionAtOrAfter(at);
    for (let k = lo - 1; k >= 0; k--) {
      const p = this.mentions[k].person;
      if (!gender || !p.gender || p.gender === gender) return p;
    }
    return void 0;
  }
  /**
   * The person a role description refers to (`the Russian leader` → whoever was introduced as
   * `Russian President ...`): most role words in common, ties to the most recent mention before `at`.
   */
  byRole(words2, at) {
    let best;
    let bestScore = 0;
    let bestRecency = -1;
    const recent = /* @__PURE__ */ new Map();
    for (const m of this.mentions) {
      if (m.start >= at) break;
      recent.set(m.person, m.start);
    }
    const has = (p, w) => (ROLE_SYNONYMS[w] ?? [w]).some((a) => p.roles.has(a));
    const head = words2[words2.length - 1];
    for (const p of this.people) {
      if (head !== void 0 && !has(p, head)) continue;
      let score2 = 0;
      for (const w of words2) if (has(p, w)) score2++;
      const recency = recent.get(p) ?? -1;
      if (score2 > bestScore || score2 === bestScore && score2 > 0 && recency > bestRecency) {
        best = p;
        bestScore = score2;
        bestRecency = recency;
      }
    }
    return best;
  }
  speakerOf(p) {
    if (p.speaker) return { ...p.speaker };
    let name = "";
    let count2 = -1;
    for (const [form, n2] of p.forms) {
      if (n2 > count2) {
        name = form;
        count2 = n2;
      }
    }
    p.speaker = { name, key: foldName(name), kind: "person" };
    return { ...p.speaker };
  }
};
var SpeakerRegistry = class {
  entries = /* @__PURE__ */ new Map();
  unify(articles) {
    const canonical = this.canonicalKeys(articles);
    for (const quotes of articles) {
      for (const q of quotes) {
        if (!q.speaker) continue;
        const key = q.speaker.kind === "person" ? canonical.get(q.speaker.key) ?? q.speaker.key : q.speaker.key;
        let entry = this.entries.get(key);
        if (!entry) {
          entry = { speaker: { ...q.speaker, key }, quotes: 0, forms: /* @__PURE__ */ new Map() };
          this.entries.set(key, entry);
        }
        entry.quotes++;
        if (q.speaker.kind === "person" && q.speaker.key === key)
          entry.forms.set(q.speaker.name, (entry.forms.get(q.speaker.name) ?? 0) + 1);
        this.refreshName(entry);
      }
    }
    for (const quotes of articles) {
      for (const q of quotes) {
        if (!q.speaker) continue;
        const key = q.speaker.kind === "person" ? canonical.get(q.speaker.key) ?? q.speaker.key : q.speaker.key;
        const entry = this.entries.get(key);
        if (entry) q.speaker = { ...entry.speaker };
      }
    }
  }
  /** Map each person key to its canonical key: drop middle names/initials when first and last agree, expand lone surnames. */
  canonicalKeys(articles) {
    const keys = new Set(this.entries.keys());
    for (const quotes of articles) for (const q of quotes) if (q.speaker?.kind === "person") keys.add(q.speaker.key);
    const full = [...keys].filter((k) => k.includes(" "));
    const byEnds = /* @__PURE__ */ new Map();
    for (const k of full) {
      const w = k.split(" ");
      const ends = `${w[0]} ${w[w.length - 1]}`;
      byEnds.set(ends, [...byEnds.get(ends) ?? [], k]);
    }
    const out = /* @__PURE__ */ new Map();
    const fullCanonical = (k) => {
      const w = k.split(" ");
      const group = byEnds.get(`${w[0]} ${w[w.length - 1]}`) ?? [k];
      return group.includes(`${w[0]} ${w[w.length - 1]}`) ? `${w[0]} ${w[w.length - 1]}` : group.sort()[0];
    };
    for (const k of full) out.set(k, fullCanonical(k));
    const surnames = /* @__PURE__ */ new Map();
    for (const k of full) {
      const c = fullCanonical(k);
      const last = c.split(" ").pop();
      surnames.set(last, /* @__PURE__ */ new Set([...surnames.get(last) ?? [], c]));
    }
    for (const k of keys) {
      if (k.includes(" ")) continue;
      const candidates2 = surnames.get(k);
      if (candidates2 && candidates2.size === 1) out.set(k, [...candidates2][0]);
    }
    return out;
  }
  refreshName(entry) {
    let best = entry.speaker.name;
    let count2 = 0;
    for (const [form, n2] of entry.forms) {
      if (n2 > count2) {
        best = form;
        count2 = n2;
      }
    }
    entry.speaker = { ...entry.speaker, name: best };
  }
  /** Known people matching a query word or words by surname, first name + surname or full key (case/accent-insensitive). */
  lookup(word) {
    const q = foldName(word).split(" ").filter(Boolean);
    if (q.length === 0) return [];
    const out = [];
    for (const [key, entry] of this.entries) {
      if (entry.speaker.kind !== "person") continue;
      const w = key.split(" ");
      const hit = key === q.join(" ") || q.length === 1 && w.length > 1 && w[w.length - 1] === q[0] || q.length === 2 && w.length > 2 && w[0] === q[0] && w[w.length - 1] === q[1];
      if (hit) out.push(entry);
    }
    return out.sort((a, b) => b.quotes - a.quotes).map((e) => ({ ...e.speaker }));
  }
  /** All speakers with their quote counts, most quoted first. */
  list() {
    return [...this.entries.values()].sort((a, b) => b.quotes - a.quotes || a.speaker.key.localeCompare(b.speaker.key)).map((e) => ({ speaker: { ...e.speaker }, quotes: e.quotes }));
  }
};

// src/quotes/organisations.ts
var ORG_HEADS = new Set(
  `company firm ministry department agency government administration campaign committee council embassy
office organization organisation group union party retailer chain chipmaker carmaker automaker airline bank
network broadcaster newspaper paper regulator commission court police military army navy kremlin pentagon
white house spokesman's foundation charity university school hospital club team league board`.split(/\s+/)
);
var COMPANY_AFTER = /^(?:'s|’s)?\s+(?:store|stores|shop|shops|branch|branches|outlet|outlets|location|locations|shares|stock|pharmacy|pharmacies|franchise|franchises|headquarters)\b/;
var SHOP_AFTER = /^(?:\s*[.,;]|\s+(?:in|on|at|near|off)\b)/;
var ARTICLE_BEFORE = /(?:^|[^\p{L}])(a|an|the|at)\s+$/iu;
function namedLikeCompany(text, nameWords) {
  const name = nameWords.join(" ");
  if (name.length < 2) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1]?.toLowerCase();
    const after = text.slice(at + name.length, at + name.length + 16);
    if (COMPANY_AFTER.test(after)) return true;
    if ((article === "a" || article === "an") && SHOP_AFTER.test(after)) return true;
  }
  return false;
}
function isOrganisationPhrase(words2) {
  const w = words2.filter((t) => t.kind === "word");
  const last = w[w.length - 1];
  if (!last) return false;
  const capital = w.filter((t) => t.text[0] !== t.text[0]?.toLowerCase());
  if (capital.length > 0 && isOrgWord(last.lower) && /^[\p{Lu}]/u.test(last.text)) return true;
  const owned = w.length >= 2 && w.length <= 4 && /^\p{Lu}/u.test(w[0]?.text ?? "") && /['’]s$/.test(w[0]?.text ?? "");
  return (owned || w[0]?.lower === "the" || w[0]?.lower === "its") && ORG_HEADS.has(last.lower) && w.length <= 4;
}
var organisation = (description) => {
  const name = description.replace(/^(The)\b/, "the");
  return { name, key: foldName(name), kind: "organisation" };
};

// src/quotes/source-phrase.ts
var BOUNDARY = new Set(
  `that and but or nor because while when whenever as after before since which who whom whose if though although where
so than what how why whether until unless yet in on at with during from by into about over under through via against
without within upon among between across amid despite toward towards like unlike is was were are be been being has
have had do does did not it's this these those there here then also still even just`.split(/\s+/)
);
var NOT_NP_END = /* @__PURE__ */ new Set([...ARTICLES, ...POSSESSIVES, ...["to", "of", "for", "and", "or", "not", "no"]]);
var ADVERBS = new Set(
  `also then later has have had was were is would will could may might previously once again repeatedly recently
reportedly further first last publicly privately ultimately finally simply just never often frequently quickly
explicitly bluntly flatly openly clearly angrily calmly emphatically sharply firmly quietly loudly proudly already
subsequently earlier today yesterday tonight ago had long since did does do not once soon immediately swiftly promptly`.split(/\s+/)
);
var TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning evening afternoon night
week weekend month year earlier later last this`.split(/\s+/)
);
var TIME_UNITS = /* @__PURE__ */ new Set([
  "week",
  "month",
  "year",
  "morning",
  "afternoon",
  "evening",
  "night",
  "weekend",
  "spring",
  "summer",
  "fall",
  "autumn",
  "winter"
]);
var SOURCE_NOUNS = new Set(
  `source sources official officials aide aides adviser advisers advisors analyst analysts expert experts diplomat
diplomats lawmaker lawmakers people person critics critic observers residents witnesses officers authorities
insiders negotiators protesters voters supporters opponents democrats republicans staffers staff spokespeople
investigators prosecutors police researchers economists strategists insider member members leaders reporters
polls poll documents records reports report statement statements data survey surveys study`.split(/\s+/)
);
var NP_MAX_WORDS = 9;
var isWord = (t) => t !== void 0 && t.kind === "word";
var isCueWord = (tokens, i) => matchCue(tokens, i) !== void 0;
var isAbbrevDot = (tokens, i) => {
  const prev = tokens[i - 1];
  return tokens[i]?.text === "." && isWord(prev) && (ABBREVIATIONS.has(prev.lower) || prev.text.length === 1 && isUpperStart(prev.text));
};
function collectLeft(tokens, e, lo) {
  const last = tokens[e];
  if (!isWord(last) || BOUNDARY.has(last.lower) || NOT_NP_END.has(last.lower) || isCueWord(tokens, e)) return void 0;
  let s = e;
  let words2 = 1;
  while (s - 1 >= lo && words2 < NP_MAX_WORDS) {
    const t = tokens[s - 1];
    const titled = isUpperStart(t.text) && isTitle(tokens[s].lower);
    const inName = t.lower === "and" && isUpperStart(tokens[s].text) && isUpperStart(tokens[s - 2]?.text ?? "");
    if (isWord(t) && !isCueWord(tokens, s - 1) && (!BOUNDARY.has(t.lower) || titled || inName || t.lower === "with" && tokens[s - 2]?.lower === "familiar")) {
      s--;
      words2++;
    } else if (isAbbrevDot(tokens, s - 1)) s--;
    else break;
  }
  return [s, e + 1];
}
var RIGHT_NP_START = /* @__PURE__ */ new Set([
  ...ARTICLES,
  ...QUANTIFIERS,
  ...POSSESSIVES,
  ...["he", "she", "they", "him", "them", "we", "i", "it", "former", "senior"]
]);
function collectRight(tokens, s) {
  const first = tokens[s];
  if (!isWord(first)) return void 0;
  const plausible = (t) => isWord(t) && (isUpperStart(t.text) || RIGHT_NP_START.has(t.lower) || SOURCE_NOUNS.has(t.lower) || isTitle(t.lower));
  if (!plausible(first) && ![1, 2, 3].some((k) => isWord(tokens[s + k]) && isUpperStart(tokens[s + k].text) && tokens.slice(s, s + k).every(isWord)))
    return void 0;
  let e = s;
  let words2 = 0;
  while (e < tokens.length && words2 < NP_MAX_WORDS) {
    const t = tokens[e];
    if (isWord(t) && !BOUNDARY.has(t.lower) && !isCueWord(tokens, e) && !(words2 > 0 && TIME_WORDS.has(t.lower))) {
      if (words2 === 0 && TIME_WORDS.has(t.lower)) break;
      e++;
      words2++;
    } else if (isAbbrevDot(tokens, e) && words2 > 0) e++;
    else break;
  }
  return e > s ? [s, e] : void 0;
}
var looksLikeName = (tokens, [s, e]) => e - s <= 5 && tokens.slice(s, e).every((t) => isWord(t) && isUpperStart(t.text) && !isOrgWord(t.lower) || t.text === ".");
function pronounAlone(tokens, np) {
  if (!np || np[1] - np[0] < 2 || !SUBJECT_PRONOUN.has(tokens[np[0]].lower)) return np;
  return tokens.slice(np[0] + 1, np[1]).every((t) => isWord(t) && !isUpperStart(t.text)) ? [np[0], np[0] + 1] : np;
}
var SUBJECT_PRONOUN = /* @__PURE__ */ new Set(["he", "she", "they", "we", "i", "it"]);
function sourceBefore(tokens, k, lo) {
  let j = k - 1;
  while (j >= lo) {
    const t = tokens[j];
    if (isWord(t) && !isUpperStart(t.text) && (ADVERBS.has(t.lower) || t.lower.endsWith("ly") && t.lower.length > 4)) j--;
    else if (isWord(t) && TIME_WORDS.has(t.lower) && tokens[j - 1]?.lower === "on") j -= 2;
    else if (isWord(t) && TIME_UNITS.has(t.lower) && /^(this|last|next|that|each|every|earlier|later)$/.test(tokens[j - 1]?.lower ?? ""))
      j -= 2;
    else break;
  }
  if (j < lo) return void 0;
  if (tokens[j]?.lower === "who" && tokens[j - 1]?.text === "," && j - 2 >= lo) return collectLeft(tokens, j - 2, lo);
  if (tokens[j]?.text !== ",") return pronounAlone(tokens, collectLeft(tokens, j, lo));
  let m = j - 1;
  while (m >= lo && (tokens[m].kind === "word" || tokens[m].text === ".")) m--;
  if (m < lo || tokens[m]?.text !== "," || m === j - 1) return void 0;
  const inner = [m + 1, j];
  const outer = collectLeft(tokens, m - 1, lo);
  if (looksLikeName(tokens, inner) && (!outer || !looksLikeName(tokens, outer))) return inner;
  return outer;
}
var DASHES = /* @__PURE__ */ new Set(["-", "\u2013", "\u2014", "\u2015", "\u2012"]);
function dashAttribution(tokens) {
  const dash = tokens[0];
  if (!dash || !DASHES.has(dash.text)) return void 0;
  let end = tokens.findIndex((t, k) => k > 0 && t.text === ",");
  if (end < 0) end = tokens.length;
  while (end > 1 && tokens[end - 1].kind === "punct" && !isAbbrevDot(tokens, end - 1)) end--;
  if (end < 2 || !looksLikeName(tokens, [1, end])) return void 0;
  return { np: [1, end], cue: { index: 0, length: 1, text: dash.text, sourceAfter: true, start: dash.start, end: dash.end }, tokens };
}
var LEAD_PUNCT = /* @__PURE__ */ new Set([",", ...DASHES, ":", "(", ...STRAIGHT_MARKS, ...CLOSING_SHAPED_MARKS]);
function attributionAfter(tokens) {
  const dashed = dashAttribution(tokens);
  if (dashed) return dashed;
  let i = 0;
  while (i < tokens.length && tokens[i].kind === "punct" && LEAD_PUNCT.has(tokens[i].text)) i++;
  const first = tokens[i];
  if (isWord(first) && /^(reads|read|continued|continues)$/.test(first.lower)) {
    const np = collectRight(tokens, i + 1);
    const cue = { index: i, length: 1, text: first.text, sourceAfter: true, start: first.start, end: first.end };
    const where = np && /^(on|in|at|from|by)$/.test(tokens[np[1]]?.lower ?? "") ? collectRight(tokens, np[1] + 1) : void 0;
    if (np) return { np: where ? [np[0], where[1]] : np, cue, tokens };
  }
  for (let k = i; k < tokens.length && k < i + NP_MAX_WORDS + 5; k++) {
    const t = tokens[k];
    if (t.kind === "quote") return void 0;
    const cue = matchCue(tokens, k);
    if (!cue) continue;
    if (cue.sourceAfter || k === i) {
      const np2 = collectRight(tokens, k + cue.length);
      return np2 ? { np: np2, cue, tokens } : void 0;
    }
    const np = sourceBefore(tokens, k, i);
    if (np && (np[0] === i || describedBefore(tokens, i, np[0]))) return { np, cue, tokens };
    return appositiveAttribution(tokens, i);
  }
  return appositiveAttribution(tokens, i);
}
function describedBefore(tokens, from, nameAt) {
  if (tokens[nameAt - 1]?.text !== "," || nameAt - 1 - from < 2 || nameAt - 1 - from > 6 || tokens[from]?.lower !== "the") return false;
  return tokens.slice(from, nameAt - 1).every((t) => isWord(t) && !BOUNDARY.has(t.lower));
}
function appositiveAttribution(tokens, i) {
  let c = i;
  while (c < tokens.length && c < i + 6 && (isWord(tokens[c]) || isAbbrevDot(tokens, c))) c++;
  if (c === i || tokens[c]?.text !== "," || !looksLikeName(tokens, [i, c])) return void 0;
  for (let k = c + 2; k < tokens.length && k < c + 40; k++) {
    const t = tokens[k];
    if (t.kind === "quote" || /^[.!?;]$/.test(t.text) && !isAbbrevDot(tokens, k)) return void 0;
    if (tokens[k - 1]?.text !== ",") continue;
    let v = k;
    while (isWord(tokens[v]) && ADVERBS.has(tokens[v].lower)) v++;
    const cue = matchCue(tokens, v);
    if (cue && !cue.sourceAfter) return { np: [i, c], cue, tokens };
  }
  return void 0;
}
function attributionAtSentenceEnd(tokens) {
  let afterQuote = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (tokens[k].kind === "quote") {
      afterQuote = k + 1;
      break;
    }
  }
  const commas = [];
  for (let k = afterQuote; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === "," || DASHES.has(t.text) && t.text !== "-") commas.push(k);
  }
  if (commas.length === 0) return void 0;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].kind === "punct") end--;
  for (let c = 0; c < commas.length; c++) {
    const comma = commas[c];
    if (comma >= end) break;
    if (c < commas.length - 1 && !matchCue(tokens, comma + 1)) continue;
    const clause = tokens.slice(comma + 1, end);
    const found = attributionAfter(clause);
    if (!found) continue;
    const consumed = Math.max(found.np[1], found.cue.index + found.cue.length);
    const next = commas[c + 1];
    if (next !== void 0 && next < end) {
      if (consumed === next - comma - 1) return { ...found, tokens: clause };
      continue;
    }
    if (consumed >= clause.length - 4) return found;
  }
  return void 0;
}
function sharesSubject(tokens, k, participle) {
  let j = k - 1;
  while (isWord(tokens[j]) && ADVERBS.has(tokens[j].lower)) j--;
  const before = tokens[j];
  return participle && before?.text === "," || !participle && before?.lower === "and" && j > 2;
}
function attributionBefore(tokens) {
  const cues = [];
  for (let k = 0; k < tokens.length; k++) {
    const cue = matchCue(tokens, k);
    if (cue) cues.push(cue);
  }
  const colon = tokens[tokens.length - 1];
  if (colon?.text === ":" && (cues.length === 0 || cues[cues.length - 1].index < tokens.length - 8)) {
    const np = collectLeft(tokens, tokens.length - 2, 0);
    if (np && np[0] === 0 && looksLikeName(tokens, np)) {
      return {
        np,
        cue: { index: tokens.length - 1, length: 1, text: ":", sourceAfter: false, start: colon.start, end: colon.end },
        tokens
      };
    }
  }
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c];
    const quoted2 = /^quot(ed|es|ing)$/i.test(cue.text) ? collectRight(tokens, cue.index + cue.length) : void 0;
    if (quoted2 && tokens[quoted2[1]]?.lower === "as" && /^(saying|telling|writing)$/.test(tokens[quoted2[1] + 1]?.lower ?? ""))
      return { np: quoted2, cue, tokens };
    const participle = cue.text.split(" ")[0]?.toLowerCase().endsWith("ing") ?? false;
    if (participle && tokens[cue.index - 1]?.text === "," && c > 0) continue;
    const shared = sharesSubject(tokens, cue.index, participle);
    if (shared) {
      const subject = clauseSubject(tokens, cue.index - 1);
      if (subject) return { np: subject, cue, tokens };
    }
    if (participle && tokens[cue.index - 1]?.kind === "word") {
      const np2 = sourceBefore(tokens, cue.index, 0);
      const head = np2 ? tokens[np2[0]] : void 0;
      const subject = clauseSubject(tokens, cue.index - 1);
      if (head && /^\p{Ll}+ed$/u.test(head.text) && subject && isUpperStart(tokens[subject[0]].text))
        return { np: subject, cue, tokens };
    }
    const inverted = participle ? void 0 : collectRight(tokens, cue.index + cue.length);
    const np = cue.sourceAfter ? collectRight(tokens, cue.index + cue.length) : sourceBefore(tokens, cue.index, 0) ?? inverted;
    if (np) return { np, cue, tokens };
  }
  return void 0;
}
var hasCue = (tokens) => tokens.some((_, k) => matchCue(tokens, k) !== void 0);

// src/quotes/attribution-weights.json
var attribution_weights_default = {
  about: "Weights of the pronoun/description ranker (src/quotes/rank.ts), written by `npm run train:attribution` from PolNeAR train. Do not edit by hand.",
  seed: 13,
  epochs: 40,
  examples: 988,
  trainAccuracy: 0.834,
  nearestPersonAccuracy: 0.5739,
  weights: {
    bias: -3e-4,
    nearest: -2.4468,
    recencyRank: 3.9217,
    logDistance: -5.3028,
    genderAgrees: 0.6263,
    genderClashes: -0.2852,
    salience: 0.4226,
    subject: -0.1683,
    lastSubject: 1.1584,
    latestSubject: 1.4215,
    previousSpeaker: 0.0127,
    earlierSpeaker: 0.6446,
    sameParagraph: 0.1172,
    articleMentions: -0.3144,
    firstPerson: -1.3277
  }
};

// src/quotes/rank.ts
var LOOKBACK = 2500;
var SALIENCE = 1200;
var FEATURES = [
  "bias",
  "nearest",
  "recencyRank",
  "logDistance",
  "genderAgrees",
  "genderClashes",
  "salience",
  "subject",
  "lastSubject",
  "latestSubject",
  "previousSpeaker",
  "earlierSpeaker",
  "sameParagraph",
  "articleMentions",
  "firstPerson"
];
var WEIGHTS = FEATURES.map((f) => attribution_weights_default.weights[f] ?? 0);
var VERB_AFTER = /^ (?:[a-z]+ly )?(?:[a-z]{2,}ed|[a-z]{3,}s|told|said|spoke|wrote|went|took|made|gave|met|sent|won|ran|is|was|has|had|will|would|can|could)\b/;
var EMBEDDING = /\b(?:that|where|whether|if|because|which|when|why|how) (?:\p{Lu}[\p{L}.]* ){0,2}$/u;
var SAID_BEFORE = /\b(?:said|says|say|told|tells|argued|argues|added|adds|noted|notes|believes|believed|thinks|thought|claimed|claims|insisted|insists|wrote|writes) (?:[\p{Ll}\d-]+ ){0,2}$/u;
var PLACE_AFTER = /^ of (?:\p{Lu}[\p{L}.]* ){1,3}/u;
var LEAD_IN_PHRASE = /^(?:In|On|At|After|During|Before|Since|Speaking|Asked|Earlier|Later|Outside|Inside|Following|Despite|Throughout|Over)\b[^,;:]*$/;
var isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c > 191;
function wordStart(text, k) {
  let s = k;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c) || c >= 48 && c <= 57 || c === 46 || c === 45) s--;
    else break;
  }
  return s;
}
function beforeTitlesOrDescription(text, k) {
  let s = wordStart(text, k);
  const word = text.slice(s, k + 1);
  const skip = (to) => {
    let j = to - 1;
    while (j >= 0 && text[j] === " ") j--;
    return j;
  };
  if (/^\p{Lu}/u.test(word)) {
    if (!isTitle(word.toLowerCase().replace(/\.$/, ""))) return k;
    for (let n2 = 0; n2 < 3; n2++) {
      const j = skip(s);
      if (j < 0 || !isLetter(text.charCodeAt(j))) return j;
      const ws = wordStart(text, j);
      if (!/^\p{Lu}/u.test(text.slice(ws, j + 1))) return j;
      s = ws;
    }
    return skip(s);
  }
  let e = k;
  for (let n2 = 0; n2 < 4; n2++) {
    const w = text.slice(s, e + 1);
    if (w === "the" || w === "a" || w === "an") return skip(s);
    if (!/^[\p{Ll}\d]/u.test(w)) return k;
    const j = skip(s);
    if (j < 0 || !isLetter(text.charCodeAt(j))) return k;
    e = j;
    s = wordStart(text, j);
  }
  return k;
}
var cachedText = "";
var cachedOpens = /* @__PURE__ */ new Map();
function opensSentence(text, start, end = start) {
  if (text !== cachedText) {
    cachedText = text;
    cachedOpens.clear();
  }
  const key = start * 4096 + (end - start);
  let v = cachedOpens.get(key);
  if (v === void 0) {
    v = computeOpensSentence(text, start, end);
    cachedOpens.set(key, v);
  }
  return v;
}
function computeOpensSentence(text, start, end) {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/^['’](?:s\b|\s)/.test(text.slice(end, end + 3)) || /['’]s$/.test(text.slice(end - 2, end)) || EMBEDDING.test(before)) return false;
  if (end > start) {
    const after = text.slice(end, end + 40);
    if (VERB_AFTER.test(after)) return !SAID_BEFORE.test(before);
    const place = after.startsWith(" of ") ? PLACE_AFTER.exec(after) : null;
    if (place && VERB_AFTER.test(after.slice(place[0].length - 1))) return true;
    if (after[0] === "," && before.endsWith(", ") && VERB_AFTER.test(after.slice(1))) return true;
    if (before.endsWith(" by ") && /^[.!?](?:\s|$)/.test(after)) return true;
  }
  let k = start - 1;
  while (k >= 0 && text[k] === " ") k--;
  if (k > 0 && isLetter(text.charCodeAt(k))) k = beforeTitlesOrDescription(text, k);
  if (text[k] === ",") {
    const from = Math.max(text.lastIndexOf("\n", k), text.lastIndexOf(". ", k) + 1, 0);
    if (k - from < 90) {
      const leadIn = text.slice(from, k).trim();
      if (LEAD_IN_PHRASE.test(leadIn) && leadIn.split(/\s+/).length <= 10) return true;
    }
  }
  const lead = /(?:^|[\s])(But|And|So|Yet|Then|Now|Still|Meanwhile|but|and|while|whereas)$/.exec(text.slice(Math.max(0, k - 10), k + 1));
  if (lead) {
    k -= lead[1]?.length ?? 0;
    while (k >= 0 && text[k] === " ") k--;
  }
  const c = text[k];
  if (lead && (c === "," || c === ";")) return true;
  return k < 0 || c === "\n" || c === "." || c === "!" || c === "?" || c === ":" || c === "\u2022" || c === "\u201D" || c === '"';
}
function candidatesAt(ctx, at, gender, speakers) {
  const mentions = ctx.people.mentionsBetween(Math.max(0, at - LOOKBACK), at);
  if (mentions.length === 0) return [];
  const paraStart = ctx.text.lastIndexOf("\n", at) + 1;
  const byPerson = /* @__PURE__ */ new Map();
  let latestSubject;
  for (const m of mentions) {
    const subject = opensSentence(ctx.text, m.start, m.end);
    if (subject) latestSubject = m.person;
    const e = byPerson.get(m.person) ?? { last: 0, count: 0, subject: false, lastIsSubject: false, inPara: false };
    e.last = m.start;
    if (m.start >= at - SALIENCE) e.count++;
    e.subject ||= subject;
    e.lastIsSubject = subject;
    e.inPara ||= m.start >= paraStart;
    byPerson.set(m.person, e);
  }
  const all = ctx.people.mentionsBetween(0, at);
  const first = all[0]?.person;
  const total = /* @__PURE__ */ new Map();
  for (const m of all) total.set(m.person, (total.get(m.person) ?? 0) + 1);
  const order = [...byPerson.entries()].sort((a, b) => b[1].last - a[1].last);
  const previous = speakers[speakers.length - 1]?.key;
  const keyOf = (p) => ctx.people.speakerOf(p).key;
  const earlier = /* @__PURE__ */ new Map();
  for (const s of speakers) earlier.set(s.key, (earlier.get(s.key) ?? 0) + 1);
  const people2 = order.filter(([person]) => {
    person.organisation ??= namedLikeCompany(ctx.text, ctx.people.speakerOf(person).name.split(" "));
    return !person.organisation;
  });
  return people2.map(([person, e], rank2) => {
    const key = keyOf(person);
    const agrees = gender !== void 0 && person.gender === gender ? 1 : 0;
    const clashes = gender !== void 0 && person.gender !== void 0 && person.gender !== gender ? 1 : 0;
    const features = [
      1,
      rank2 === 0 ? 1 : 0,
      1 / (1 + rank2),
      Math.log1p(Math.max(0, at - e.last)) / 8,
      agrees,
      clashes,
      Math.log1p(e.count),
      e.subject ? 1 : 0,
      e.lastIsSubject ? 1 : 0,
      person === latestSubject ? 1 : 0,
      previous === key ? 1 : 0,
      Math.log1p(earlier.get(key) ?? 0),
      e.inPara ? 1 : 0,
      Math.log1p(total.get(person) ?? 0) / 2,
      person === first ? 1 : 0
    ];
    return { person, features };
  });
}
var score = (features, weights = WEIGHTS) => features.reduce((sum, x, k) => sum + x * (weights[k] ?? 0), 0);
var SUBJECT_REACH = 400;
function rankPeople(ctx, at, gender, speakers) {
  let best;
  let bestScore = -Infinity;
  const candidates2 = candidatesAt(ctx, at, gender, speakers);
  const clash = FEATURES.indexOf("genderClashes");
  const held = ctx.lastSpoken;
  if (held && held.at <= at && at - held.at <= SUBJECT_REACH && held.speaker.kind === "person") {
    const since = ctx.people.mentionsBetween(held.at + 1, at);
    const p = ctx.people.find(held.speaker.name.split(" "), at);
    if (p && since.every((m) => m.person === p) && !(gender && p.gender && p.gender !== gender)) return p;
  }
  for (const m of ctx.people.mentionsBetween(Math.max(0, at - SUBJECT_REACH), at).reverse()) {
    if (!opensSentence(ctx.text, m.start, m.end) && !ctx.spokenAt?.has(m.start)) continue;
    const c = candidates2.find((x) => x.person === m.person);
    if (c && c.features[clash] !== 1) return c.person;
    break;
  }
  for (const c of candidates2) {
    if (c.features[clash] === 1) continue;
    const s = score(c.features);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best?.person;
}

// src/quotes/resolve.ts
var INDEFINITE = /* @__PURE__ */ new Set([
  "a",
  "an",
  ...QUANTIFIERS,
  ...["four", "five", "few", "other", "others", "multiple", "numerous", "unnamed", "anonymous"]
]);
var PRONOUNS = /* @__PURE__ */ new Set(["he", "him", "she", "her", "they", "them", "we", "i", "it", "you"]);
var unnamed = (description) => {
  const name = description.replace(/^(A|An|The|Another|Some|One)\b/, (w) => w.toLowerCase());
  return { name, key: foldName(name), kind: "unnamed" };
};
function describedName(ctx, words2) {
  const det = words2[0]?.lower;
  if (det !== "a" && det !== "an" && det !== "the") return void 0;
  const runs = capitalisedRuns(words2);
  const lastRun = runs[runs.length - 1];
  if (!lastRun || lastRun[1] !== words2.length || lastRun[0] < 2) return void 0;
  if (words2.slice(1, lastRun[0]).some((t) => !isWord(t) || isUpperStart(t.text) || ["of", "for", "to", "at", "in", "from"].includes(t.lower)))
    return void 0;
  const parsed = parseNameRun(words2, lastRun[0], lastRun[1]);
  return parsed ? ctx.people.find(
    parsed.name.map((t) => t.text),
    words2[0].start
  ) : void 0;
}
var GENERIC_BODIES = /* @__PURE__ */ new Set([
  "group",
  "organisation",
  "organization",
  "union",
  "coalition",
  "alliance",
  "association",
  "network",
  "company",
  "firm",
  "agency",
  "front",
  "movement",
  "charity",
  "foundation"
]);
var DOCUMENTS = new Set(
  `statement letter tweet tweets post memo op-ed email message speech remarks testimony affidavit filing brief blog
website column essay book manuscript`.split(/\s+/)
);
function documentOwner(words2) {
  const last = words2[words2.length - 1];
  if (words2.length < 2 || words2.length > 5 || !last || !DOCUMENTS.has(last.lower)) return void 0;
  const head = words2[0];
  if (words2.length === 2 && (head.lower === "his" || head.lower === "her")) return "pronoun";
  const owner = words2.findIndex((t) => hasPossessiveS(t.text));
  if (owner < 0 || owner !== words2.length - 2) return void 0;
  return words2.slice(0, owner + 1).every((t) => isWord(t) && isUpperStart(t.text)) ? owner + 1 : void 0;
}
function bodySubject(tokens, at) {
  const s = clauseStart(tokens.slice(0, at));
  const first = tokens[s];
  if (!first || !isWord(first) || !(first.lower === "the" || isUpperStart(first.text)) || PRONOUNS.has(first.lower)) return void 0;
  for (let e = s + 1; e < at && e - s <= 6; e++) {
    const t = tokens[e - 1];
    if (!isWord(t) || BODY_STOP.has(t.lower)) break;
    if (isOrganisationPhrase(tokens.slice(s, e))) return [s, e];
  }
  return void 0;
}
var BODY_STOP = /* @__PURE__ */ new Set([
  "in",
  "on",
  "at",
  "of",
  "for",
  "to",
  "that",
  "which",
  "who",
  "and",
  "but",
  "has",
  "had",
  "is",
  "was",
  "will",
  "would",
  "said"
]);
function resolveSource(ctx, found, previous) {
  const { tokens, np, cue } = found;
  const words2 = tokens.slice(np[0], np[1]);
  const first = words2[0];
  const last = words2[words2.length - 1];
  const mention = { text: ctx.text.slice(first.start, last.end), start: first.start, end: last.end };
  const base = { mention, cue: cue.text };
  const w = words2.filter(isWord);
  if (w.length === 1 && PRONOUNS.has(first.lower)) {
    const gender = first.lower === "he" || first.lower === "him" ? "m" : first.lower === "she" || first.lower === "her" ? "f" : void 0;
    if (gender) {
      const p = ctx.model === false ? ctx.people.nearestBefore(first.start, gender) : rankPeople(ctx, first.start, gender, ctx.spoken);
      return p ? { ...base, speaker: ctx.people.speakerOf(p) } : base;
    }
    if ((first.lower === "it" || first.lower === "they") && np[0] > 0) {
      const subject = bodySubject(tokens, np[0]);
      if (subject) {
        const a = resolveSource(ctx, { ...found, np: subject }, previous);
        if (a.speaker && a.speaker.kind !== "person") return { ...base, speaker: a.speaker };
      }
    }
    if (["they", "them", "we", "it"].includes(first.lower) && (previous?.kind === "unnamed" || previous?.kind === "organisation"))
      return { ...base, speaker: previous };
    return base;
  }
  const owned = documentOwner(words2);
  if (owned === "pronoun") {
    const gender = first.lower === "his" ? "m" : first.lower === "her" ? "f" : void 0;
    const p = gender ? ctx.model === false ? ctx.people.nearestBefore(first.start, gender) : rankPeople(ctx, first.start, gender, ctx.spoken) : void 0;
    if (p) return { ...base, speaker: ctx.people.speakerOf(p) };
  } else if (owned !== void 0) {
    const a = resolveSource(ctx, { ...found, np: [np[0], np[0] + owned] }, previous);
    if (a.speaker?.kind === "person") return { ...base, speaker: a.speaker };
  }
  if (first.lower === "the" && w.length === 2 && GENERIC_BODIES.has(last.lower)) {
    const body = [...ctx.spoken].reverse().find((s) => s.kind !== "person" && /^(?:the )?\p{Lu}/u.test(s.name));
    if (body) return { ...base, speaker: body };
  }
  const described = describedName(ctx, words2);
  if (described) return { ...base, speaker: ctx.people.speakerOf(described) };
  if (INDEFINITE.has(first.lower)) return { ...base, speaker: unnamed(mention.text) };
  const prep = words2.findIndex((t) => t.lower === "of" || t.lower === "from" || t.lower === "at" || t.lower === "in");
  const allRuns = capitalisedRuns(words2);
  const runs = prep > 0 ? [...allRuns.filter(([, e]) => e > prep), ...allRuns.filter(([, e]) => e <= prep)] : allRuns;
  for (let r = runs.length - 1; r >= 0; r--) {
    const [runStart, e] = runs[r];
    let s = runStart;
    for (let k = runStart; k < e - 1; k++) if (hasPossessiveS(words2[k].text)) s = k + 1;
    const lastRunWord = words2[e - 1];
    if (hasPossessiveS(lastRunWord.text) && e < words2.length) continue;
    const after = words2[e];
    if (isWord(after) && !isUpperStart(after.text) && !/^(of|from|at|in|for)$/.test(after.lower)) continue;
    const solo = e - s === 1 ? withoutPossessiveS(words2[s].text) : void 0;
    const known1 = solo && MONTH_SURNAMES.has(solo.toLowerCase()) ? ctx.people.find([solo], first.start) : void 0;
    if (known1) return { ...base, speaker: ctx.people.speakerOf(known1) };
    const parsed = parseNameRun(words2, s, e);
    if (!parsed) continue;
    const nameWords = parsed.name.map((t, k) => k === parsed.name.length - 1 ? withoutPossessiveS(t.text) : t.text);
    const known = ctx.people.find(nameWords, first.start);
    if ((!known || known.organisation !== false) && namedLikeCompany(ctx.text, nameWords))
      return { ...base, speaker: organisation(nameWords.join(" ")) };
    if (known) known.organisation = false;
    if (!known && first.lower === "the" && !(s > 0 && hasPossessiveS(words2[s - 1].text))) continue;
    const p = known ?? ctx.people.add(nameWords, parsed.name[0].start, lastRunWord.end, parsed.roles);
    return { ...base, speaker: ctx.people.speakerOf(p) };
  }
  const head = w.findIndex(
    (t) => t.lower === "to" || t.lower === "of" || t.lower === "for" || t.lower === "familiar" || t.lower === "close"
  );
  const headWord = head > 0 ? w[head - 1] : last;
  if (SOURCE_NOUNS.has(headWord.lower) && first.lower !== "the") return { ...base, speaker: unnamed(mention.text) };
  if (isOrganisationPhrase(words2)) return { ...base, speaker: organisation(mention.text) };
  const roleWords = w.map((t) => withoutPossessiveS(t.lower)).flatMap((x) => x.includes("-") ? [x, ...x.split("-")] : [x]).filter((x) => x !== "the");
  if (first.lower === "the" || hasPossessiveS(first.text)) {
    const p = ctx.people.byRole(roleWords, first.start);
    if (p) return { ...base, speaker: ctx.people.speakerOf(p) };
    if (first.lower === "the" && ctx.model !== false && isPersonHead(headWord.lower)) {
      const salient = rankPeople(ctx, first.start, void 0, ctx.spoken);
      if (salient) return { ...base, speaker: ctx.people.speakerOf(salient) };
    }
  }
  return { ...base, speaker: unnamed(mention.text) };
}

// src/quotes/attribute.ts
function noteSpeaker(ctx, q) {
  if (!q.speaker) return;
  ctx.spoken.push(q.speaker);
  if (q.mention) (ctx.spokenAt ??= /* @__PURE__ */ new Set()).add(q.mention.start);
  if (q.mention) ctx.lastSpoken = { speaker: q.speaker, at: q.mention.start };
}
function isKnownPerson(ctx, words2, at) {
  for (let k = 0; k < words2.length; k++) {
    const p = ctx.people.find(words2.slice(k), at);
    if (p) return p.organisation !== true && !namedLikeCompany(ctx.text, words2.slice(k));
  }
  return false;
}
var WINDOW = 600;
function ownAttribution(ctx, q, nextStart) {
  const { masked, paragraphs } = ctx;
  const para = paragraphs[q.paragraph];
  const endPara = paragraphAt(paragraphs, q.end - 1);
  const postLimit = Math.min(nextStart, endPara.end, q.end + WINDOW);
  const postTokens = windowTokens(ctx, q.end, sentenceEnd(masked, q.end, postLimit));
  const post = attributionAfter(postTokens);
  if (post && !/^according to$/i.test(post.cue.text)) return post;
  const from = sentenceStart(ctx, q.start, Math.max(para.start, q.start - WINDOW));
  const preTokens = windowTokens(ctx, from, q.start);
  const pre = attributionBefore(preTokens);
  if (post && !(pre && pre.cue.index + pre.cue.length >= preTokens.length - 2 && pre.np[0] < pre.cue.index)) return post;
  if (pre) return pre;
  const tail = attributionAtSentenceEnd(postTokens);
  if (tail) return tail;
  const lead = q.kind === "full" ? colonLeadIn(preTokens) : void 0;
  if (lead) return lead;
  const prevPara = paragraphs[q.paragraph - 1];
  if (from === para.start && q.start === para.start && prevPara && ctx.text[prevPara.end - 1] === ":") {
    const leadIn = sentenceStart(ctx, prevPara.end, Math.max(prevPara.start, prevPara.end - WINDOW));
    return attributionBefore(windowTokens(ctx, leadIn, prevPara.end));
  }
  return void 0;
}
function headlineAttribution(ctx) {
  const head = ctx.paragraphs[0];
  const stand = ctx.paragraphs[1];
  if (!head || !stand) return void 0;
  const found = reportedSpeech(windowTokens(ctx, stand.start, sentenceEnd(ctx.masked, stand.start, stand.end)));
  if (!found) return void 0;
  const names = found.tokens.slice(found.np[0], found.np[1]).filter((t) => t.kind === "word" && /^\p{Lu}/u.test(t.text));
  const headline = ctx.text.slice(head.start, head.end);
  return names.some((t) => t.text.length > 2 && headline.includes(t.text)) ? found : void 0;
}
var CONTINUATION_GAP = 4;
function continuesAfterGap(ctx, q, last, lastPara) {
  if (!last?.speaker || last.speaker.kind !== "person" || q.kind !== "full") return false;
  if (q.paragraph - lastPara > CONTINUATION_GAP || q.start !== ctx.paragraphs[q.paragraph].start) return false;
  const key = last.speaker.key;
  const from = ctx.paragraphs[lastPara + 1].start;
  const others = ctx.people.mentionsBetween(from, q.start).filter((m) => ctx.people.speakerOf(m.person).key !== key);
  return others.length === 0 && !hasCue(windowTokens(ctx, from, q.start));
}
function attributeQuotes(ctx, quotes) {
  attributeInOrder(ctx, quotes);
  shareSentenceEndAttribution(ctx, quotes);
  echoSubheads(ctx, quotes);
}
var words = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
function echoSubheads(ctx, quotes) {
  for (let n2 = 0; n2 < quotes.length; n2++) {
    const q = quotes[n2];
    const para = ctx.paragraphs[q.paragraph];
    if (q.speaker || q.start !== para.start || ctx.text.slice(q.end, para.end).trim() !== "") continue;
    const echo = words(q.text);
    if (echo.length < 8) continue;
    for (let k = n2 + 1; k < quotes.length; k++) {
      const r = quotes[k];
      if (r.paragraph > q.paragraph + CONTINUATION_GAP) break;
      if (!r.speaker || !words(r.text).includes(echo)) continue;
      if (r.mention) q.mention = { ...r.mention };
      if (r.cue) q.cue = r.cue;
      q.speaker = { ...r.speaker };
      break;
    }
  }
}
function shareSentenceEndAttribution(ctx, quotes) {
  for (let n2 = quotes.length - 2; n2 >= 0; n2--) {
    const q = quotes[n2];
    const r = quotes[n2 + 1];
    if (q.speaker || q.kind !== "partial" || !r.speaker || !r.mention || r.mention.start < r.end || r.paragraph !== q.paragraph) continue;
    if (/[.!?;:]\s/.test(ctx.masked.slice(q.end, r.start))) continue;
    const sentenceEnd2 = /[.!?](?=\s|$)/.exec(ctx.masked.slice(r.end, r.mention.start));
    if (sentenceEnd2) continue;
    q.mention = { ...r.mention };
    if (r.cue) q.cue = r.cue;
    q.speaker = { ...r.speaker };
  }
}
function attributeInOrder(ctx, quotes) {
  let last;
  let lastCueEnd = -1;
  for (let n2 = 0; n2 < quotes.length; n2++) {
    const q = quotes[n2];
    const nextStart = quotes[n2 + 1]?.start ?? ctx.text.length;
    let found = tweetSignature(ctx, q) ?? ownAttribution(ctx, q, nextStart);
    const lastPara = last ? paragraphAt(ctx.paragraphs, last.end - 1).index : -2;
    const between = last && lastPara >= q.paragraph - 1 ? windowTokens(ctx, Math.max(last.end, q.start - WINDOW), q.start) : void 0;
    if (!found && between && q.kind === "full") found = attributionBefore(between);
    if (found) {
      lastCueEnd = found.cue.end;
      const a = resolveSource(ctx, found, last?.speaker);
      q.mention = a.mention;
      q.cue = a.cue;
      if (a.speaker) q.speaker = a.speaker;
      last = q;
      if (q.speaker) noteSpeaker(ctx, q);
      continue;
    }
    const sinceCue = (b) => lastCueEnd > (last?.end ?? 0) ? windowTokens(ctx, Math.min(lastCueEnd, q.start), q.start) : b;
    const carry = last !== void 0 && between !== void 0 && (q.kind === "full" || lastPara === q.paragraph && !hasCue(sinceCue(between))) || continuesAfterGap(ctx, q, last, lastPara);
    if (carry && last) {
      if (last.mention) q.mention = { ...last.mention };
      if (last.cue) q.cue = last.cue;
      if (last.speaker) q.speaker = { ...last.speaker };
      last = q;
      if (q.speaker) noteSpeaker(ctx, q);
      continue;
    }
    const para = ctx.paragraphs[q.paragraph];
    const sentence = windowTokens(ctx, sentenceStart(ctx, q.start, Math.max(para.start, q.start - WINDOW)), q.start);
    let afterTokens;
    const after = () => afterTokens ??= windowTokens(ctx, q.end, sentenceEnd(ctx.masked, q.end, para.end));
    const reported = reportedSpeech(sentence) ?? (q.kind === "partial" ? passiveAgent(sentence, after()) ?? participleLeadIn(sentence, after()) : void 0) ?? possessiveSpeech(sentence) ?? (q.kind === "partial" && /^ \p{Ll}/u.test(ctx.text.slice(q.end, q.end + 2)) ? possessorBefore(sentence, (words2, at) => isKnownPerson(ctx, words2, at)) : void 0) ?? (q.paragraph === 0 ? headlineAttribution(ctx) : void 0);
    if (reported) {
      const a = resolveSource(ctx, reported, last?.speaker);
      if (a.speaker) {
        q.mention = a.mention;
        q.cue = a.cue;
        q.speaker = a.speaker;
        last = q;
        if (q.speaker) noteSpeaker(ctx, q);
      }
    }
  }
}

// src/quotes/marks.ts
var SPACE = /* @__PURE__ */ new Set([
  " ",
  "	",
  "\n",
  "\r",
  "\xA0",
  "\u2009",
  "\u3000",
  "\u200B",
  "\u200E",
  "\u200F",
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\uFEFF"
]);
var OPENING_CONTEXT = /* @__PURE__ */ new Set(["(", "[", "{", "\u2014", "\u2013", "\u2015", "\u2012", "-", "/", ":", "\u2022", ...STRAIGHT_MARKS, ...OPENING_SHAPED_MARKS]);
var CLOSING_PUNCT = /* @__PURE__ */ new Set([
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  ")",
  "]",
  "}",
  "\u2014",
  "\u2015",
  "\u2012",
  "\u2013",
  "\u2026",
  "-",
  ...STRAIGHT_MARKS,
  ...CLOSING_SHAPED_MARKS
]);
var ELISIONS = /* @__PURE__ */ new Set(["em", "til", "cause", "tis", "twas", "bout", "round", "n", "ol", "nuff", "sup", "kay", "cuz"]);
var MARKS = new Set(PAIRED_MARKS);
var MARK_PATTERN = new RegExp(`[${PAIRED_MARKS}]`, "g");
var POSSESSIVE_LOOKAHEAD = 300;
var familyOf = markFamily;
var isApostrophe = (c) => c !== void 0 && APOSTROPHES.includes(c);
function isLeadingElision(text, i, end) {
  let j = i + 1;
  while (j < end && isWordChar(text[j])) j++;
  const word = text.slice(i + 1, j).toLowerCase();
  if (/^\d\d$/.test(word) || /^\d0s$/.test(word)) return true;
  return ELISIONS.has(word);
}
function looksPossessive(text, i, end) {
  const prev = text[i - 1];
  if (prev !== "s" && prev !== "S" && prev !== "z") return false;
  if (text[i + 1] !== " ") return false;
  const after = text[i + 2];
  if (after === void 0 || !isWordChar(after) || after !== after.toLowerCase()) return false;
  const limit = Math.min(end, i + POSSESSIVE_LOOKAHEAD);
  for (let j = i + 2; j < limit; j++) {
    const c = text[j];
    if (isApostrophe(c) && !isWordChar(text[j + 1]) && isWordChar(text[j - 1])) return true;
  }
  return false;
}
function findQuoteSpans(text, paragraphs) {
  const out = [];
  const marks = { positions: [], at: 0, skipTo: 0 };
  for (const m of text.matchAll(MARK_PATTERN)) marks.positions.push(m.index);
  let carried;
  for (const para of paragraphs) {
    if (!carried) {
      while (marks.at < marks.positions.length && marks.positions[marks.at] < para.start) marks.at++;
      const nextMark3 = marks.positions[marks.at];
      if (nextMark3 === void 0 || nextMark3 >= para.end) continue;
    }
    const stack = [];
    let from = para.start;
    if (carried) {
      const width = text.startsWith("''", para.start) ? 2 : 1;
      carried.contentFrom = para.start + width;
      stack.push(carried);
      from = para.start + width;
      carried = void 0;
    }
    scanParagraph(text, para, from, stack, out, marks);
    if (stack.length === 0) continue;
    const next = paragraphs[para.index + 1];
    const bottom = stack[0];
    const nextMark2 = next ? text.startsWith("''", next.start) ? '"' : text[next.start] : void 0;
    const continues = next !== void 0 && nextMark2 !== void 0 && bottom.family !== "single" && MARKS.has(nextMark2) && familyOf(nextMark2) === bottom.family && !CLOSING_SHAPED_MARKS.includes(nextMark2);
    if (continues) {
      bottom.parts.push([bottom.contentFrom, para.end]);
      carried = bottom;
      continue;
    }
    settleUnclosed(stack, para, out);
  }
  return out.sort((a, b) => a.start - b.start);
}
function settleUnclosed(stack, para, out) {
  for (const open of stack) {
    if (open.family !== "single" && open.paragraph === para.index && para.end - open.pos > 2) {
      out.push({ start: open.pos, end: para.end, parts: [[open.pos + 1, para.end]], paragraph: open.paragraph, closed: false });
      return;
    }
    if (open.parts.length > 0) {
      const parts = [...open.parts, [open.contentFrom, para.end]];
      out.push({ start: open.pos, end: para.end, parts, paragraph: open.paragraph, closed: false });
      return;
    }
    out.push(...open.children);
  }
}
function scanParagraph(text, para, from, stack, out, marks) {
  const end = para.end;
  const open = (family, mark, pos, width = 1) => {
    stack.push({ family, mark, pos, children: [], parts: [], paragraph: para.index, contentFrom: pos + width });
  };
  const indexOf = (family) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
    return -1;
  };
  const close = (k, pos, width = 1) => {
    const entry = stack[k];
    stack.length = k;
    const span = {
      start: entry.pos,
      end: pos + width,
      parts: [...entry.parts, [entry.contentFrom, pos]],
      paragraph: entry.paragraph,
      closed: true
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(span);
    else out.push(span);
  };
  while (marks.at < marks.positions.length && marks.positions[marks.at] < from) marks.at++;
  for (; marks.at < marks.positions.length; marks.at++) {
    const i = marks.positions[marks.at];
    if (i >= end) break;
    if (i < marks.skipTo) continue;
    let c = text[i];
    const width = c === "'" && text[i + 1] === "'" ? 2 : 1;
    if (width === 2) c = '"';
    const prev = i > para.start ? text[i - 1] : "";
    const next = i + width < end ? text[i + width] : "";
    const leftOpen = prev === "" || SPACE.has(prev) || OPENING_CONTEXT.has(prev);
    const rightSpace = next === "" || SPACE.has(next);
    const rightClosing = rightSpace || CLOSING_PUNCT.has(next);
    const family = familyOf(c);
    if (family === "double") {
      if (prev === "=" && stack.length === 0) {
        const closer = c === "\u201C" ? "\u201D" : c;
        for (let n2 = marks.at + 1; n2 < marks.positions.length && marks.positions[n2] < end; n2++) {
          const at = marks.positions[n2];
          if (text[at] === closer) {
            marks.skipTo = at + 1;
            break;
          }
        }
        continue;
      }
      const k2 = indexOf("double");
      const top = stack[k2];
      if (c === "\u201E") open("double", c, i);
      else if (c === "\u201C") {
        if (top && (top.mark === "\u201E" || !leftOpen && rightClosing)) close(k2, i);
        else open("double", c, i);
      } else if (c === "\u201D") {
        if (top && !(leftOpen && !rightClosing && top.mark === "\u201D")) close(k2, i);
        else if (leftOpen && !rightSpace) open("double", c, i);
      } else if (top) {
        if (top.mark !== '"' && leftOpen && !rightClosing) open("double", c, i, width);
        else close(k2, i, width);
      } else if (!(rightSpace && !leftOpen) && !(isWordChar(prev) && /\d/.test(prev))) open("double", c, i, width);
      marks.skipTo = i + width;
      continue;
    }
    if (family === "guillemet" || family === "angle") {
      const opener = c === "\xAB" || c === "\u2039";
      const k2 = indexOf(family);
      if (opener) open(family, c, i);
      else if (k2 >= 0) close(k2, i);
      continue;
    }
    if (isWordChar(prev) && isWordChar(next)) continue;
    if (leftOpen && isWordChar(next) && c !== "\u2018" && isLeadingElision(text, i, end)) {
      if (next === "n" && isApostrophe(text[i + 2])) marks.skipTo = i + 3;
      continue;
    }
    const k = indexOf("single");
    if (k >= 0 && !leftOpen && !isWordChar(next) && c !== "\u2018") {
      if (!looksPossessive(text, i, end)) close(k, i);
      continue;
    }
    if (leftOpen && !rightSpace && !CLOSING_PUNCT.has(next) && c !== "\u2019") open("single", c, i);
    else if (leftOpen && c === "\u2019" && isWordChar(next) && k < 0) open("single", c, i);
  }
}

// src/quotes/hover-cards.ts
var MORE = /(?<!\p{Lu}{2,} )\bMORE\b(?! \p{Lu}{2})/gu;
var CARD_REACH = 600;
var MAX_NAME_WORDS = 6;
function hoverCards(text) {
  if (!text.includes("MORE")) return [];
  const out = [];
  let floor = 0;
  MORE.lastIndex = 0;
  for (let m = MORE.exec(text); m !== null; m = MORE.exec(text)) {
    const end = m.index + m[0].length;
    const from = Math.max(floor, m.index - CARD_REACH, text.lastIndexOf("\n", m.index) + 1);
    const start = cardStart(text, from, m.index);
    if (start !== void 0) {
      out.push([start, end]);
      floor = end;
    }
  }
  return out;
}
function cardStart(text, from, to) {
  const words2 = [...text.slice(from, to).matchAll(/\S+/gu)].map((w) => ({ text: w[0], start: from + (w.index ?? 0) }));
  for (let k = 1; k < words2.length; k++) {
    const w = words2[k].text;
    for (const glue of w.matchAll(/\p{Ll}(?=\p{Lu})/gu)) {
      const prefix = w.slice(0, (glue.index ?? 0) + 1);
      if (prefix.length < 2) continue;
      for (let j = k - 1; j >= Math.max(0, k - 1 - MAX_NAME_WORDS); j--) {
        const earlier = words2[j];
        if (earlier.text !== prefix) continue;
        if (!words2.slice(j + 1, k).every((x) => /^\(?\p{Lu}/u.test(x.text))) break;
        const next = words2[j + 1];
        return next.start;
      }
    }
  }
  return void 0;
}

// src/quotes/mismatch.ts
var RUN_ON_CUE = /,\s+(?:he|she|they|(?:[A-Z][\p{L}'’.-]+\s+){0,3}[A-Z][\p{L}'’.-]+)\s+(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|explained|insisted|warned)\b/u;
var MIXED = /(^|[\s(—–])'([\p{L}\p{N}][^'"“”‘’\n]{2,300}?[\p{L}\p{N}.,!?])"(?=[\s.,;:!?)—–]|$)/gu;
function paragraphEnd(paragraphs, index2) {
  return paragraphs[index2].end;
}
function repairMismatches(text, paragraphs, spans) {
  const out = [];
  for (const s of spans) {
    const close = s.end - 1;
    if (s.closed && text[close] === '"' && text[s.start] === '"' && text[close - 1] === " " && isWordChar(text[s.end])) {
      const end = Math.min(paragraphEnd(paragraphs, s.paragraph), nextMark(text, s.end));
      if (end > s.end) {
        out.push({ start: close, end, parts: [[s.end, end]], paragraph: s.paragraph, closed: false });
        continue;
      }
    }
    if (!s.closed && s.parts.length === 1) {
      const [from, to] = s.parts[0];
      const m = RUN_ON_CUE.exec(text.slice(from, to));
      if (m && m.index > 0) {
        const end = from + m.index;
        out.push({ ...s, end, parts: [[from, end]] });
        continue;
      }
    }
    out.push(s);
  }
  for (const m of text.matchAll(MIXED)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = start + (m[2]?.length ?? 0) + 2;
    if (out.some((s) => s.start < end && start < s.end)) continue;
    const p = paragraphs.findIndex((x) => x.start <= start && start < x.end);
    if (p >= 0) out.push({ start, end, parts: [[start + 1, end - 1]], paragraph: p, closed: true });
  }
  return withoutOverlaps(out.sort((a, b) => a.start - b.start));
}
function withoutOverlaps(spans) {
  const out = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (s.end <= s.start || last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
function nextMark(text, from) {
  const k = text.indexOf('"', from);
  return k < 0 ? text.length : k + 1;
}

// src/quotes/paragraphs.ts
var isBlank = (c) => c === 32 || c === 9 || c === 13 || c === 160 || c === 12288;
function splitParagraphs(text) {
  const out = [];
  let i = 0;
  const n2 = text.length;
  while (i < n2) {
    while (i < n2 && (text.charCodeAt(i) === 10 || isBlank(text.charCodeAt(i)))) i++;
    if (i >= n2) break;
    let nl = text.indexOf("\n", i);
    if (nl < 0) nl = n2;
    let end = nl;
    while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
    out.push({ index: out.length, start: i, end });
    i = nl;
  }
  return out;
}

// src/quotes/extract.ts
var SENTENCE_LEAD = /* @__PURE__ */ new Set([":", ",", ".", "!", "?", ";", "\u2014", "\u2013", "\u2015", "\u2012", "-", "\u2022", "(", ...CLOSING_MARKS]);
var SENTENCE_END = /[.!?,…;:—–-]$/;
function maskQuotes(text, spans) {
  const parts = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), MASK.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
function kindOf(text, span, para, quoteText) {
  let k = 0;
  while (k < quoteText.length && !isWordChar(quoteText[k])) k++;
  const firstChar = quoteText[k];
  const opensUpper = firstChar !== void 0 && (isUpperStart(firstChar) || /\d/.test(firstChar) || quoteText[0] === "[" || quoteText[0] === "\u2026");
  if (!opensUpper) return "partial";
  let b = span.start - 1;
  while (b >= para.start && (text[b] === " " || text[b] === "	")) b--;
  const leads = b < para.start || SENTENCE_LEAD.has(text[b]);
  const words2 = quoteText.split(/\s+/).length;
  return leads || SENTENCE_END.test(quoteText) && words2 >= 3 ? "full" : "partial";
}
function extractQuotes(text) {
  return analyseQuotes(text).quotes;
}
function analyseQuotes(text, options = {}) {
  const paragraphs = splitParagraphs(text);
  const cards = hoverCards(text);
  let spans = repairMismatches(text, paragraphs, findQuoteSpans(text, paragraphs));
  if (cards.length > 0) spans = spans.filter((s) => !cards.some(([a, b]) => s.start >= a && s.end <= b));
  if (spans.length === 0) return { quotes: [] };
  const quotes = [];
  for (const span of spans) {
    const quoteText = span.parts.map(([s, e]) => text.slice(s, e).trim()).filter(Boolean).join(" ");
    if (!/[\p{L}\p{N}]/u.test(quoteText)) continue;
    const para = paragraphs[span.paragraph];
    quotes.push({
      text: quoteText,
      start: span.start,
      end: span.end,
      paragraph: span.paragraph,
      kind: kindOf(text, span, para, quoteText)
    });
  }
  let masked = maskQuotes(text, spans);
  for (const [a, b] of cards) masked = masked.slice(0, a) + " ".repeat(b - a) + masked.slice(b);
  const lastSpan = spans[spans.length - 1];
  const people2 = new ArticlePeople(findNameMentions(masked, paragraphs, lastSpan.end + 1e3));
  const ctx = { text, masked, paragraphs, tokens: [], people: people2, spoken: [], model: options.model };
  attributeQuotes(ctx, quotes);
  return { quotes, ctx };
}

// src/engine/build.ts
var PARAGRAPH_SEPARATOR = "\n\n";
function extractArticleQuotes(article) {
  return quotesOfText(article.paragraphs.join(PARAGRAPH_SEPARATOR));
}
function quotesOfText(text) {
  try {
    return extractQuotes(text);
  } catch {
    return [];
  }
}
function shareSpeakers(perArticle, shared = /* @__PURE__ */ new Map()) {
  for (const quotes of perArticle) {
    for (const q of quotes) {
      if (!q.speaker) continue;
      const id = `${q.speaker.kind}\0${q.speaker.key}\0${q.speaker.name}`;
      const known = shared.get(id);
      if (known) q.speaker = known;
      else shared.set(id, q.speaker);
    }
  }
  return shared;
}
function passagesOf(article, articleQuotes, firstId) {
  const passages = [];
  let offset = 0;
  article.paragraphs.forEach((text, paragraph) => {
    const start = offset;
    const end = start + text.length;
    offset = end + PARAGRAPH_SEPARATOR.length;
    const inside = [];
    for (const quote of articleQuotes) {
      if (quote.end <= start || quote.start >= end) continue;
      inside.push({ quote, ...innerSpan(text, Math.max(quote.start, start) - start, Math.min(quote.end, end) - start) });
    }
    passages.push({ id: firstId + paragraph, article, paragraph, text, quotes: inside });
  });
  return passages;
}
function spanQuotes(article, quotes) {
  const starts = [];
  const ends = [];
  let offset = 0;
  for (const text of article.paragraphs) {
    starts.push(offset);
    ends.push(offset + text.length);
    offset += text.length + PARAGRAPH_SEPARATOR.length;
  }
  for (const q of quotes) {
    const spans = [];
    starts.forEach((start, p) => {
      if (q.end <= start || q.start >= (ends[p] ?? 0)) return;
      if (!spans.length) spans.push(p);
      spans.push(start);
    });
    q.paragraphSpans = spans;
  }
}
var NO_QUOTES = Object.freeze([]);
var LazyPassage = class {
  constructor(id, article, paragraph, articleQuotes) {
    this.id = id;
    this.article = article;
    this.paragraph = paragraph;
    this.#articleQuotes = articleQuotes;
  }
  id;
  article;
  paragraph;
  #text;
  #quotes;
  #articleQuotes;
  get text() {
    if (this.#text === void 0) {
      const reader = this.article;
      this.#text = reader.paragraph ? reader.paragraph(this.paragraph) : this.article.paragraphs[this.paragraph] ?? "";
    }
    return this.#text;
  }
  get quotes() {
    if (this.#quotes) return this.#quotes;
    const k = this.paragraph;
    if (this.#articleQuotes.some((q) => !q.paragraphSpans)) {
      this.#quotes = passagesOf(this.article, this.#articleQuotes, this.id - k)[k]?.quotes ?? [];
      return this.#quotes;
    }
    const inside = this.#articleQuotes.filter((q) => {
      const first = q.paragraphSpans[0] ?? 0;
      return first <= k && k < first + q.paragraphSpans.length - 1;
    });
    if (!inside.length) return this.#quotes = NO_QUOTES;
    this.#quotes = inside.map((quote) => new SpanInPassage(this, quote, quote.paragraphSpans[1 + k - quote.paragraphSpans[0]]));
    return this.#quotes;
  }
};
var SpanInPassage = class {
  constructor(passage, quote, offset) {
    this.quote = quote;
    this.#passage = passage;
    this.#offset = offset;
  }
  quote;
  #span;
  #passage;
  /** Offset of the passage's paragraph in the article text. */
  #offset;
  span() {
    if (!this.#span) {
      const { text } = this.#passage;
      const at = this.#offset;
      this.#span = innerSpan(text, Math.max(this.quote.start, at) - at, Math.min(this.quote.end, at + text.length) - at);
    }
    return this.#span;
  }
  get start() {
    return this.span().start;
  }
  get end() {
    return this.span().end;
  }
};
function innerSpan(text, start, end) {
  while (start < end && (QUOTE_MARKS.includes(text[start] ?? "") || /\s/.test(text[start] ?? ""))) start++;
  while (end > start && (QUOTE_MARKS.includes(text[end - 1] ?? "") || /\s/.test(text[end - 1] ?? ""))) end--;
  return { start, end };
}

// src/engine/file-quotes.ts
function quotesAt(quotes, article) {
  return quotes.at(article) ?? [];
}
function quoteCountAt(quotes, article) {
  return "count" in quotes ? quotes.count(article) : quotes[article]?.length ?? 0;
}
function* eachQuote(quotes) {
  for (let a = 0; a < quotes.length; a++) yield* quotesAt(quotes, a);
}
function quoteArrays(quotes) {
  const out = [];
  for (let a = 0; a < quotes.length; a++) out.push(quotesAt(quotes, a));
  return out;
}

// src/store/sqlite-store.ts
import { LRUCache as LRUCache4 } from "lru-cache";

// src/store/stored-article.ts
var DETAIL_KEYS = ["headline", "url", "byline", "language", "sourceId"];
var StoredArticle = class {
  constructor(meta, seq, firstId, paragraphCount2, reader) {
    this.seq = seq;
    this.firstId = firstId;
    this.paragraphCount = paragraphCount2;
    Object.assign(this, meta);
    this.#reader = reader;
  }
  seq;
  firstId;
  paragraphCount;
  #reader;
  get headline() {
    return this.#reader.details(this.seq).headline ?? "";
  }
  get url() {
    return this.#reader.details(this.seq).url;
  }
  get byline() {
    return this.#reader.details(this.seq).byline;
  }
  get language() {
    return this.#reader.details(this.seq).language;
  }
  get sourceId() {
    return this.#reader.details(this.seq).sourceId;
  }
  get paragraphs() {
    return this.#reader.paragraphs(this.firstId, this.paragraphCount);
  }
  /** One paragraph (0-based), without reading the others. */
  paragraph(index2) {
    return this.#reader.paragraph(this.firstId + index2) ?? "";
  }
};
function metaOf(article) {
  const { paragraphs: _p, paragraphCount: _c, ...meta } = article;
  delete meta.seq;
  delete meta.firstId;
  const details = {};
  for (const key of DETAIL_KEYS) {
    if (meta[key] !== void 0) details[key] = meta[key];
    delete meta[key];
  }
  return { meta, details };
}
var StoredQuote = class {
  constructor(start, end, paragraph, kind, paragraphSpans, where) {
    this.start = start;
    this.end = end;
    this.paragraph = paragraph;
    this.kind = kind;
    this.paragraphSpans = paragraphSpans;
    this.#seq = where.seq;
    this.#index = where.index;
    this.#reader = where.reader;
    this.#mention = where.mention;
    this.#family = where.family;
    this.#speakerId = where.speakerId;
  }
  start;
  end;
  paragraph;
  kind;
  paragraphSpans;
  #seq;
  #index;
  #reader;
  #mention;
  #speakerId;
  /** The article's decoded quotes (`QuoteShelf`): held by each of them, so a quote kept anywhere stays the one the store gives. */
  // eslint-disable-next-line no-unused-private-class-members -- held, never read
  #family;
  /** Its speaker's id in the store (-1: none). */
  get speakerId() {
    return this.#speakerId;
  }
  /** Where its mention is, without reading the words. */
  get mentionSpan() {
    return this.#mention;
  }
  /** Its article's row and its position among the article's quotes. */
  get storedAt() {
    return [this.#seq, this.#index];
  }
  get text() {
    return this.#reader.quoteText(this.#seq, this.#index);
  }
  get mention() {
    if (!this.#mention) return void 0;
    return { text: this.#reader.mentionText(this.#seq, this.#index), start: this.#mention[0], end: this.#mention[1] };
  }
};

// src/store/quote-rows.ts
function encodeQuote(q, speaker) {
  const [mStart, mEnd] = q.mention ? [q.mention.start, q.mention.end] : [-1, -1];
  return [q.start, q.end, q.paragraph, q.kind === "full" ? 1 : 0, speaker, q.cue ?? 0, mStart, mEnd, q.paragraphSpans ?? []];
}
var CUES2 = /* @__PURE__ */ new Map();
function decodeQuote(row, speakers, seq, index2, reader, family) {
  const [start, end, paragraph, full, speaker, cue, mStart, mEnd, spans] = row;
  const mention = mStart >= 0 ? [mStart, mEnd] : void 0;
  const q = new StoredQuote(start, end, paragraph, full ? "full" : "partial", spans, {
    seq,
    index: index2,
    reader,
    mention,
    family,
    speakerId: speaker
  });
  if (cue) {
    if (!CUES2.has(cue)) CUES2.set(cue, cue);
    q.cue = CUES2.get(cue);
  }
  const s = speakers[speaker];
  if (s) q.speaker = s;
  return q;
}
function rowOfStored(q) {
  const [mStart, mEnd] = q.mentionSpan ?? [-1, -1];
  return [q.start, q.end, q.paragraph, q.kind === "full" ? 1 : 0, q.speakerId, q.cue ?? 0, mStart, mEnd, q.paragraphSpans];
}

// src/store/quote-shelf.ts
import { LRUCache as LRUCache2 } from "lru-cache";
var QuoteShelf = class {
  constructor(rowOf, speakers, reader) {
    this.rowOf = rowOf;
    this.speakers = speakers;
    this.reader = reader;
  }
  rowOf;
  speakers;
  reader;
  families = /* @__PURE__ */ new Map();
  recent = new LRUCache2({ max: 2048 });
  collected = new FinalizationRegistry((seq) => {
    if (this.families.get(seq)?.deref() === void 0) this.families.delete(seq);
  });
  /** The quotes of the article in row `seq`. */
  quotes(seq) {
    const family = this.family(seq);
    if (!family.whole) {
      family.rows ??= JSON.parse(this.rowOf(seq) ?? "[]");
      family.rows.forEach((row, i) => family.quotes[i] ??= decodeQuote(row, this.speakers, seq, i, this.reader, family));
      family.quotes.length = family.rows.length;
      family.whole = true;
      family.rows = void 0;
    }
    this.recent.set(seq, family);
    return family.quotes;
  }
  /** The `index`-th quote of the article in row `seq`, decoded from `row` (its stored row) without reading the article's. */
  quote(seq, index2, row) {
    const family = this.family(seq);
    return family.quotes[index2] ??= decodeQuote(row, this.speakers, seq, index2, this.reader, family);
  }
  /** The article in row `seq` is gone (its row number may be given again). */
  drop(seq) {
    this.families.delete(seq);
    this.recent.delete(seq);
  }
  family(seq) {
    let family = this.recent.get(seq) ?? this.families.get(seq)?.deref();
    if (!family) {
      family = { quotes: [], whole: false };
      this.families.set(seq, new WeakRef(family));
      this.collected.register(family, seq);
    }
    return family;
  }
};
var StoredQuoteLists = class {
  constructor(seqs, counts, shelf) {
    this.seqs = seqs;
    this.counts = counts;
    this.shelf = shelf;
  }
  seqs;
  counts;
  shelf;
  get length() {
    return this.seqs.length;
  }
  at(article) {
    const seq = this.seqs[article];
    return seq === void 0 ? void 0 : this.shelf.quotes(seq);
  }
  count(article) {
    return this.counts[article] ?? 0;
  }
};

// src/store/tables.ts
var TABLES = `
  CREATE TABLE IF NOT EXISTS files (
    file TEXT PRIMARY KEY, hash TEXT, stamp TEXT, first_id INTEGER NOT NULL, passages INTEGER NOT NULL,
    skipped TEXT NOT NULL, warnings TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS articles (
    -- Never given twice (AUTOINCREMENT): caches and stored statements refer to articles by row.
    seq INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL, first_id INTEGER NOT NULL, paragraphs INTEGER NOT NULL,
    quote_count INTEGER NOT NULL, meta TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS article_rows (seq INTEGER PRIMARY KEY, details TEXT NOT NULL, quotes TEXT NOT NULL, quote_texts TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS articles_file ON articles (file);
  CREATE TABLE IF NOT EXISTS quote_speakers (
    speaker INTEGER NOT NULL, seq INTEGER NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (speaker, seq, idx)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS quote_speakers_seq ON quote_speakers (seq);
  CREATE TABLE IF NOT EXISTS paragraphs (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, quotes INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX IF NOT EXISTS speakers_key ON speakers (key);
  CREATE TABLE IF NOT EXISTS statements (speaker TEXT PRIMARY KEY, statements TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS stale (speaker TEXT PRIMARY KEY);
`;

// src/store/quote-tables.ts
import { LRUCache as LRUCache3 } from "lru-cache";
var QuoteTables = class {
  constructor(db, bySeq, shelf, speakerList, speakerCounts) {
    this.db = db;
    this.bySeq = bySeq;
    this.shelf = shelf;
    this.speakerList = speakerList;
    this.speakerCounts = speakerCounts;
  }
  db;
  bySeq;
  shelf;
  speakerList;
  speakerCounts;
  /** Speakers' statement rows last read for one quote's statement, with where each member is. */
  parsed = new LRUCache3({ max: 8 });
  /** Statements last read alone (the same object while cached). */
  single = new LRUCache3({ max: 512 });
  statement;
  get bySpeaker() {
    this.statement ??= this.db().prepare(
      "SELECT q.seq AS seq, q.idx AS idx FROM speakers s JOIN quote_speakers q ON q.speaker = s.id WHERE s.key = ?"
    );
    return this.statement;
  }
  /** The quotes of the speaker with this key (any kind), in corpus order (file path, article, position). */
  speakerQuotes(key) {
    const out = [];
    for (const { seq, idx } of this.bySpeaker.iterate(key)) {
      const article = this.bySeq.get(seq);
      const quote = article && this.shelf.quotes(seq)[idx];
      if (article && quote) out.push({ article, quote, seq, idx });
    }
    out.sort((x, y) => x.article.file < y.article.file ? -1 : x.article.file > y.article.file ? 1 : x.seq - y.seq || x.idx - y.idx);
    return out.map(({ article, quote }) => ({ article, quote }));
  }
  /** Every speaker of a quote with its number of quotes: one entry per key, the speaker of its first quote. */
  speakerTotals() {
    const byKey = /* @__PURE__ */ new Map();
    const shared = /* @__PURE__ */ new Set();
    this.speakerCounts.forEach((n2, id) => {
      const speaker = this.speakerList[id];
      if (!speaker || !n2) return;
      const entry = byKey.get(speaker.key);
      if (entry) {
        entry.quotes += n2;
        shared.add(speaker.key);
      } else byKey.set(speaker.key, { speaker, quotes: n2 });
    });
    for (const key of shared) {
      const first = this.speakerQuotes(key)[0]?.quote.speaker;
      if (first) byKey.get(key).speaker = first;
    }
    return [...byKey.values()];
  }
  /** The speakers of the stored quotes. */
  speakersInUse() {
    return this.speakerList.filter((s, id) => s && this.speakerCounts[id]);
  }
  /** The quotes of one of the store's articles. */
  quotesOfArticle(article) {
    if (!(article instanceof StoredArticle) || this.bySeq.get(article.seq) !== article) return void 0;
    return this.shelf.quotes(article.seq);
  }
  /** One speaker's stored statements (the row's JSON), their members resolved to the shown articles and their quotes. */
  statements(text) {
    return this.resolve(JSON.parse(text ?? "[]"));
  }
  resolve(rows) {
    const statements = [];
    for (const [id, confidence, outlets, refs] of rows) {
      const members = refs.flatMap(([seq, qi, row]) => {
        const article = this.bySeq.get(seq);
        return article ? [{ article, quote: this.shelf.quote(seq, qi, row) }] : [];
      });
      const speaker = members[0]?.quote.speaker;
      if (speaker) statements.push({ id, confidence, outlets, members, speaker });
    }
    return statements;
  }
  /**
   * The stored statement holding this quote of speaker `key` (`text`: the speaker's statements
   * row), its members decoded alone: a quote's statement without every statement of its speaker.
   */
  statementOf(quote, key, text) {
    if (!(quote instanceof StoredQuote)) return void 0;
    const [seq, idx] = quote.storedAt;
    let row = this.parsed.get(key);
    if (!row) {
      const rows = JSON.parse(text() ?? "[]");
      const at = /* @__PURE__ */ new Map();
      rows.forEach((r, i2) => r[3].forEach(([s, q]) => at.set(`${s}:${q}`, i2)));
      this.parsed.set(key, row = { rows, at });
    }
    const i = row.at.get(`${seq}:${idx}`);
    if (i === void 0) return void 0;
    const id = `${key}\0${i}`;
    let statement = this.single.get(id);
    if (!statement) {
      statement = this.resolve([row.rows[i]])[0];
      if (statement) this.single.set(id, statement);
    }
    return statement;
  }
  /** Statements were rewritten: what was read alone is out of date. */
  statementsChanged() {
    this.parsed.clear();
    this.single.clear();
  }
};

// src/store/sqlite-store.ts
var STORE_VERSION = 5;
var speakerId = (s) => `${s.kind}\0${s.key}\0${s.name}`;
function openStore(index2, code) {
  let reason = index2.openStored();
  const get = (key) => index2.database.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key);
  if (!reason) {
    const version = get("store");
    if (version === void 0 && index2.size === 0) reason = void 0;
    else if (version !== String(STORE_VERSION)) reason = `the database is of store version ${String(version)}, expected ${STORE_VERSION}`;
    else if (get("code") !== code) reason = "the database was built by other code";
  }
  if (reason) index2.wipe();
  const store = new SqliteStore(index2, code);
  if (reason || get("store") === void 0) {
    store.initialise();
    return { store, ...reason ? { reason } : {} };
  }
  return { store, restored: store.load() };
}
var SqliteStore = class {
  constructor(index2, code) {
    this.index = index2;
    this.code = code;
    index2.database.exec(TABLES);
  }
  index;
  code;
  speakerIds = /* @__PURE__ */ new Map();
  bySeq = /* @__PURE__ */ new Map();
  /** Speakers by id (quotes refer to them by id). */
  speakerList = [];
  /** The number of shown quotes of each speaker id. */
  speakerCounts = [];
  shelf = new QuoteShelf((seq) => this.reads.quotes.get(seq), this.speakerList, this);
  /** Quotes by speaker, counts, speakers in use: answered from the tables. */
  tables = new QuoteTables(() => this.db, this.bySeq, this.shelf, this.speakerList, this.speakerCounts);
  articleTexts = new LRUCache4({ max: 256 });
  paragraphTexts = new LRUCache4({ max: 4096 });
  quoteTexts = new LRUCache4({ max: 1024 });
  articleDetails = new LRUCache4({ max: 1024 });
  get db() {
    return this.index.database;
  }
  /** The reads queries make, prepared once (preparing costs more than the read itself). */
  prepared;
  get reads() {
    this.prepared ??= this.prepareReads();
    return this.prepared;
  }
  prepareReads() {
    const db = this.db;
    return {
      paragraphs: db.prepare("SELECT text FROM paragraphs WHERE id >= ? AND id < ? ORDER BY id").pluck(),
      paragraph: db.prepare("SELECT text FROM paragraphs WHERE id = ?").pluck(),
      quoteTexts: db.prepare("SELECT quote_texts FROM article_rows WHERE seq = ?").pluck(),
      quotes: db.prepare("SELECT quotes FROM article_rows WHERE seq = ?").pluck(),
      details: db.prepare("SELECT details FROM article_rows WHERE seq = ?").pluck(),
      statements: db.prepare("SELECT statements FROM statements WHERE speaker = ?").pluck()
    };
  }
  /** Marks an empty database as this store's. */
  initialise() {
    const set = this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    this.db.transaction(() => {
      set.run("store", String(STORE_VERSION));
      set.run("code", this.code);
      set.run("next_id", "0");
    })();
  }
  paragraphs(firstId, count2) {
    let texts = this.articleTexts.get(firstId);
    if (!texts) {
      texts = this.reads.paragraphs.all(firstId, firstId + count2);
      this.articleTexts.set(firstId, texts);
    }
    return texts;
  }
  details(seq) {
    let details = this.articleDetails.get(seq);
    if (!details) {
      details = JSON.parse(this.reads.details.get(seq) ?? "{}");
      this.articleDetails.set(seq, details);
    }
    return details;
  }
  quoteText(seq, index2) {
    return this.textsOf(seq).t[index2] ?? "";
  }
  mentionText(seq, index2) {
    return this.textsOf(seq).m[index2] ?? "";
  }
  textsOf(seq) {
    let texts = this.quoteTexts.get(seq);
    if (!texts) {
      texts = JSON.parse(this.reads.quoteTexts.get(seq) ?? '{"t":[],"m":[]}');
      this.quoteTexts.set(seq, texts);
    }
    return texts;
  }
  paragraph(id) {
    let text = this.paragraphTexts.get(id);
    if (text === void 0) {
      text = this.reads.paragraph.get(id);
      if (text !== void 0) this.paragraphTexts.set(id, text);
    }
    return text;
  }
  /**
   * Writes a change in one transaction: the files put (their articles, texts and quotes) replace
   * those removed. Then the put files' articles are swapped for stored ones (texts read on demand).
   * Throws, with nothing written, when the database refuses the write.
   */
  commit(put, removed, nextId) {
    const db = this.db;
    const insertSpeaker = db.prepare("INSERT INTO speakers (id, kind, key, name) VALUES (?, ?, ?, ?)");
    const insertFile = db.prepare(
      "INSERT OR REPLACE INTO files (file, hash, stamp, first_id, passages, skipped, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)"
    );
    const insertArticle = db.prepare("INSERT INTO articles (file, first_id, paragraphs, quote_count, meta) VALUES (?, ?, ?, ?, ?)");
    const insertRow = db.prepare("INSERT INTO article_rows (seq, details, quotes, quote_texts) VALUES (?, ?, ?, ?)");
    const count2 = db.prepare("UPDATE speakers SET quotes = quotes + ? WHERE id = ?");
    const delta = /* @__PURE__ */ new Map();
    const counted = (id, n2) => id >= 0 && delta.set(id, (delta.get(id) ?? 0) + n2);
    const insertQuoteSpeaker = db.prepare("INSERT INTO quote_speakers (speaker, seq, idx) VALUES (?, ?, ?)");
    const insertParagraph = db.prepare("INSERT OR REPLACE INTO paragraphs (id, text) VALUES (?, ?)");
    const stale = db.prepare("INSERT OR IGNORE INTO stale (speaker) VALUES (?)");
    const newSpeakers = /* @__PURE__ */ new Map();
    const added = [];
    let nextSpeaker = -1;
    const idOf2 = (s) => {
      const key = speakerId(s);
      let id = this.speakerIds.get(key) ?? newSpeakers.get(key);
      if (id === void 0) {
        newSpeakers.set(key, id = ++nextSpeaker);
        insertSpeaker.run(id, s.kind, s.key, s.name);
        added.push([id, s]);
      }
      return id;
    };
    const seqs = [];
    db.transaction(() => {
      nextSpeaker = db.prepare("SELECT max(id) FROM speakers").pluck().get() ?? -1;
      for (const f of removed)
        for (let a = 0; a < f.quotes.length; a++)
          for (const q of quotesAt(f.quotes, a)) {
            if (q instanceof StoredQuote) counted(q.speakerId, -1);
            if (q.speaker?.kind === "person") stale.run(q.speaker.key);
          }
      for (const f of removed) this.forget(f);
      for (const f of put) {
        insertFile.run(
          f.file,
          f.hash ?? null,
          f.stamp ?? null,
          f.firstId,
          f.passageCount,
          JSON.stringify(f.load.skipped),
          JSON.stringify(f.load.warnings)
        );
        let id = f.firstId;
        const fileSeqs = [];
        f.load.articles.forEach((article, a) => {
          const quotes = quotesAt(f.quotes, a);
          spanQuotes(article, quotes);
          const rows = quotes.map((q) => encodeQuote(q, q.speaker ? idOf2(q.speaker) : -1));
          const texts = JSON.stringify({ t: quotes.map((q) => q.text), m: quotes.map((q) => q.mention?.text ?? "") });
          const { meta, details } = metaOf(article);
          const info = insertArticle.run(f.file, id, article.paragraphs.length, rows.length, JSON.stringify(meta));
          const seq = Number(info.lastInsertRowid);
          insertRow.run(seq, JSON.stringify(details), JSON.stringify(rows), texts);
          rows.forEach((row, i) => {
            if (row[4] < 0) return;
            insertQuoteSpeaker.run(row[4], seq, i);
            counted(row[4], 1);
          });
          fileSeqs.push(seq);
          for (const text of article.paragraphs) insertParagraph.run(id++, text);
        });
        seqs.push(fileSeqs);
      }
      for (const f of put)
        for (let a = 0; a < f.quotes.length; a++)
          for (const q of quotesAt(f.quotes, a)) if (q.speaker?.kind === "person") stale.run(q.speaker.key);
      for (const [id, n2] of delta) if (n2) count2.run(n2, id);
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('next_id', ?)").run(String(nextId));
    })();
    for (const [key, id] of newSpeakers) this.speakerIds.set(key, id);
    for (const [id, s] of added) this.speakerList[id] = s;
    for (const [id, n2] of delta) this.speakerCounts[id] = (this.speakerCounts[id] ?? 0) + n2;
    for (const f of removed)
      for (const a of f.load.articles)
        if (a instanceof StoredArticle) {
          this.bySeq.delete(a.seq);
          this.shelf.drop(a.seq);
          this.quoteTexts.delete(a.seq);
          this.articleDetails.delete(a.seq);
        }
    put.forEach((f, i) => {
      let firstId = f.firstId;
      const counts = [];
      f.load.articles = f.load.articles.map((article, a) => {
        const stored = new StoredArticle(metaOf(article).meta, seqs[i][a], firstId, article.paragraphs.length, this);
        firstId += article.paragraphs.length;
        counts.push(quotesAt(f.quotes, a).length);
        this.bySeq.set(stored.seq, stored);
        return stored;
      });
      f.quotes = new StoredQuoteLists(seqs[i], counts, this.shelf);
    });
  }
  /** The loader problems not tied to one file, kept with the corpus. */
  saveExtraSkipped(skipped) {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('skipped', ?)").run(JSON.stringify(skipped));
  }
  /** Rewrites the statements of these speakers (after they were regrouped) and clears them from `stale`. */
  saveStatements(keys, statementsOf, nextId) {
    const db = this.db;
    const drop = db.prepare("DELETE FROM statements WHERE speaker = ?");
    const fresh = db.prepare("DELETE FROM stale WHERE speaker = ?");
    const insert = db.prepare("INSERT INTO statements (speaker, statements) VALUES (?, ?)");
    this.tables.statementsChanged();
    db.transaction(() => {
      for (const key of keys) {
        drop.run(key);
        fresh.run(key);
        const rows = statementsOf(key).map((s) => [
          s.id,
          s.confidence,
          s.outlets,
          s.members.flatMap(
            (m) => m.quote instanceof StoredQuote ? [[m.quote.storedAt[0], m.quote.storedAt[1], rowOfStored(m.quote)]] : []
          )
        ]);
        if (rows.length) insert.run(key, JSON.stringify(rows));
      }
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('statement_next_id', ?)").run(String(nextId));
    })();
    db.pragma("wal_checkpoint(TRUNCATE)");
  }
  /** Drops a file's rows (its passages' index entries are the index's to remove). */
  forget(f) {
    const db = this.db;
    db.prepare("DELETE FROM quote_speakers WHERE seq IN (SELECT seq FROM articles WHERE file = ?)").run(f.file);
    db.prepare("DELETE FROM article_rows WHERE seq IN (SELECT seq FROM articles WHERE file = ?)").run(f.file);
    db.prepare("DELETE FROM files WHERE file = ?").run(f.file);
    db.prepare("DELETE FROM articles WHERE file = ?").run(f.file);
    db.prepare("DELETE FROM paragraphs WHERE id >= ? AND id < ?").run(f.firstId, f.firstId + f.passageCount);
  }
  /** Everything but the texts, as the corpus shows it. */
  load() {
    const db = this.db;
    const speakers = this.speakerList;
    for (const s of db.prepare("SELECT id, kind, key, name, quotes FROM speakers").iterate()) {
      const speaker = { name: s.name, key: s.key, kind: s.kind };
      speakers[s.id] = speaker;
      this.speakerCounts[s.id] = s.quotes;
      this.speakerIds.set(speakerId(speaker), s.id);
    }
    const files = /* @__PURE__ */ new Map();
    for (const r of db.prepare("SELECT * FROM files").iterate()) {
      files.set(r.file, {
        file: r.file,
        ...r.hash !== null ? { hash: r.hash } : {},
        ...r.stamp !== null ? { stamp: r.stamp } : {},
        load: { articles: [], skipped: JSON.parse(r.skipped), warnings: JSON.parse(r.warnings) },
        quotes: [],
        firstId: r.first_id,
        passageCount: r.passages,
        seqs: [],
        counts: []
      });
    }
    const rows = db.prepare("SELECT seq, file, first_id, paragraphs, meta, quote_count FROM articles ORDER BY seq");
    for (const r of rows.iterate()) {
      const f = files.get(r.file);
      if (!f) continue;
      const article = new StoredArticle(JSON.parse(r.meta), r.seq, r.first_id, r.paragraphs, this);
      f.load.articles.push(article);
      f.seqs.push(r.seq);
      f.counts.push(r.quote_count);
      this.bySeq.set(r.seq, article);
    }
    for (const f of files.values()) f.quotes = new StoredQuoteLists(f.seqs, f.counts, this.shelf);
    const stale = db.prepare("SELECT speaker FROM stale").pluck().all();
    const meta = (key) => db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key);
    const skipped = JSON.parse(meta("skipped") ?? "[]");
    const storedStatements = {
      keys: () => db.prepare("SELECT speaker FROM statements").pluck().all(),
      load: (key) => this.tables.statements(this.reads.statements.get(key)),
      statementOf: (quote, key) => this.tables.statementOf(quote, key, () => this.reads.statements.get(key)),
      nextId: Number(meta("statement_next_id") ?? 0)
    };
    const nextId = Number(meta("next_id") ?? 0);
    const shown = [...files.values()].map(({ seqs: _s, counts: _c, ...f }) => f);
    return { index: this.index, files: shown, statements: [], storedStatements, nextId, stale, skipped };
  }
};

// src/engine/corpus-quotes.ts
var CorpusQuotes = class {
  constructor(files, tables) {
    this.files = files;
    this.tables = tables;
  }
  files;
  tables;
  bySpeaker;
  byArticle;
  /** The shown files changed. */
  changed() {
    this.bySpeaker = void 0;
    this.byArticle = void 0;
  }
  /** Every quote of the shown files, in corpus order (a store's are all read: for exports and rare audiences). */
  all() {
    const out = [];
    for (const f of this.files())
      f.load.articles.forEach((article, a) => {
        for (const quote of quotesAt(f.quotes, a)) out.push({ article, quote });
      });
    return out;
  }
  /** The quotes of the speaker with this key (any kind), in corpus order. */
  ofSpeaker(key) {
    if (this.tables) return this.tables.speakerQuotes(key);
    if (!this.bySpeaker) {
      this.bySpeaker = /* @__PURE__ */ new Map();
      for (const entry of this.all()) {
        const k = entry.quote.speaker?.key;
        if (k === void 0) continue;
        const list = this.bySpeaker.get(k);
        if (list) list.push(entry);
        else this.bySpeaker.set(k, [entry]);
      }
    }
    return this.bySpeaker.get(key) ?? [];
  }
  /** The person quotes of one speaker, in corpus order (what statements are grouped from). */
  ofPerson(key) {
    return this.ofSpeaker(key).filter((q) => q.quote.speaker?.kind === "person");
  }
  /** Every speaker with the number of its quotes, one entry per key (the speaker object of its first quote). */
  totals() {
    if (this.tables) return this.tables.speakerTotals();
    const counts = /* @__PURE__ */ new Map();
    for (const f of this.files())
      for (let a = 0; a < f.load.articles.length; a++)
        for (const { speaker } of quotesAt(f.quotes, a)) {
          if (!speaker) continue;
          const entry = counts.get(speaker.key);
          if (entry) entry.quotes++;
          else counts.set(speaker.key, { speaker, quotes: 1 });
        }
    return [...counts.values()];
  }
  /** The speakers of the shown quotes. */
  speakers() {
    if (this.tables) return this.tables.speakersInUse();
    const out = /* @__PURE__ */ new Set();
    for (const f of this.files())
      for (let a = 0; a < f.load.articles.length; a++) for (const q of quotesAt(f.quotes, a)) if (q.speaker) out.add(q.speaker);
    return [...out];
  }
  /** The quotes of one shown article. */
  ofArticle(article) {
    const stored = this.tables?.quotesOfArticle(article);
    if (stored) return stored;
    if (!this.byArticle) {
      this.byArticle = /* @__PURE__ */ new Map();
      for (const f of this.files()) f.load.articles.forEach((a, i) => this.byArticle.set(a, quotesAt(f.quotes, i)));
    }
    return this.byArticle.get(article) ?? [];
  }
};

// src/engine/passages-by-id.ts
var paragraphCount = (article) => article.paragraphCount ?? article.paragraphs.length;
var PassagesById = class {
  constructor(files, speakerQuotes) {
    this.files = files;
    this.speakerQuotes = speakerQuotes;
  }
  files;
  speakerQuotes;
  table;
  /** The shown files changed: the table is rebuilt when next needed. */
  changed() {
    this.table = void 0;
  }
  get(id) {
    const t = this.articleTable();
    const at = this.position(t, id);
    return at ? this.passageAt(t, at[0], at[1]) : void 0;
  }
  /** The shown article passage `id` belongs to, without building the passage. */
  articleOf(id) {
    const t = this.articleTable();
    const at = this.position(t, id);
    return at ? t.articles[at[0]] : void 0;
  }
  /** [article position, paragraph] of passage `id` (a binary search over the articles' first ids). */
  position(t, id) {
    let lo = 0;
    let hi = t.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((t.starts[mid] ?? 0) <= id) lo = mid;
      else hi = mid - 1;
    }
    const article = t.articles[lo];
    const k = id - (t.starts[lo] ?? 0);
    return article && k >= 0 && k < paragraphCount(article) ? [lo, k] : void 0;
  }
  *scan(visible, filter) {
    const t = this.articleTable();
    for (let a = 0; a < t.articles.length; a++) {
      for (let k = 0; k < paragraphCount(t.articles[a]); k++) {
        const p = this.passageAt(t, a, k);
        if (visible(p) && filter(p)) yield p;
      }
    }
  }
  *scanSpeakers(keys, visible, filter) {
    const t = this.articleTable();
    const ids = /* @__PURE__ */ new Map();
    for (const key of keys) {
      for (const { article, quote } of this.speakerQuotes(key)) {
        const a = this.positions(t).get(article);
        if (a === void 0) continue;
        const spans = quote.paragraphSpans ?? [quote.paragraph, 0];
        const first = spans[0] ?? 0;
        for (let k = first; k < first + spans.length - 1; k++) ids.set((t.starts[a] ?? 0) + k, [a, k]);
      }
    }
    for (const id of [...ids.keys()].sort((x, y) => x - y)) {
      const [a, k] = ids.get(id);
      const p = this.passageAt(t, a, k);
      if (visible(p) && filter(p)) yield p;
    }
  }
  passageAt(t, a, k) {
    return new LazyPassage((t.starts[a] ?? 0) + k, t.articles[a], k, quotesAt(t.lists[a], t.at[a]));
  }
  positions(t) {
    if (!t.positions) {
      t.positions = /* @__PURE__ */ new Map();
      t.articles.forEach((article, a) => t.positions.set(article, a));
    }
    return t.positions;
  }
  articleTable() {
    if (this.table) return this.table;
    const t = { starts: [], articles: [], lists: [], at: [] };
    const files = [...this.files()].sort((x, y) => x.firstId - y.firstId);
    for (const f of files) {
      let id = f.firstId;
      f.load.articles.forEach((article, i) => {
        t.starts.push(id);
        t.articles.push(article);
        t.lists.push(f.quotes);
        t.at.push(i);
        id += paragraphCount(article);
      });
    }
    this.table = t;
    return t;
  }
};

// src/search/minisearch/minisearch-index.ts
import MiniSearch from "minisearch";

// src/search/minisearch/options.ts
var MINISEARCH_DEFAULTS = TERM_MATCH_DEFAULTS;
function miniSearchOptions(knobs) {
  return {
    idField: "id",
    fields: ["text", "speakers"],
    storeFields: [],
    extractField: (passage, field) => {
      if (field === "id") return passage.id;
      if (field === "speakers") return passage.quotes.map((q) => q.quote.speaker?.name ?? "").join(" ");
      return passage.text;
    },
    tokenize,
    processTerm,
    searchOptions: {
      boost: { speakers: knobs.speakerBoost },
      prefix: (term) => term.length >= knobs.prefixFrom,
      fuzzy: (term) => term.length >= knobs.fuzzyFrom ? knobs.fuzziness : false,
      maxFuzzy: knobs.maxFuzzy
    }
  };
}

// src/search/minisearch/minisearch-index.ts
var CHUNK = 2e3;
function* chunksOf(map, size) {
  let chunk = [];
  for (const [k, v] of map) {
    chunk.push([String(k), v]);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
var MiniSearchIndex = class extends PassageHoldingIndex {
  kind = "minisearch";
  knobs;
  search;
  constructor(options = {}) {
    super();
    this.knobs = { ...MINISEARCH_DEFAULTS, ...options };
    this.search = new MiniSearch(miniSearchOptions(this.knobs));
  }
  put(passages) {
    for (const p of passages) this.passages.add(p);
    this.search.addAll(passages);
  }
  /** MiniSearch discards them; its auto-vacuum reclaims the space. */
  remove(ids) {
    for (const id of ids) if (this.passages.delete(id)) this.search.discard(id);
  }
  get size() {
    return this.search.documentCount;
  }
  /** Discarded passages whose postings are still in the index. */
  get dirt() {
    return this.search.dirtCount;
  }
  vacuum() {
    return this.search.vacuum();
  }
  /**
   * Exact words first: only when they find fewer than `exactEnough` passages are prefixes and typos
   * tried too. Every match is scored, so the hits are always complete (`spread` only narrows them).
   */
  find(words2, options) {
    const query = words2.join(" ");
    const { visible, verify, spread } = options;
    const filter = spread ? (p) => spread.groupOf(p.id) !== void 0 && (!options.filter || options.filter(p)) : options.filter;
    const taken = /* @__PURE__ */ new Map();
    const verdicts = new Uint8Array(this.passages.idLimit);
    const boostDocument = (id) => {
      const known = verdicts[id];
      if (known) return known === 1 ? 1 : 0;
      const passage = this.passages.get(id);
      const ok = passage !== void 0 && visible(passage) && (!filter || filter(passage));
      verdicts[id] = ok ? 1 : 2;
      return ok ? 1 : 0;
    };
    const search = (exact) => this.search.search(query, {
      combineWith: options.combineWith,
      boostDocument,
      ...verify ? { filter: (r) => verify(this.passages.get(r.id)) } : {},
      ...exact ? { prefix: false, fuzzy: false } : {}
    });
    let results = search(true);
    if (results.length < this.knobs.exactEnough) results = search(false);
    const hits = [];
    for (const r of results) {
      const passage = this.passages.get(r.id);
      if (!passage) continue;
      if (spread) {
        const group = spread.groupOf(passage.id);
        const n2 = taken.get(group) ?? 0;
        if (n2 >= spread.perGroup) continue;
        taken.set(group, n2 + 1);
      }
      hits.push({ passage, score: r.score, terms: r.terms });
    }
    return hits;
  }
  /**
   * MiniSearch's own serialization (the shape of `toJSON()`), written a chunk at a time. `toJSON()`
   * itself builds the whole index as plain objects first (one property per posting): on news-37k
   * that alone took the process past Node's default heap and V8 aborted mid-save. Here each chunk
   * is converted from the live maps just before it is written, so the extra memory is one chunk.
   */
  async persist(writer) {
    const inner = this.search;
    const meta = {
      documentCount: inner._documentCount,
      nextId: inner._nextId,
      fieldIds: inner._fieldIds,
      averageFieldLength: inner._avgFieldLength,
      dirtCount: inner._dirtCount,
      serializationVersion: 2
    };
    await writer.write({ part: "meta", meta });
    for (const entries of chunksOf(inner._documentIds, CHUNK * 10)) await writer.write({ part: "documentIds", entries });
    for (const entries of chunksOf(inner._fieldLength, CHUNK * 10)) await writer.write({ part: "fieldLength", entries });
    const terms = [...inner._index.keys()];
    for (let i = 0; i < terms.length; i += CHUNK) {
      const entries = [];
      for (const term of terms.slice(i, i + CHUNK)) {
        const fields = inner._index.get(term);
        if (!fields) continue;
        const data = {};
        for (const [fieldId, freqs] of fields) data[fieldId] = Object.fromEntries(freqs);
        entries.push([term, data]);
      }
      await writer.write({ part: "terms", entries });
    }
  }
  /** Hands the chunks back to `MiniSearch.loadJS`, with the same options the index was built with. */
  restore(reader) {
    if (this.size || this.passages.size) throw new Error("restore needs an empty index");
    let meta;
    const documentIds = {};
    const fieldLength = {};
    const terms = [];
    for (const value of reader.chunks) {
      const chunk = value;
      if (chunk.part === "meta") meta = chunk.meta;
      else if (chunk.part === "documentIds") for (const [k, v] of chunk.entries) documentIds[k] = v;
      else if (chunk.part === "fieldLength") for (const [k, v] of chunk.entries) fieldLength[k] = v;
      else if (chunk.part === "terms") for (const entry of chunk.entries) terms.push(entry);
      else throw new Error(`unknown index chunk ${JSON.stringify(chunk.part)}`);
    }
    if (!meta) throw new Error("index metadata missing");
    this.search = MiniSearch.loadJS(
      { ...meta, index: terms, documentIds, fieldLength, storedFields: {} },
      miniSearchOptions(this.knobs)
    );
    for (const p of reader.passages) this.passages.add(p);
  }
};

// src/engine/options.ts
var defaultIndex = () => new MiniSearchIndex();
var ENGINE_DEFAULTS = {
  clock: Date.now,
  index: defaultIndex,
  perOutlet: 3,
  excerptLength: 320,
  maxStatements: 10,
  maxStatementsInQuote: 3,
  sliceMs: 15,
  removeSlice: 500,
  progressEvery: 1e3
};
function engineSettings(options = {}) {
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== void 0));
  return { ...ENGINE_DEFAULTS, ...set };
}

// src/compare/postings.ts
var Postings = class {
  dated = /* @__PURE__ */ new Map();
  undated = /* @__PURE__ */ new Map();
  constructor(items) {
    for (const i of items) {
      const map = i.day === void 0 ? this.undated : this.dated;
      for (const t of i.tokens) {
        const list = map.get(t);
        if (list) list.push(i);
        else map.set(t, [i]);
      }
    }
    for (const list of this.dated.values()) list.sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
  }
  /**
   * Quotes with word `t` that may be compared with one published on `day` (undated: any): those of
   * `dated` from `from` to `to`, then `undated` (ranges, not a new array per word and quote).
   */
  near(t, day, days) {
    const dated = this.dated.get(t) ?? NONE;
    const undated = this.undated.get(t) ?? NONE;
    if (day === void 0) return { dated, from: 0, to: dated.length, undated };
    return { dated, from: lowerBound(dated, day - days), to: lowerBound(dated, day + days + 1e-9), undated };
  }
};
var NONE = [];
function lowerBound(list, day) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((list[mid]?.day ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function candidates(item, postings, minShared, opts, counts) {
  const met = [];
  const meet = (other) => {
    if (other === item) return;
    const n2 = counts[other.index];
    if (n2 === 0) met.push(other);
    counts[other.index] = n2 + 1;
  };
  for (const t of item.tokens) {
    const { dated, from, to, undated } = postings.near(t, item.day, opts.maxDaysApart);
    if (to - from + undated.length > opts.maxPostings) continue;
    for (let k = from; k < to; k++) meet(dated[k]);
    for (const other of undated) meet(other);
  }
  const out = [];
  for (const other of met) {
    const c = counts[other.index];
    counts[other.index] = 0;
    if (c >= Math.min(minShared, item.tokens.size) && c >= Math.ceil(Math.min(item.tokens.size, other.tokens.size) / 3)) out.push(other);
  }
  return out;
}

// src/compare/tokens.ts
import { stemmer } from "stemmer";
var VARIANTS = {
  kiev: "kyiv",
  odessa: "odesa",
  kharkov: "kharkiv",
  lugansk: "luhansk",
  donbass: "donbas",
  sergei: "sergey",
  favour: "favor",
  favourable: "favorable",
  defence: "defense",
  programme: "program",
  centre: "center",
  organisation: "organization",
  recognised: "recognized"
};
function compareTokens(text) {
  const tokens = [];
  WORD2.lastIndex = 0;
  for (let m = WORD2.exec(text); m !== null; m = WORD2.exec(text)) {
    const word = m[0];
    let forms = WORD_CACHE.get(word);
    if (!forms) {
      forms = wordTokens(word);
      if (WORD_CACHE.size >= MAX_CACHED_WORDS) WORD_CACHE.clear();
      WORD_CACHE.set(word, forms);
    }
    for (const f of forms) tokens.push(f);
  }
  return tokens;
}
var WORD2 = wordPattern();
var JOINERS = new RegExp(`[${WORD_JOINERS}]`);
var WORD_CACHE = /* @__PURE__ */ new Map();
var MAX_CACHED_WORDS = 5e5;
function wordTokens(word) {
  const out = [];
  for (const part of withoutPossessiveS(fold(word)).split(JOINERS)) {
    if (!part || STOP_WORDS.has(part)) continue;
    const spelled = VARIANTS[part] ?? part;
    out.push(/^\d+$/.test(spelled) ? spelled : stemmer(spelled));
  }
  return out;
}
function identityKey(text) {
  return fold(text).replace(/[[\](){}]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

// src/compare/statements.ts
var DEFAULT_GROUPING = {
  linkThreshold: 0.5,
  attachThreshold: 0.4,
  contextThreshold: 0.3,
  maxDaysApart: 30,
  maxPostings: 200
};
var SUBSTANTIAL = 4;
var COLLATOR = new Intl.Collator();
function groupStatements(quotes, options = {}) {
  const opts = { ...DEFAULT_GROUPING, ...options };
  const speakerOf = options.speakerOf ?? ((q) => q.speaker);
  const bySpeaker = /* @__PURE__ */ new Map();
  const canonical = surnameAliases(quotes, speakerOf);
  quotes.forEach((entry, index2) => {
    const speaker = speakerOf(entry.quote);
    if (!speaker || speaker.kind !== "person" || isTitle2(entry.quote.text)) return;
    const tokens = new Set(compareTokens(entry.quote.text));
    if (!tokens.size) return;
    const published = entry.article.published ? Date.parse(entry.article.published.slice(0, 10)) : NaN;
    const key = canonical.get(speaker.key) ?? speaker.key;
    const list = bySpeaker.get(key) ?? [];
    list.push({ index: index2, entry, speaker, tokens, day: Number.isNaN(published) ? void 0 : published / 864e5, weight: 0 });
    bySpeaker.set(key, list);
  });
  const statements = [];
  const counts = new Uint32Array(quotes.length);
  for (const items of bySpeaker.values()) statements.push(...groupOneSpeaker(items, opts, counts));
  return sortStatements(statements);
}
function sortStatements(statements) {
  const keys = new Map(statements.map((s) => [s, firstKey(s)]));
  statements.sort(
    (a, b) => b.outlets.length - a.outlets.length || b.members.length - a.members.length || COLLATOR.compare(keys.get(a) ?? "", keys.get(b) ?? "")
  );
  statements.forEach((s, i) => s.id = i);
  return statements;
}
function groupOneSpeaker(items, opts, counts) {
  const idf = inverseFrequencies(items);
  for (const i of items) {
    i.weight = 0;
    for (const t of i.tokens) i.weight += idf.get(t) ?? 0;
  }
  const containment = (a, b) => {
    let shared = 0;
    for (const t of a.tokens) if (b.tokens.has(t)) shared += idf.get(t) ?? 0;
    return shared / Math.max(1e-9, Math.min(a.weight, b.weight));
  };
  const contexts = /* @__PURE__ */ new Map();
  const contextOf = (i) => {
    let c = contexts.get(i);
    if (!c) contexts.set(i, c = new Set(compareTokens(paragraphOf(i.entry.article, i.entry.quote.paragraph))));
    return c;
  };
  const contextOverlap = (a, b) => {
    const ca = contextOf(a);
    const cb = contextOf(b);
    let shared = 0;
    for (const t of ca) if (cb.has(t)) shared++;
    return shared / Math.max(1, Math.min(ca.size, cb.size));
  };
  const comparable = (a, b) => a.entry.article !== b.entry.article && (a.day === void 0 || b.day === void 0 || Math.abs(a.day - b.day) <= opts.maxDaysApart);
  const big = items.filter((i) => i.tokens.size >= SUBSTANTIAL);
  const small = items.filter((i) => i.tokens.size < SUBSTANTIAL);
  const parent = new Map(big.map((i) => [i, i]));
  const find = (i) => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(i, root);
    return root;
  };
  const bestLink = /* @__PURE__ */ new Map();
  const spans = /* @__PURE__ */ new Map();
  for (const i of big) if (i.day !== void 0) spans.set(i, { first: i.day, last: i.day });
  const postings = new Postings(big);
  for (const a of big) {
    for (const b of candidates(a, postings, 3, opts, counts)) {
      if (b.index <= a.index || !comparable(a, b)) continue;
      const score2 = containment(a, b);
      if (score2 < opts.linkThreshold) continue;
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) continue;
      const merged = joinSpans(spans.get(ra), spans.get(rb));
      if (merged && merged.last - merged.first > opts.maxDaysApart) continue;
      parent.set(ra, rb);
      if (merged) spans.set(rb, merged);
      bestLink.set(a, Math.max(bestLink.get(a) ?? 0, score2));
      bestLink.set(b, Math.max(bestLink.get(b) ?? 0, score2));
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const i of big) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  const groupOf = /* @__PURE__ */ new Map();
  for (const members of groups.values()) for (const m of members) groupOf.set(m, members);
  const shortTwins = /* @__PURE__ */ new Map();
  for (const s of small) {
    let best;
    for (const b of candidates(s, postings, 1, opts, counts)) {
      if (!comparable(s, b)) continue;
      const words2 = containment(s, b);
      const group = groupOf.get(b);
      if (!group || words2 < opts.attachThreshold || !sharesEnough(s, b)) continue;
      const context = contextOverlap(s, b);
      if (context < opts.contextThreshold + (words2 < 0.999 ? 0.1 : 0)) continue;
      if (!withinSpan(spanOf(group), s.day, opts.maxDaysApart)) continue;
      const score2 = (words2 + context) / 2;
      const tie = -b.index;
      if (!best || score2 > best.score || score2 === best.score && group.length > best.group.length || score2 === best.score && group.length === best.group.length && tie > best.tie) {
        best = { group, score: score2, tie };
      }
    }
    if (best) {
      best.group.push(s);
      bestLink.set(s, best.score);
    } else {
      const key = identityKey(s.entry.quote.text);
      const twin = shortTwins.get(key);
      if (s.day !== void 0 && twin?.some((m) => m.day !== void 0 && comparable(s, m))) {
        twin.push(s);
        bestLink.set(s, 1);
      } else {
        const group = [s];
        groups.set(s, group);
        shortTwins.set(key, group);
      }
    }
  }
  const out = [];
  for (const members of /* @__PURE__ */ new Set([...groups.values()])) {
    members.sort((a, b) => a.index - b.index);
    const first = [...members].sort((a, b) => b.speaker.key.length - a.speaker.key.length)[0];
    if (!first) continue;
    const links = members.map((m) => bestLink.get(m)).filter((l) => l !== void 0);
    const linked = links.length ? Math.min(1, ...links) : 1;
    out.push({
      id: 0,
      speaker: first.speaker,
      members: members.map((m) => m.entry),
      outlets: [...new Set(members.map((m) => m.entry.article.outlet))].sort(),
      confidence: Math.round(linked * 100) / 100
    });
  }
  return out;
}
function surnameAliases(quotes, speakerOf) {
  const counts = /* @__PURE__ */ new Map();
  for (const q of quotes) {
    const speaker = speakerOf(q.quote);
    if (speaker?.kind === "person") counts.set(speaker.key, (counts.get(speaker.key) ?? 0) + 1);
  }
  const full = /* @__PURE__ */ new Map();
  for (const k of counts.keys()) {
    const words2 = k.split(" ");
    if (words2.length < 2) continue;
    const last = words2[words2.length - 1];
    const list = full.get(last);
    if (list) list.push(k);
    else full.set(last, [k]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const k of counts.keys()) {
    if (k.includes(" ")) continue;
    const list = [...full.get(k) ?? []].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    const top = list[0];
    if (!top) continue;
    const others = list.slice(1).reduce((n2, o) => n2 + (counts.get(o) ?? 0), 0);
    if (list.length === 1 || (counts.get(top) ?? 0) >= 4 * others) out.set(k, top);
  }
  return out;
}
function inverseFrequencies(items) {
  const df = /* @__PURE__ */ new Map();
  for (const i of items) for (const t of i.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const n2 = items.length + 1;
  const idf = /* @__PURE__ */ new Map();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n2 / d));
  return idf;
}
function isTitle2(text) {
  const words2 = text.replace(/[.,!?;:]+$/, "").split(/\s+/).filter(Boolean);
  if (!words2.length || words2.length > 6) return false;
  const small = /* @__PURE__ */ new Set(["the", "of", "and", "a", "an", "in", "on", "for", "to", "&", "with", "at"]);
  return words2.every((w, i) => /^[\p{Lu}\d]/u.test(w) || i > 0 && small.has(w.toLowerCase()));
}
function joinSpans(a, b) {
  if (!a || !b) return a ?? b;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}
function spanOf(members) {
  let span;
  for (const m of members) if (m.day !== void 0) span = joinSpans(span, { first: m.day, last: m.day });
  return span;
}
function withinSpan(span, day, days) {
  return !span || day === void 0 || Math.max(span.last, day) - Math.min(span.first, day) <= days;
}
function sharesEnough(fragment, quote) {
  let shared = 0;
  for (const t of fragment.tokens) if (quote.tokens.has(t)) shared++;
  return shared >= Math.max(1, fragment.tokens.size - 1);
}
function paragraphOf(article, index2) {
  const reader = article;
  return reader.paragraph ? reader.paragraph(index2) : article.paragraphs[index2] ?? "";
}
function firstKey(s) {
  const first = s.members[0];
  return first ? `${first.article.id}\0${String(first.quote.start).padStart(9, "0")}` : "";
}

// src/engine/statement-index.ts
var StatementIndex = class {
  /** `quotesOf(key)`: the person quotes of one speaker, in corpus order. */
  constructor(quotesOf) {
    this.quotesOf = quotesOf;
  }
  quotesOf;
  bySpeaker = /* @__PURE__ */ new Map();
  ofQuote = /* @__PURE__ */ new Map();
  dirty = /* @__PURE__ */ new Set();
  sorted;
  /** Ids for statements regrouped since the last full sort, so ids stay unique without re-sorting. */
  nextId = 0;
  /** Speakers whose statements are still only in the store. */
  pending = /* @__PURE__ */ new Set();
  stored;
  /**
   * Replaces everything with already computed statements (a full build or a snapshot). `ordered`:
   * they are already in `list` order; otherwise they are sorted when the whole list is first asked
   * for (the store reads them per speaker, and sorting them all is work a start-up need not do).
   */
  reset(statements, ordered = true) {
    this.bySpeaker.clear();
    this.ofQuote.clear();
    this.dirty.clear();
    this.pending.clear();
    for (const s of statements) this.store(s.speaker.key, s);
    this.sorted = ordered ? [...statements] : void 0;
    this.nextId = statements.reduce((n2, s) => Math.max(n2, s.id + 1), statements.length);
  }
  /**
   * Replaces everything with statements kept in a store: each speaker's are read when first needed
   * (a quote's statement, or the whole list), so a start reads none of them.
   */
  useStore(stored) {
    this.reset([], false);
    this.stored = stored;
    this.pending.clear();
    for (const key of stored.keys()) this.pending.add(key);
    this.nextId = stored.nextId;
  }
  /** The statements of one speaker as they are now (regrouped first if its quotes changed). */
  ofSpeaker(key) {
    if (this.dirty.has(key)) this.regroup(key);
    else this.loadPending(key);
    return this.bySpeaker.get(key) ?? [];
  }
  /** The highest id given so far, plus one (what a store keeps as `nextId`). */
  get idLimit() {
    return this.nextId;
  }
  loadPending(key) {
    if (!this.pending.delete(key)) return;
    for (const s of this.stored?.load(key) ?? []) this.store(key, s);
  }
  /** Speakers whose quotes changed: regrouped lazily. */
  invalidate(speakerKeys) {
    for (const key of speakerKeys) this.dirty.add(key);
    this.sorted = void 0;
  }
  /** Regroups the changed speakers now, one speaker per step, then sorts (a caller may yield between steps). */
  *refreshSteps() {
    for (const key of [...this.dirty]) {
      if (this.dirty.has(key)) this.regroup(key);
      yield;
    }
    this.list();
  }
  statementOf(quote) {
    const key = quote.speaker?.key;
    if (key !== void 0 && this.dirty.has(key)) this.regroup(key);
    else if (key !== void 0 && this.pending.has(key) && this.stored?.statementOf) return this.stored.statementOf(quote, key);
    else if (key !== void 0) this.loadPending(key);
    return this.ofQuote.get(quote);
  }
  /** Every statement, most outlets first (ids in that order). */
  list() {
    if (this.sorted) return this.sorted;
    for (const key of [...this.pending]) if (!this.dirty.has(key)) this.loadPending(key);
    for (const key of [...this.dirty]) this.regroup(key);
    this.sorted = sortStatements([...this.bySpeaker.values()].flat());
    this.nextId = this.sorted.length;
    return this.sorted;
  }
  regroup(key) {
    this.dirty.delete(key);
    this.pending.delete(key);
    for (const s of this.bySpeaker.get(key) ?? []) for (const m of s.members) this.ofQuote.delete(m.quote);
    this.bySpeaker.delete(key);
    const statements = groupStatements(this.quotesOf(key));
    for (const s of statements) {
      s.id = this.nextId++;
      this.store(key, s);
    }
    this.sorted = void 0;
  }
  store(key, statement) {
    const list = this.bySpeaker.get(key);
    if (list) list.push(statement);
    else this.bySpeaker.set(key, [statement]);
    for (const m of statement.members) this.ofQuote.set(m.quote, statement);
  }
};

// src/engine/workers/extract-pool.ts
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WORKERS_FROM_ARTICLES = 2e3;
var BATCH = 200;
var BOOT = `import(${JSON.stringify(
  pathToFileURL(
    createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")
  ).href
)})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL("./extract-worker.ts", import.meta.url).href)}); })`;
async function extractInWorkers(articles, onDone, threads = Math.max(1, availableParallelism())) {
  const out = new Array(articles.length);
  let next = 0;
  let done = 0;
  const run = (worker) => new Promise((resolve, reject) => {
    const send = () => {
      if (next >= articles.length) return resolve();
      const batch = next;
      next += BATCH;
      const texts = articles.slice(batch, batch + BATCH).map((a) => a.paragraphs.join(PARAGRAPH_SEPARATOR));
      worker.postMessage({ batch, texts });
    };
    worker.on("message", (message) => {
      message.quotes.forEach((quotes, i) => out[message.batch + i] = quotes);
      done += message.quotes.length;
      onDone?.(done);
      send();
    });
    worker.on("error", reject);
    worker.on(
      "exit",
      (code) => code === 0 || next >= articles.length ? resolve() : reject(new Error(`quote worker exited with ${code}`))
    );
    send();
  });
  const workers = Array.from({ length: Math.min(threads, Math.ceil(articles.length / BATCH)) }, () => new Worker(BOOT, { eval: true }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

// src/engine/corpus.ts
var yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));
var IndexedCorpus = class {
  index;
  statements;
  /** Bumped on every change, so views computed from the corpus know when to recompute. */
  version = 0;
  files = /* @__PURE__ */ new Map();
  /** Articles of the files currently shown (not staged, not retired). */
  live = /* @__PURE__ */ new Set();
  nextId;
  registry;
  /** One object per speaker across files (built when first needed: a start does not need it). */
  sharedSpeakers;
  byFileOrder;
  /** Loader problems not tied to one file's content (e.g. folders that could not be listed). */
  extraSkipped = [];
  /** Changes run one after another. */
  queue = Promise.resolve();
  work;
  store;
  /** Passages built on demand from the shown files (what the index reads, with a store). */
  byId = new PassagesById(
    () => this.files.values(),
    (key) => this.read.ofSpeaker(key)
  );
  /** Reads over the shown quotes (by speaker, totals), from the store's tables when it has them. */
  read;
  /** An empty corpus over a new index (`options.index`), or one restored from a snapshot. */
  constructor(options = {}, restored) {
    const settings = engineSettings(options);
    this.work = settings;
    this.index = restored?.index ?? settings.index();
    this.nextId = restored?.nextId ?? 0;
    this.store = options.store;
    this.read = new CorpusQuotes(() => this.indexedFiles(), this.store?.tables);
    this.statements = new StatementIndex((key) => this.read.ofPerson(key));
    if (this.store) {
      if (!this.index.attach) throw new Error(`the ${this.index.kind} index cannot read its passages from a store`);
      this.index.attach(this.byId);
    }
    for (const f of restored?.files ?? []) this.show(f);
    if (restored) {
      if (restored.storedStatements) this.statements.useStore(restored.storedStatements);
      else this.statements.reset(restored.statements);
      if (restored.skipped?.length) this.extraSkipped = restored.skipped;
      if (restored.stale?.length) {
        this.statements.invalidate(restored.stale);
        this.saveStatements(restored.stale);
      }
    }
  }
  /** Files in path order. */
  indexedFiles() {
    this.byFileOrder ??= [...this.files.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return this.byFileOrder;
  }
  /** The shown article passage `id` belongs to (a cut search's check of unreached outlets names outlets by id). */
  articleOfPassage = (id) => this.byId.articleOf(id);
  file(name) {
    return this.files.get(name);
  }
  get passageIdLimit() {
    return this.nextId;
  }
  setExtraSkipped(skipped) {
    this.extraSkipped = skipped;
    this.changed();
    try {
      this.store?.saveExtraSkipped(skipped);
    } catch {
    }
  }
  get skippedOutsideFiles() {
    return this.extraSkipped;
  }
  /** True when `article` belongs to a file currently shown. */
  isLive(article) {
    return this.live.has(article);
  }
  /**
   * Adds or replaces files and removes others, yielding to the event loop between slices. The first
   * change on an empty corpus unifies speakers over all its files at once (as a full build); later
   * ones unify the new files against the speakers already known.
   */
  apply(put, remove, options = {}) {
    const run = this.queue.then(() => this.applySliced(put, remove, options));
    this.queue = run.catch(() => void 0);
    return run;
  }
  async applySliced(put, remove, options) {
    const articles = put.flatMap((c) => c.load.articles);
    const extracted = articles.length >= WORKERS_FROM_ARTICLES ? await extractInWorkers(articles, (done) => options.onProgress?.({ phase: "quotes", done, total: articles.length })).catch(
      () => void 0
      // Workers unavailable: the steps extract in this thread.
    ) : void 0;
    let last = performance.now();
    for (const _ of this.steps(put, remove, options.onProgress, extracted)) {
      if (performance.now() - last < this.work.sliceMs) continue;
      await (options.pause ?? yieldToEventLoop)();
      last = performance.now();
    }
  }
  /** `apply` without yielding: for building a corpus nobody queries yet. */
  applyNow(put, remove, onProgress) {
    for (const _ of this.steps(put, remove, onProgress)) ;
  }
  /** The work of a change, as steps: each `yield` is a point where queries may run. */
  *steps(put, remove, onProgress, extracted) {
    const articles = put.flatMap((c) => c.load.articles);
    const perArticle = extracted ?? [];
    for (let i = extracted ? articles.length : 0; i < articles.length; i++) {
      perArticle.push(extractArticleQuotes(articles[i]));
      if ((i + 1) % this.work.progressEvery === 0) onProgress?.({ phase: "quotes", done: i + 1, total: articles.length });
      yield;
    }
    this.speakerRegistry().unify(perArticle);
    shareSpeakers(perArticle, this.knownSpeakers());
    const staged = [];
    let at = 0;
    for (const content of put) {
      const quotes = perArticle.slice(at, at + content.load.articles.length);
      at += content.load.articles.length;
      const passageCount = content.load.articles.reduce((n2, a) => n2 + a.paragraphs.length, 0);
      staged.push({ ...content, quotes, firstId: this.nextId, passageCount });
      this.nextId += passageCount;
    }
    const total = staged.reduce((n2, f) => n2 + f.passageCount, 0);
    let done = 0;
    const start = staged[0]?.firstId ?? this.nextId;
    let indexed = start;
    try {
      for (const f of staged) {
        for (const [a, article] of f.load.articles.entries()) {
          const passages = passagesOf(article, quotesAt(f.quotes, a), indexed);
          this.index.put(passages);
          indexed += passages.length;
          done += passages.length;
          if (done % this.work.progressEvery < passages.length) onProgress?.({ phase: "index", done, total });
          yield;
        }
      }
    } catch (error) {
      this.index.remove(range(start, indexed));
      throw error;
    }
    const touched = /* @__PURE__ */ new Set();
    const retired = [];
    for (const name of /* @__PURE__ */ new Set([...remove, ...staged.map((f) => f.file)])) {
      const old = this.files.get(name);
      if (old) retired.push(old);
    }
    for (const f of [...retired, ...staged])
      for (const q of eachQuote(f.quotes)) if (q.speaker?.kind === "person") touched.add(q.speaker.key);
    if (this.store) {
      try {
        this.store.commit(staged, retired, this.nextId);
      } catch (error) {
        this.index.remove(range(start, indexed));
        throw error;
      }
    }
    for (const old of retired) this.hide(old);
    for (const f of staged) this.show(f);
    this.changed();
    this.statements.invalidate(touched);
    for (const old of retired) {
      const step = this.work.removeSlice;
      for (let id = old.firstId; id < old.firstId + old.passageCount; id += step) {
        this.index.remove(range(id, Math.min(old.firstId + old.passageCount, id + step)));
        yield;
      }
    }
    onProgress?.({ phase: "statements", done: 0, total: 1 });
    const held = staged.map((f) => quoteArrays(f.quotes));
    yield* this.statements.refreshSteps();
    this.saveStatements(touched);
    held.length = 0;
    onProgress?.({ phase: "statements", done: 1, total: 1 });
  }
  saveStatements(keys) {
    try {
      this.store?.saveStatements(keys, (key) => this.statements.ofSpeaker(key), this.statements.idLimit);
    } catch {
    }
  }
  /** Quotes of every shown file, in corpus order (file path, then article, then position). */
  quotes() {
    return this.read.all();
  }
  /**
   * The speaker registry new files are unified against. After a snapshot load it is rebuilt from
   * the speakers of the corpus (their canonical names), the first time a file is added.
   */
  speakerRegistry() {
    if (this.registry) return this.registry;
    this.registry = new SpeakerRegistry();
    const known = /* @__PURE__ */ new Map();
    for (const speaker of this.read.speakers())
      if (!known.has(speaker.key))
        known.set(speaker.key, { text: "", start: 0, end: 0, paragraph: 0, kind: "full", speaker: { ...speaker } });
    this.registry.unify([[...known.values()]]);
    return this.registry;
  }
  show(f) {
    this.files.set(f.file, f);
    for (const a of f.load.articles) this.live.add(a);
    if (this.sharedSpeakers) this.shareFrom(f, this.sharedSpeakers);
  }
  knownSpeakers() {
    if (!this.sharedSpeakers) {
      this.sharedSpeakers = /* @__PURE__ */ new Map();
      for (const s of this.read.speakers()) this.sharedSpeakers.set(speakerIdOf(s), s);
    }
    return this.sharedSpeakers;
  }
  shareFrom(f, shared) {
    if ("count" in f.quotes) return;
    for (const q of eachQuote(f.quotes)) if (q.speaker) shared.set(speakerIdOf(q.speaker), q.speaker);
  }
  hide(f) {
    if (this.files.get(f.file) === f) this.files.delete(f.file);
    for (const a of f.load.articles) this.live.delete(a);
  }
  changed() {
    this.version++;
    this.byFileOrder = void 0;
    this.read.changed();
    this.byId.changed();
  }
};
var speakerIdOf = (s) => `${s.kind}\0${s.key}\0${s.name}`;
function range(from, to) {
  const out = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
function contentsOf(load) {
  const byFile = /* @__PURE__ */ new Map();
  const entry = (file) => {
    let r = byFile.get(file);
    if (!r) byFile.set(file, r = { articles: [], skipped: [], warnings: [] });
    return r;
  };
  for (const a of load.articles) entry(a.file).articles.push(a);
  const other = [];
  const owner = (name) => byFile.has(name) ? name : byFile.has(name.split("#")[0] ?? name) ? name.split("#")[0] ?? name : void 0;
  for (const s of load.skipped) {
    const file = owner(s.file);
    if (file) entry(file).skipped.push(s);
    else entry(s.file.split("#")[0] ?? s.file).skipped.push(s);
  }
  for (const w of load.warnings) {
    const file = owner(w.file);
    if (file) entry(file).warnings.push(w);
    else other.push(w);
  }
  return { contents: [...byFile.entries()].map(([file, l]) => ({ file, load: l })), other };
}

// src/engine/engine.ts
import { LRUCache as LRUCache6 } from "lru-cache";

// src/messages.ts
var ERRORS = {
  empty_query: () => "Type something to look for, e.g. `/quote Putin Bucha` (see `/help`).",
  stopwords_only: (p) => `"${p.query}" has only common words that are not searched; add a name, a place or a topic.`,
  query_too_long: (p) => `The query is ${p.length} characters long; the limit is ${p.max}.`,
  control_characters: (p) => `The query contains a control character (${p.char}); remove it and try again.`,
  unbalanced_quotes: () => 'A quotation mark is not closed: put the exact phrase between two " marks.',
  unknown_filter: (p) => `"${p.name}:" is not a filter. Filters: outlet:, speaker:, since:, until:, limit:.`,
  bad_limit: (p) => `"limit:${p.value}" is not a number of excerpts per outlet; use 1 to ${p.max}.`,
  unknown_outlet: (p) => `No outlet matches "${p.outlet}". Outlets in the corpus: ${p.known}.`,
  ambiguous_outlet: (p) => `No outlet matches "${p.outlet}": did you mean ${p.choices}?`,
  ambiguous_speaker: (p) => `No speaker matches "${p.speaker}": did you mean ${p.choices}?`,
  unknown_speaker: (p) => `No speaker matches "${p.speaker}".${p.known ? ` Speakers with the most quotes: ${p.known}.` : ""}`,
  bad_date: (p) => `"${p.value}" is not a valid ${p.name}: date; use YYYY-MM-DD, YYYY-MM or YYYY.`,
  bad_date_range: (p) => `since:${p.since} is after until:${p.until}; nothing can match.`,
  unknown_command: (p) => `There is no /${p.name} command. Commands: ${p.known}.`,
  ambiguous_command: (p) => `There is no /${p.name} command: did you mean ${p.choices}?`,
  bad_option: (p) => `${p.detail}`,
  add_not_configured: () => "Adding articles from chat is off. An admin turns it on by listing who may add: ADD_ALLOWED_SLACK_USERS, ADD_ALLOWED_DISCORD_USERS or ADD_ALLOWED_DISCORD_ROLES (see docs/ingest.md).",
  add_not_permitted: () => "You are not on the list of people who may add articles; ask an admin.",
  add_unavailable: () => "Adding articles is not available here; use `newsroom add <url>` on the command line.",
  add_no_address: () => "Give the web address of the article to add, e.g. `/add https://www.example.com/news/article`.",
  add_failed: (p) => `${p.url}: ${p.detail}`,
  internal: () => "Something went wrong on our side; the error was logged. Please try again."
};
var NOTES = {
  any_word: () => "No passage has all the words; showing passages with any of them.",
  newest_matches: () => "These words match many passages: only the newest were read, so the counts are of those and older ones may match too.",
  search_cut: (p) => `Not searched to the end: ${p.outlets} may have older matches, not shown here.`,
  undated_left_out: (p) => `${p.count} article(s) with no date were left out by the date filter.`,
  unknown_outlet_files: (p) => `${p.files} had no outlet metadata: each is shown as its own source, named from its file (or a site or outlet named in its text).`,
  read_as: (p) => `Read "${p.typed}" as ${p.meant}.`,
  did_you_mean_speaker: (p) => `"${p.typed}" was searched as a word; did you mean the speaker ${p.choices}?`,
  no_direct_quotation: (p) => `No direct quotation contains ${p.phrases}; try /search for reported speech.`,
  more_statements: (p) => `${p.count} more statements match; narrow the query to see them.`,
  article_added: (p) => `${p.status} ${p.file}: "${p.title}" (${p.outlet}, ${p.date}).`,
  no_quotes_in_article: () => "No direct quotation found in it; its first paragraphs follow."
};
function errorSentence(code, params = {}) {
  return ERRORS[code](params);
}
function note(code, params = {}) {
  return NOTES[code](params);
}

// src/compare/paraphrase.ts
import sbd from "sbd";

// src/citation.ts
function citationOf(article, paragraph) {
  return {
    article: article.id,
    outlet: article.outlet,
    outletKnown: article.outletKnown,
    headline: article.headline,
    url: article.url,
    published: article.published,
    paragraph: paragraph + 1
  };
}

// src/compare/paraphrase.ts
var MIN_SHARED = 3;
var MIN_CONTAINMENT = 0.4;
var MAX_PASSAGES = 400;
var WINDOW_DAYS = 30;
function findParaphrases(statement, index2, hiddenOutlets) {
  const carried = new Set(statement.outlets);
  const wanted = new Set(statement.members.flatMap((m) => compareTokens(m.quote.text)));
  const surname = statement.speaker.name.split(/\s+/).pop() ?? statement.speaker.name;
  const days = statement.members.map((m) => Date.parse(m.article.published?.slice(0, 10) ?? "")).filter((d) => !Number.isNaN(d));
  const from = days.length ? Math.min(...days) - WINDOW_DAYS * 864e5 : -Infinity;
  const to = days.length ? Math.max(...days) + WINDOW_DAYS * 864e5 : Infinity;
  const hits = index2.find([surname], {
    combineWith: "OR",
    filter: (p) => {
      if (carried.has(p.article.outlet) || hiddenOutlets?.has(p.article.outlet)) return false;
      const day = Date.parse(p.article.published?.slice(0, 10) ?? "");
      return Number.isNaN(day) || day >= from && day <= to;
    }
  }).slice(0, MAX_PASSAGES);
  const best = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    for (const sentence of sbd.sentences(hit.passage.text)) {
      const tokens = new Set(compareTokens(sentence));
      let shared = 0;
      for (const t of tokens) if (wanted.has(t)) shared++;
      const score2 = shared / Math.max(1, Math.min(tokens.size, wanted.size));
      if (shared < MIN_SHARED || score2 < MIN_CONTAINMENT) continue;
      const outlet = hit.passage.article.outlet;
      const current = best.get(outlet);
      if (!current || score2 > current.score) best.set(outlet, { score: score2, sentence, hit });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.hit.passage.article.outlet.localeCompare(b.hit.passage.article.outlet)).map(({ sentence, hit }) => ({ ...citationOf(hit.passage.article, hit.passage.paragraph), sentence }));
}

// src/compare/view.ts
import { diffWords } from "diff";
function statementView(statement, paraphrases) {
  const renderings = renderingsOf(statement.members).sort(byPublication);
  const byWording = /* @__PURE__ */ new Map();
  for (const r of renderings) {
    const key = `${identityKey(r.text)}\0${editorialOf(r.text).join("\0")}`;
    const list = byWording.get(key);
    if (list) list.push(r);
    else byWording.set(key, [r]);
  }
  const groups = [...byWording.values()];
  const isPartial = (g) => g.every((r) => r.partial);
  const baseGroup = groups.find((g) => !isPartial(g)) ?? groups[0];
  const base = baseGroup?.[0]?.text ?? "";
  const variants = [...groups].sort((a, b) => Number(b === baseGroup) - Number(a === baseGroup) || Number(isPartial(a)) - Number(isPartial(b))).map((members) => {
    const text = members[0]?.text ?? "";
    const editorial = editorialOf(text);
    return {
      text,
      outlets: [...new Set(members.map((m) => m.article.outlet))],
      citations: members.map((m) => citationOf(m.article, m.members[0].quote.paragraph)),
      ...editorial.length ? { editorial } : {},
      isBase: members === baseGroup,
      isPartial: isPartial(members),
      diff: members === baseGroup ? [] : isPartial(members) ? partialDiff(base, text) : wordDiff(base, text)
    };
  });
  return {
    id: statement.id,
    speaker: statement.speaker.name,
    confidence: statement.confidence,
    confidenceLabel: statement.confidence >= 0.8 ? "high" : statement.confidence >= 0.6 ? "medium" : "low",
    outlets: statement.outlets,
    firstReported: firstReport(renderings.map((r) => r.article)),
    variants,
    paraphrases
  };
}
function renderingsOf(members) {
  const byArticle = /* @__PURE__ */ new Map();
  for (const m of members) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  return [...byArticle].map(([article, list]) => {
    const ordered = [...list].sort((a, b) => a.quote.start - b.quote.start);
    const kept = ordered.filter((m, i) => !ordered.some((o, j) => j !== i && holds(o, m, j < i)));
    return {
      article,
      members: kept,
      text: kept.map((m) => m.quote.text).join(" \u2026 "),
      partial: kept.every((m) => m.quote.kind === "partial" || compareTokens(m.quote.text).length < 4)
    };
  });
}
function holds(outer, inner, earlier) {
  const a = identityKey(outer.quote.text);
  const b = identityKey(inner.quote.text);
  return a === b ? earlier : a.includes(b);
}
function editorialOf(text) {
  return [...text.matchAll(/[[(][^\])]{1,40}[\])]/g)].map((m) => m[0]);
}
function firstReport(articles) {
  const dated = articles.flatMap((a2) => {
    const span = spanOf2(a2.published);
    return span ? [{ article: a2, ...span }] : [];
  });
  if (!dated.length) return void 0;
  dated.sort((a2, b) => a2.start - b.start || a2.end - b.end || a2.article.outlet.localeCompare(b.article.outlet));
  const first = dated.reduce((best, d) => d.end < best.end || d.end === best.end && d.start < best.start ? d : best);
  const sameDay = [
    ...new Set(
      dated.filter((d) => d.article.outlet !== first.article.outlet && d.start < first.end && !(d.timed && first.timed)).map((d) => d.article.outlet)
    )
  ];
  const undatedOutlets = [...new Set(articles.filter((a2) => !spanOf2(a2.published)).map((a2) => a2.outlet))];
  const a = first.article;
  return {
    outlet: a.outlet,
    published: a.published,
    headline: a.headline,
    url: a.url,
    undatedOutlets,
    ...sameDay.length ? { sameDay } : {},
    certainty: sameDay.length ? "same-day" : undatedOutlets.length ? "undated-others" : "sure"
  };
}
function spanOf2(published) {
  if (!published) return void 0;
  const timed = /T\d\d:\d\d/.test(published);
  if (timed) {
    const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(published) ? published : `${published}Z`;
    const t = Date.parse(zoned);
    return Number.isNaN(t) ? void 0 : { start: t, end: t, timed };
  }
  const day = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day) ? void 0 : { start: day, end: day + 864e5 - 1, timed };
}
function wordDiff(from, to) {
  return diffWords(from, to, { ignoreCase: true }).map((c) => ({
    op: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value
  }));
}
function partialDiff(base, fragment) {
  const words2 = base.split(/\s+/).filter(Boolean);
  const size = fragment.split(/\s+/).filter(Boolean).length;
  if (size >= words2.length) return wordDiff(base, fragment);
  const wanted = new Set(compareTokens(fragment));
  let best = { at: -1, shared: 0 };
  for (let at = 0; at + size <= words2.length; at++) {
    const shared = compareTokens(words2.slice(at, at + size).join(" ")).filter((t) => wanted.has(t)).length;
    if (shared > best.shared) best = { at, shared };
  }
  if (best.at < 0) return [];
  const window = words2.slice(best.at, best.at + size).join(" ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  return wordDiff(window, fragment);
}
function byPublication(a, b) {
  const x = spanOf2(a.article.published);
  const y = spanOf2(b.article.published);
  return (x?.end ?? Infinity) - (y?.end ?? Infinity) || (x?.start ?? Infinity) - (y?.start ?? Infinity) || a.article.outlet.localeCompare(b.article.outlet) || a.article.id.localeCompare(b.article.id);
}

// src/answer.ts
var MAX_PER_OUTLET = 50;

// src/errors.ts
var BotError = class extends Error {
  code;
  params;
  constructor(code, params = {}) {
    super(errorSentence(code, shortened(params)));
    this.name = "BotError";
    this.code = code;
    this.params = params;
  }
};
var MAX_ECHO = 80;
function shortened(params) {
  const out = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === "string" && value.length > MAX_ECHO && key !== "known" && key !== "detail" ? `${value.slice(0, MAX_ECHO - 1)}\u2026` : value;
  }
  return out;
}

// src/search/query.ts
var MAX_QUERY_LENGTH = 500;
var MAX_LIMIT = MAX_PER_OUTLET;
var FILTERS = /* @__PURE__ */ new Set(["outlet", "speaker", "since", "until", "limit"]);
function parseQuery(input) {
  const raw = checkedInput(input);
  const parsed = { raw, terms: [], phrases: [], outlets: [], dropped: [] };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] ?? "";
    if (ch === " ") {
      i++;
      continue;
    }
    if (PHRASE_OPENING_MARKS.includes(ch)) {
      const { value, next } = readQuoted(raw, i);
      if (value.trim()) parsed.phrases.push(value.trim());
      i = next;
      continue;
    }
    const filter = /^([a-z]+):(?=\S)/i.exec(raw.slice(i));
    if (filter) {
      const name = (filter[1] ?? "").toLowerCase();
      if (!FILTERS.has(name)) throw new BotError("unknown_filter", { name });
      i += filter[0].length;
      let value;
      if (PHRASE_OPENING_MARKS.includes(raw[i] ?? "")) {
        ({ value, next: i } = readQuoted(raw, i));
      } else {
        const end2 = raw.indexOf(" ", i);
        value = raw.slice(i, end2 === -1 ? raw.length : end2);
        i = end2 === -1 ? raw.length : end2;
      }
      applyFilter(parsed, name, value.trim());
      continue;
    }
    const end = raw.indexOf(" ", i);
    const token = raw.slice(i, end === -1 ? raw.length : end);
    i = end === -1 ? raw.length : end;
    for (const { word } of wordSpans(token)) {
      if (STOP_WORDS.has(fold(word))) parsed.dropped.push(word);
      else parsed.terms.push(word);
    }
  }
  const hasFilter = parsed.outlets.length > 0 || parsed.speaker || parsed.since || parsed.until;
  if (!parsed.terms.length && !parsed.phrases.length && !hasFilter) {
    throw new BotError(parsed.dropped.length ? "stopwords_only" : "empty_query", { query: raw });
  }
  if (parsed.since && parsed.until && parsed.since > parsed.until) {
    throw new BotError("bad_date_range", { since: parsed.since, until: parsed.until });
  }
  return parsed;
}
var OPENS_A_PHRASE = new RegExp(`[${PHRASE_OPENING_MARKS.replace(MARK.rightDouble, "")}]`);
var STRAY_DOUBLE_MARKS = new RegExp(`[${MARK.straightDouble}${MARK.rightDouble}]`, "g");
function parsePhrase(input) {
  if (OPENS_A_PHRASE.test(input)) return parseQuery(input);
  const raw = checkedInput(input.replace(STRAY_DOUBLE_MARKS, ""));
  return { raw, terms: [], phrases: [raw], outlets: [], dropped: [] };
}
function checkedInput(input) {
  if (input.length > MAX_QUERY_LENGTH) {
    throw new BotError("query_too_long", { length: input.length.toLocaleString("en-US"), max: MAX_QUERY_LENGTH });
  }
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(input);
  if (control) {
    const code = control[0].codePointAt(0) ?? 0;
    throw new BotError("control_characters", { char: `U+${code.toString(16).toUpperCase().padStart(4, "0")}` });
  }
  const raw = input.replace(/\s+/g, " ").trim();
  if (!raw) throw new BotError("empty_query");
  return raw;
}
function readQuoted(text, at) {
  const close = CLOSING_MARK_FOR[text[at] ?? '"'] ?? '"';
  let end = text.indexOf(close, at + 1);
  if (end === -1 && close !== '"') end = text.indexOf('"', at + 1);
  if (end === -1) throw new BotError("unbalanced_quotes");
  return { value: text.slice(at + 1, end), next: end + 1 };
}
function applyFilter(parsed, name, value) {
  if (!value) return;
  if (name === "outlet") parsed.outlets.push(value);
  else if (name === "speaker") parsed.speaker = value;
  else if (name === "since") parsed.since = toIsoBound(value, "since", "start");
  else if (name === "until") parsed.until = toIsoBound(value, "until", "end");
  else if (name === "limit") {
    const n2 = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (!(n2 >= 1 && n2 <= MAX_LIMIT)) throw new BotError("bad_limit", { value, max: MAX_LIMIT });
    parsed.limit = n2;
  }
}
function toIsoBound(value, name, side) {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!m) throw new BotError("bad_date", { value, name });
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : side === "start" ? 1 : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : side === "start" ? 1 : lastDay;
  if (month < 1 || month > 12 || day < 1 || day > lastDay) throw new BotError("bad_date", { value, name });
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// src/search/excerpt.ts
function makeExcerpt(text, input) {
  const marks = findMarks(text, input);
  return trimAround(text, marks, input.maxLength);
}
function findMarks(text, { terms, phrases }) {
  const marks = [];
  if (terms.size) {
    for (const span of wordSpans(text)) {
      const forms = processTerm(span.word) ?? [];
      if (forms.some((f) => terms.has(f))) marks.push([span.start, span.end]);
    }
  }
  if (phrases.length) {
    const { folded, map } = foldWithMap(text);
    for (const phrase of phrases) {
      const needle = foldPhrase(phrase);
      if (!needle) continue;
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
        marks.push([map[at] ?? 0, (map[at + needle.length - 1] ?? 0) + 1]);
      }
    }
  }
  return mergeMarks(marks);
}
function containsPhrase(text, phrase) {
  if (phrasePattern(phrase).test(text)) return true;
  return !FOLDS_AS_IS.test(text) && foldPhrase(text).includes(foldPhrase(phrase));
}
var FOLDS_AS_IS = new RegExp(`^[\\x00-\\x7f${SINGLE_QUOTE_LIKE}${DOUBLE_QUOTE_LIKE}\\u00a0\\u2013\\u2014]*$`);
var PATTERNS = /* @__PURE__ */ new Map();
function phrasePattern(phrase) {
  let pattern = PATTERNS.get(phrase);
  if (!pattern) {
    const source = foldPhrase(phrase).split(" ").map(
      (w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, `['${SINGLE_QUOTE_LIKE}]`).replace(/"/g, `["${DOUBLE_QUOTE_LIKE}]`)
    ).join("\\s+");
    pattern = new RegExp(source, "i");
    if (PATTERNS.size > 1e3) PATTERNS.clear();
    PATTERNS.set(phrase, pattern);
  }
  return pattern;
}
function trimAround(text, marks, maxLength) {
  if (text.length <= maxLength) return { text, marks };
  let bestStart = 0;
  let bestCount = -1;
  for (const [first] of marks) {
    const count2 = marks.filter(([s, e]) => s >= first && e <= first + maxLength).length;
    if (count2 > bestCount) {
      bestCount = count2;
      bestStart = first;
    }
  }
  const start = cutStart(text, bestStart, maxLength);
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + maxLength / 2) end = space;
  }
  const slice = text.slice(start, end);
  const body = slice.trim().replace(/[\s,;:]+$/, "");
  const offset = start + (slice.length - slice.trimStart().length);
  const prefix = start > 0 ? "\u2026" : "";
  const suffix = end < text.length ? "\u2026" : "";
  const kept = marks.filter(([s, e]) => s >= offset && e <= offset + body.length).map(([s, e]) => [s - offset + prefix.length, e - offset + prefix.length]);
  return { text: prefix + body + suffix, marks: kept };
}
function cutStart(text, at, maxLength) {
  if (at <= 0) return 0;
  const sentence = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("? ", at), text.lastIndexOf("! ", at), text.lastIndexOf("\n", at));
  const sentenceStart2 = sentence === -1 ? 0 : sentence + 2;
  if (at - sentenceStart2 <= maxLength * 0.6) return sentenceStart2;
  const space = text.indexOf(" ", Math.max(0, at - Math.floor(maxLength / 4)));
  return space === -1 || space >= at ? at : space + 1;
}
function mergeMarks(marks) {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return merged;
}
function foldWithMap(text) {
  let folded = "";
  const map = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    let f = /\s/.test(ch) ? " " : foldPhrase(ch) || (/\p{M}/u.test(ch) ? "" : fold(ch));
    if (f === " " && lastSpace) f = "";
    lastSpace = f === " ";
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
  }
  return { folded, map };
}

// src/engine/find.ts
function findHits(index2, terms, scope) {
  const filter = (p) => inScope(p, scope);
  const verify = scope.phrases.length ? (p) => hasPhrases(p, scope) : void 0;
  const words2 = [...terms, ...scope.phrases];
  if (!words2.length) {
    const all = (p) => filter(p) && (!verify || verify(p));
    const keys = scope.speakerKeys && scope.speakers ? scope.speakers.corpusKeys(scope.speakerKeys) : scope.speakerKeys;
    const passages = keys ? index2.scanSpeakers(keys, all) : index2.scan(all);
    const candidates3 = [...passages].map((passage) => ({ passage, score: 0, terms: /* @__PURE__ */ new Set() }));
    return { candidates: expand(candidates3, scope), relaxed: false };
  }
  const partial = /* @__PURE__ */ new Set();
  const lens = scope.speakers;
  const bounds = scope.spread ? { spread: scope.spread } : {};
  const cut = { allWords: false, any: false };
  const search = (combineWith, only) => {
    const found = index2.find(words2, { combineWith, filter: only, verify, ...bounds });
    if (found.complete === false) {
      cut.any = true;
      if (combineWith === "AND") cut.allWords = true;
    }
    if (!lens) return found;
    const rescore = (passage, rest) => index2.find(rest, { combineWith: "OR", filter: (p) => p === passage && only(p), verify })[0]?.score;
    return withoutUnseenNames(found, lens, words2, combineWith === "AND" && words2.length > 1, rescore);
  };
  let hits = search("AND", filter);
  let relaxed = false;
  if (!hits.length && words2.length > 1) {
    hits = search("OR", filter);
    relaxed = hits.length > 0;
    for (const h2 of hits) partial.add(h2);
  } else if (words2.length > 1) {
    const covered = new Set(hits.map((h2) => h2.passage.article.outlet));
    const rest = scope.outletCount !== void 0 && covered.size >= scope.outletCount ? [] : search("OR", (p) => !covered.has(p.article.outlet) && filter(p));
    for (const h2 of rest) partial.add(h2);
    hits = hits.concat(rest);
  }
  const termSets = /* @__PURE__ */ new Map();
  const termsOf3 = (terms2) => {
    const key = terms2.join("\0");
    let set = termSets.get(key);
    if (!set) termSets.set(key, set = new Set(terms2));
    return set;
  };
  const candidates2 = hits.map((h2) => ({ passage: h2.passage, score: h2.score, terms: termsOf3(h2.terms), partial: partial.has(h2) }));
  return {
    candidates: expand(candidates2, scope),
    relaxed,
    ...cut.any ? { complete: false, cut: { allWords: cut.allWords } } : {}
  };
}
function inScope(p, scope) {
  const a = p.article;
  if (scope.outlets && !scope.outlets.has(a.outlet)) return false;
  if (scope.hidden?.has(a.outlet)) return false;
  if (scope.since || scope.until) {
    const day = a.published?.slice(0, 10);
    if (!day || scope.since && day < scope.since || scope.until && day > scope.until) return false;
  }
  if (scope.command === "quote" && !p.quotes.some((q) => isWanted(q, scope))) return false;
  if (scope.command === "search" && scope.speakerKeys && !p.quotes.some((q) => isWanted(q, scope))) return false;
  return true;
}
function hasPhrases(p, scope) {
  return scope.phrases.every((phrase) => containsPhrase(p.text, phrase));
}
function isWanted(q, scope) {
  if (scope.anyQuote) return true;
  const speaker = scope.speakers ? scope.speakers.speakerOf(q.quote) : q.quote.speaker;
  if (scope.speakerKeys) return speaker !== void 0 && scope.speakerKeys.has(speaker.key);
  return speaker !== void 0 || q.quote.kind === "full";
}
function expand(candidates2, scope) {
  if (scope.command === "search") return candidates2;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of candidates2) {
    for (const q of c.passage.quotes) {
      if (!isWanted(q, scope) || seen.has(q.quote)) continue;
      seen.add(q.quote);
      const words2 = c.terms.size ? fold(c.passage.text.slice(q.start, q.end)) : "";
      const onTopic = !c.terms.size || [...c.terms].some((t) => words2.includes(t)) || scope.phrases.some((p) => containsPhrase(words2, p));
      const one = { passage: c.passage, quote: q, score: c.score * (onTopic ? 1 : 0.5), terms: c.terms, onTopic };
      if (c.partial !== void 0) one.partial = c.partial;
      out.push(one);
    }
  }
  return out;
}
function withoutUnseenNames(hits, lens, words2, allWords, rescore) {
  const out = [];
  let changed = false;
  for (const h2 of hits) {
    const unseen = unseenNameTerms(h2.passage, lens);
    if (!unseen || !h2.terms.some((t) => unseen.has(t))) {
      out.push(h2);
      continue;
    }
    changed = true;
    const terms = h2.terms.filter((t) => !unseen.has(t));
    if (!terms.length || allWords) continue;
    const rest = words2.filter((w) => !termsOf2(w).every((t) => unseen.has(t)));
    const score2 = rest.length ? rescore(h2.passage, rest) : void 0;
    if (score2 !== void 0) out.push({ ...h2, terms, score: score2 });
  }
  return changed ? out.sort((a, b) => b.score - a.score) : out;
}
var termsOf2 = (text) => tokenize(text).flatMap((t) => processTerm(t) ?? []);
function unseenNameTerms(p, lens) {
  const differ = p.quotes.filter((q) => q.quote.speaker && lens.speakerOf(q.quote)?.name !== q.quote.speaker.name);
  if (!differ.length) return void 0;
  const seen = /* @__PURE__ */ new Set([...termsOf2(p.text), ...p.quotes.flatMap((q) => termsOf2(lens.speakerOf(q.quote)?.name ?? ""))]);
  const unseen = new Set(differ.flatMap((q) => termsOf2(q.quote.speaker.name)).filter((t) => !seen.has(t)));
  return unseen.size ? unseen : void 0;
}

// src/engine/names.ts
var TITLES2 = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "president",
  "vice",
  "prime",
  "minister",
  "secretary",
  "general",
  "secretary-general",
  "chancellor",
  "senator",
  "sen",
  "rep",
  "representative",
  "congressman",
  "congresswoman",
  "governor",
  "gov",
  "mayor",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "sheikh",
  "emir",
  "ambassador",
  "commissioner",
  "chief",
  "judge",
  "justice",
  "speaker",
  "leader",
  "foreign",
  "defence",
  "defense",
  "deputy",
  "attorney",
  "gen",
  "col",
  "lt",
  "capt",
  "adm",
  "rev",
  "father",
  "saint",
  "st"
]);
function isTitleWord(word) {
  return TITLES2.has(word.toLowerCase().replace(/\.$/, ""));
}
function typosAllowed(word) {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}
function nearest(typed, candidates2, keyOf) {
  const allowed = typosAllowed(typed);
  if (!allowed) return [];
  let best = allowed + 1;
  let out = [];
  for (const c of candidates2) {
    const d = Math.min(...keyOf(c).map((k) => editDistance(typed, k, allowed, { transpositions: true })));
    if (d < best) {
      best = d;
      out = [c];
    } else if (d === best && d <= allowed) out.push(c);
  }
  return best <= allowed ? out : [];
}
function guessSpeaker(typed, people2) {
  const word = typed.toLowerCase();
  const byFirst = people2.filter((p) => p.key.includes(" ") && p.key.split(" ")[0] === fold(word));
  if (byFirst.length === 1) return { meant: byFirst[0], choices: byFirst };
  if (byFirst.length > 1) return { choices: mostQuoted(byFirst) };
  const near = nearest(fold(word), people2, (p) => {
    const w = p.key.split(" ");
    return [p.key, w[w.length - 1] ?? ""];
  });
  if (near.length === 1) return { meant: near[0], choices: near };
  return { choices: mostQuoted(near) };
}
function mostQuoted(list) {
  return [...list].sort((a, b) => b.quotes - a.quotes).slice(0, 5);
}
function orList(names) {
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : names[0] ?? "";
}

// src/engine/plan.ts
function planSearch(request, corpus2) {
  const parsed = parseQuery(request.query);
  if (request.outlet?.trim()) parsed.outlets.push(request.outlet.trim());
  if (request.speaker?.trim()) parsed.speaker = request.speaker.trim();
  const notes = [];
  const speakers = corpus2.speakersFor(request.hiddenOutlets);
  const outlets = resolveOutlets(corpus2.outletNamesFor(request.hiddenOutlets), parsed.outlets, notes);
  let speakerKeys = parsed.speaker ? resolveSpeaker(speakers, parsed.speaker, notes) : void 0;
  let terms = parsed.terms;
  if (!speakerKeys && request.command === "quote") {
    const found = speakerInTerms(speakers, terms) ?? guessInTerms(speakers, terms, notes);
    if (found) ({ keys: speakerKeys, rest: terms } = found);
  }
  const keys = speakerKeys;
  const speakerName = keys ? speakers.speakers.find((s) => keys.has(s.speaker.key))?.speaker.name : void 0;
  return {
    parsed,
    notes,
    terms,
    scope: {
      command: request.command,
      outlets,
      speakerKeys,
      since: parsed.since,
      until: parsed.until,
      phrases: parsed.phrases,
      hidden: request.hiddenOutlets,
      speakers,
      outletCount: outletsInScope(corpus2, outlets, request.hiddenOutlets).length
    },
    view: {
      terms,
      phrases: parsed.phrases,
      outlets: outlets ? [...outlets] : [],
      speaker: speakerName,
      since: parsed.since,
      until: parsed.until
    }
  };
}
function resolveOutlets(names, values, notes) {
  if (!values.length) return void 0;
  const slug = (s) => fold(s).replace(/[^\p{L}\p{N}]+/gu, "");
  const chosen = /* @__PURE__ */ new Set();
  for (const value of values) {
    const wanted = slug(value);
    const matches = names.filter((n2) => slug(n2) === wanted);
    let partial = matches.length ? matches : names.filter((n2) => wanted.length >= 3 && slug(n2).includes(wanted));
    if (!partial.length) {
      const near = nearest(wanted, names, (n2) => [
        slug(n2),
        ...fold(n2).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4)
      ]);
      if (near.length > 1) throw new BotError("ambiguous_outlet", { outlet: value, choices: orList(near.slice(0, 5)) });
      if (!near.length) throw new BotError("unknown_outlet", { outlet: value, known: listForMessage(names) });
      notes.push(note("read_as", { typed: value, meant: near[0] }));
      partial = near;
    }
    for (const n2 of partial) chosen.add(n2);
  }
  return chosen;
}
function resolveSpeaker(corpus2, value, notes) {
  const words2 = value.trim().split(/\s+/);
  while (words2.length > 1 && isTitleWord(words2[0])) words2.shift();
  const found = corpus2.lookupSpeaker(words2.join(" "));
  if (!found.length && words2.length === 1) {
    const { meant, choices } = guessSpeaker(words2[0], people(corpus2));
    if (meant) {
      notes.push(note("read_as", { typed: value, meant: meant.name }));
      return /* @__PURE__ */ new Set([meant.key]);
    }
    if (choices.length) throw new BotError("ambiguous_speaker", { speaker: value, choices: orList(choices.map((c) => c.name)) });
  }
  if (!found.length) {
    const known = corpus2.speakers.filter((s) => s.speaker.kind === "person").slice(0, 8).map((s) => s.speaker.name);
    throw new BotError("unknown_speaker", { speaker: value, known: known.join(", ") });
  }
  return new Set(found.map((s) => s.key));
}
function speakerInTerms(corpus2, terms) {
  for (let i = 0; i < terms.length; i++) {
    for (const width of [3, 2, 1]) {
      if (i + width > terms.length) continue;
      const found = corpus2.lookupSpeaker(terms.slice(i, i + width).join(" ")).filter((s) => s.kind === "person");
      if (!found.length) continue;
      let from = i;
      while (from > 0 && isTitleWord(terms[from - 1])) from--;
      return { keys: new Set(found.map((s) => s.key)), rest: [...terms.slice(0, from), ...terms.slice(i + width)] };
    }
  }
  return void 0;
}
function guessInTerms(corpus2, terms, notes) {
  for (let i = 0; i < terms.length; i++) {
    const typed = terms[i];
    if (!/^\p{Lu}/u.test(typed) || typed.length < 4) continue;
    const { meant, choices } = guessSpeaker(typed, people(corpus2));
    if (meant) {
      notes.push(note("read_as", { typed, meant: meant.name }));
      let from = i;
      while (from > 0 && isTitleWord(terms[from - 1])) from--;
      return { keys: /* @__PURE__ */ new Set([meant.key]), rest: [...terms.slice(0, from), ...terms.slice(i + 1)] };
    }
    if (choices.length) notes.push(note("did_you_mean_speaker", { typed, choices: orList(choices.map((c) => c.name)) }));
  }
  return void 0;
}
function people(corpus2) {
  return corpus2.speakers.filter((s) => s.speaker.kind === "person").map((s) => ({ name: s.speaker.name, key: s.speaker.key, quotes: s.quotes }));
}
function outletsInScope(corpus2, outlets, hidden) {
  const all = corpus2.outletNamesFor(hidden);
  return (outlets ? all.filter((o) => outlets.has(o)) : [...all]).sort((a, b) => a.localeCompare(b));
}
function undatedIn(view, outlets, hidden) {
  let n2 = 0;
  for (const o of view.outlets.values()) if ((!outlets || outlets.has(o.outlet)) && !hidden?.has(o.outlet)) n2 += o.undated;
  return n2;
}
function listForMessage(names) {
  return names.length > 12 ? `${names.slice(0, 12).join(", ")} and ${names.length - 12} more (see /sources)` : names.join(", ");
}

// src/engine/reach.ts
var PER_OUTLET = 5;
function reachOutlets(finder, terms, scope, found, outlets, outletOf) {
  if (found.complete !== false) return [];
  const full = /* @__PURE__ */ new Set();
  const any = /* @__PURE__ */ new Set();
  for (const c of found.candidates) {
    any.add(c.passage.article.outlet);
    if (!c.partial) full.add(c.passage.article.outlet);
  }
  const wanted = new Set(outlets.filter((o) => !full.has(o) && (found.cut?.allWords || !any.has(o))));
  if (!wanted.size) return [];
  const groupOf = (id) => {
    const outlet = outletOf(id);
    return outlet !== void 0 && wanted.has(outlet) ? outlet : void 0;
  };
  const spread = { groupOf, perGroup: PER_OUTLET, groups: wanted.size };
  const own = findHits(finder, terms, { ...scope, outlets: wanted, outletCount: wanted.size, spread });
  const reached = new Set(own.candidates.map((c) => c.passage.article.outlet));
  found.candidates = found.candidates.filter((c) => !reached.has(c.passage.article.outlet)).concat(own.candidates);
  if (found.relaxed && found.candidates.some((c) => !c.partial)) found.relaxed = false;
  if (own.complete !== false) return [];
  return [...wanted].filter((o) => !reached.has(o) && !any.has(o));
}

// src/engine/results.ts
function shapeResults(input) {
  const { request, parsed, found } = input;
  const perOutlet = Math.max(1, request.perOutlet ?? input.perOutlet);
  const lens = input.speakers;
  const speakerOf = (q) => lens ? lens.speakerOf(q) : q.speaker;
  const byOutlet = /* @__PURE__ */ new Map();
  for (const candidate of found.candidates) {
    const outlet = candidate.passage.article.outlet;
    const list = byOutlet.get(outlet);
    if (list) list.push(candidate);
    else byOutlet.set(outlet, [candidate]);
  }
  const results = [];
  for (const [outlet, candidates2] of byOutlet) {
    const { shown, consumed } = firstDistinct(candidates2, perOutlet);
    const best = shown[0]?.passage.article;
    if (!best) continue;
    results.push({
      outlet,
      outletKnown: best.outletKnown,
      headline: best.headline,
      url: best.url,
      published: best.published,
      excerpts: shown.map(
        (c) => toExcerpt(c, parsed.phrases, input.excerptLength, parsed.terms.length > 0 || parsed.phrases.length > 0, speakerOf)
      ),
      more: candidates2.length - consumed
    });
  }
  results.sort((a, b) => compareExcerpts(a.excerpts[0], b.excerpts[0]) || a.outlet.localeCompare(b.outlet));
  const matches = { quote: 0, context: 0, partial: 0 };
  if (parsed.terms.length || parsed.phrases.length) {
    for (const c of found.candidates) {
      if (c.partial) matches.partial++;
      else if (c.sibling) matches.beside = (matches.beside ?? 0) + 1;
      else if (matchOf(c) === "quote") matches.quote++;
      else matches.context++;
    }
  }
  const notes = [];
  if (found.relaxed) notes.push(note("any_word"));
  if (input.undatedLeftOut) notes.push(note("undated_left_out", { count: input.undatedLeftOut }));
  if (results.some((r) => !r.outletKnown)) {
    notes.push(note("unknown_outlet_files", { files: input.unknownOutletFiles.join(", ") }));
  }
  const matched = new Set(results.map((r) => r.outlet));
  const unchecked = (input.unchecked ?? []).filter((o) => !matched.has(o));
  if (found.complete === false) notes.push(note("newest_matches"));
  if (unchecked.length) notes.push(note("search_cut", { outlets: unchecked.join(", ") }));
  for (const o of unchecked) matched.add(o);
  return {
    kind: "results",
    command: request.command,
    query: request.query,
    parsed,
    results,
    noMatch: input.scopeOutlets.filter((o) => !matched.has(o)),
    total: results.reduce((n2, r) => n2 + r.excerpts.length + r.more, 0),
    ...found.complete === false ? { complete: false } : {},
    ...parsed.terms.length || parsed.phrases.length ? { matches } : {},
    notes
  };
}
function toExcerpt(c, phrases, maxLength, topic, speakerOf) {
  const { passage, quote } = c;
  const article = passage.article;
  const source = quote ? passage.text.slice(quote.start, quote.end) : passage.text;
  const { text, marks } = makeExcerpt(source, { terms: c.terms, phrases, maxLength });
  const q = quote?.quote ?? soleQuote(c, speakerOf);
  return {
    ...citationOf(article, passage.paragraph),
    text,
    marks,
    isQuote: quote !== void 0,
    speaker: q ? speakerOf(q)?.name : void 0,
    mention: q?.mention?.text,
    cue: q?.cue,
    score: roundScore(c.score),
    ...topic ? { match: matchOf(c) } : {},
    ...c.partial ? { partial: true } : {}
  };
}
function matchOf(c) {
  if (c.quote) return c.onTopic === false ? "context" : "quote";
  if (!c.terms.size) return "context";
  const inQuote = c.passage.quotes.some((q) => {
    const words2 = fold(c.passage.text.slice(q.start, q.end));
    return [...c.terms].some((t) => words2.includes(t));
  });
  return inQuote ? "quote" : "context";
}
function rank(c) {
  return (c.partial ? 2 : 0) + (c.match === "context" ? 1 : 0);
}
function soleQuote(c, speakerOf) {
  const withSpeaker = c.passage.quotes.filter((q) => speakerOf(q.quote));
  const keys = new Set(withSpeaker.map((q) => speakerOf(q.quote)?.key));
  return keys.size === 1 ? withSpeaker[0]?.quote : void 0;
}
function compareCandidates(a, b) {
  const x = a.passage.article;
  const y = b.passage.article;
  return rank({ partial: a.partial, match: a.quote && a.onTopic === false ? "context" : void 0 }) - rank({ partial: b.partial, match: b.quote && b.onTopic === false ? "context" : void 0 }) || roundScore(b.score) - roundScore(a.score) || (x.published ?? "9999").localeCompare(y.published ?? "9999") || x.outlet.localeCompare(y.outlet) || x.id.localeCompare(y.id) || a.passage.paragraph - b.passage.paragraph;
}
function roundScore(score2) {
  return Math.round(score2 * 1e6) / 1e6;
}
function compareExcerpts(a, b) {
  return rank(a) - rank(b) || b.score - a.score || (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.outlet.localeCompare(b.outlet) || a.article.localeCompare(b.article) || a.paragraph - b.paragraph;
}
function firstDistinct(candidates2, count2) {
  for (let take = count2 * 4; ; take *= 4) {
    const best = topCandidates(candidates2, take);
    const seen = /* @__PURE__ */ new Set();
    const shown = [];
    let consumed = 0;
    for (const c of best) {
      if (shown.length === count2) break;
      consumed++;
      const words2 = c.quote ? c.passage.text.slice(c.quote.start, c.quote.end) : c.passage.text;
      const key = `${c.passage.article.id}\0${words2}`;
      if (seen.has(key)) continue;
      seen.add(key);
      shown.push(c);
    }
    if (shown.length === count2 || best.length === candidates2.length) return { shown, consumed };
  }
}
function topCandidates(candidates2, k) {
  if (candidates2.length <= k) return [...candidates2].sort(compareCandidates);
  const top = [];
  for (const c of candidates2) {
    if (top.length === k && compareCandidates(c, top[k - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && compareCandidates(c, top[at - 1]) < 0) at--;
    top.splice(at, 0, c);
    if (top.length > k) top.pop();
  }
  return top;
}

// src/engine/suggest.ts
function rankByTyped(items, typed, nameOf) {
  const wanted = fold(typed.trim());
  const rank2 = (value) => {
    const folded = fold(value);
    if (!wanted || folded.startsWith(wanted)) return 0;
    if (folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(wanted))) return 1;
    return folded.includes(wanted) ? 2 : -1;
  };
  return items.map((item, order) => ({ item, order, rank: rank2(nameOf(item)) })).filter((x) => x.rank >= 0).sort((a, b) => a.rank - b.rank || a.order - b.order).map((x) => x.item);
}

// src/engine/view-speakers.ts
import { LRUCache as LRUCache5 } from "lru-cache";
var LOCAL = /* @__PURE__ */ new WeakMap();
var ViewSpeakers = class _ViewSpeakers {
  /** Speakers with their quote counts, most quoted first. */
  speakers;
  ofQuote = /* @__PURE__ */ new Map();
  whole;
  byKey = /* @__PURE__ */ new Map();
  bySurname = /* @__PURE__ */ new Map();
  byFirstLast = /* @__PURE__ */ new Map();
  /** View key → the corpus keys of its quotes (for the index's speaker lookups). */
  corpusKeysOf = /* @__PURE__ */ new Map();
  quotes;
  /** View key → the quotes this audience sees by that speaker, in corpus order (built on first use). */
  byKeyQuotes;
  /** With every quote visible: the corpus's quotes of one speaker, and those last asked for. */
  wholeQuotesOf;
  recent = new LRUCache5({ max: 64 });
  /**
   * Speakers as an audience that sees every quote of the corpus sees them: the corpus's own, from
   * its totals (`totals`, one entry per key) and its lookup of a speaker's quotes (`quotesOf`, in
   * corpus order), without a list of every quote.
   */
  static whole(totals, quotesOf) {
    const view = new _ViewSpeakers([], void 0, true, totals);
    view.wholeQuotesOf = quotesOf;
    return view;
  }
  /**
   * `quotes`: every quote the audience may see (live, unembargoed, not from a hidden outlet);
   * `corpusCounts`: the quotes of each speaker (corpus key) in the whole corpus, hidden ones included.
   * `whole`: the quotes are the whole corpus (nothing embargoed or hidden): the corpus's own speakers
   * are then what the audience sees, and nothing is recomputed. `totals`: with `whole`, the
   * speakers and their counts, instead of counting `quotes`.
   */
  constructor(quotes, corpusCounts, whole = false, totals) {
    this.whole = whole;
    this.quotes = quotes;
    const locals = [];
    const fullKeys = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Map();
    if (!whole) {
      for (const { quote } of quotes)
        if (quote.speaker?.kind === "person") seen.set(quote.speaker.key, (seen.get(quote.speaker.key) ?? 0) + 1);
    }
    const allSeen = (key) => corpusCounts !== void 0 && corpusCounts.get(key) === seen.get(key);
    for (const { article, quote } of whole ? [] : quotes) {
      const speaker = quote.speaker;
      if (!speaker) continue;
      if (speaker.kind !== "person") {
        this.ofQuote.set(quote, speaker);
        continue;
      }
      const full = speaker.key.includes(" ");
      const local = full && allSeen(speaker.key) ? { key: speaker.key, name: speaker.name, exact: true } : localName(article, speaker);
      locals.push({ quote, local });
      if (local.key.includes(" ")) fullKeys.add(local.key);
    }
    const fullBySurname = /* @__PURE__ */ new Map();
    for (const key of fullKeys) push(fullBySurname, key.slice(key.lastIndexOf(" ") + 1), key);
    const keyOf = (local) => {
      if (local.key.includes(" ")) return local.key;
      const full = fullBySurname.get(local.key);
      return full?.length === 1 ? full[0] : local.key;
    };
    const exact = /* @__PURE__ */ new Map();
    const loose = /* @__PURE__ */ new Map();
    const corpusName = /* @__PURE__ */ new Map();
    for (const { quote, local } of locals) {
      if (keyOf(local) !== local.key) continue;
      count(local.exact ? exact : loose, local.key, local.name);
      if (quote.speaker.key === local.key) corpusName.set(local.key, quote.speaker.name);
    }
    const named2 = /* @__PURE__ */ new Map();
    const nameOf = (key) => {
      const written = exact.get(key);
      const own = corpusName.get(key);
      if (own !== void 0 && (written?.has(own) || allSeen(key))) return own;
      return mostFrequent(written) ?? mostFrequent(loose.get(key)) ?? key;
    };
    const speakerFor = (key) => {
      let s = named2.get(key);
      if (!s) named2.set(key, s = { name: nameOf(key), key, kind: "person" });
      return s;
    };
    for (const { quote, local } of locals) {
      const key = keyOf(local);
      this.ofQuote.set(quote, speakerFor(key));
      addTo(this.corpusKeysOf, key, quote.speaker.key);
    }
    const counts = /* @__PURE__ */ new Map();
    for (const { speaker, quotes: n2 } of totals ?? []) counts.set(speaker.key, { speaker, quotes: n2 });
    for (const { quote } of quotes) {
      const speaker = this.speakerOf(quote);
      if (!speaker) continue;
      const entry = counts.get(speaker.key);
      if (entry) entry.quotes++;
      else counts.set(speaker.key, { speaker, quotes: 1 });
      if (speaker.kind !== "person") addTo(this.corpusKeysOf, speaker.key, speaker.key);
    }
    this.speakers = [...counts.values()].sort((a, b) => b.quotes - a.quotes || COLLATOR2.compare(a.speaker.key, b.speaker.key));
    for (const entry of this.speakers) this.indexSpeaker(entry);
  }
  /** The speaker of a visible quote as this audience sees it; undefined for a quote with none (or not visible). */
  speakerOf(quote) {
    return this.whole ? quote.speaker : this.ofQuote.get(quote);
  }
  /** The quotes this audience sees by the speaker with this view key, in corpus order: no scan of every quote per query. */
  quotesOf(key) {
    if (this.wholeQuotesOf) {
      let found = this.recent.get(key);
      if (!found) this.recent.set(key, found = this.wholeQuotesOf(key));
      return found;
    }
    if (!this.byKeyQuotes) {
      this.byKeyQuotes = /* @__PURE__ */ new Map();
      for (const q of this.quotes) {
        const speaker = this.speakerOf(q.quote);
        if (speaker) push(this.byKeyQuotes, speaker.key, q);
      }
    }
    return this.byKeyQuotes.get(key) ?? [];
  }
  /** The corpus keys behind these view keys: what the index's speaker lookups take. */
  corpusKeys(keys) {
    if (this.whole) return new Set(keys);
    const out = /* @__PURE__ */ new Set();
    for (const k of keys) for (const c of this.corpusKeysOf.get(k) ?? []) out.add(c);
    return out;
  }
  /** Known people matching a name: full key, surname, or first name + surname (the registry's rules). */
  lookupSpeaker(words2) {
    const q = foldName(words2).split(" ").filter(Boolean);
    if (q.length === 0) return [];
    const found = /* @__PURE__ */ new Set();
    const exact = this.byKey.get(q.join(" "));
    if (exact && exact.speaker.kind === "person") found.add(exact);
    if (q.length === 1) for (const e of this.bySurname.get(q[0] ?? "") ?? []) found.add(e);
    if (q.length === 2) for (const e of this.byFirstLast.get(q.join(" ")) ?? []) found.add(e);
    return [...found].sort((a, b) => b.quotes - a.quotes).map((e) => e.speaker);
  }
  indexSpeaker(entry) {
    this.byKey.set(entry.speaker.key, entry);
    if (entry.speaker.kind !== "person") return;
    const w = entry.speaker.key.split(" ");
    const last = w[w.length - 1] ?? "";
    if (w.length > 1) push(this.bySurname, last, entry);
    if (w.length > 2) push(this.byFirstLast, `${w[0]} ${last}`, entry);
  }
};
function localName(article, speaker) {
  let known = LOCAL.get(article);
  if (!known) LOCAL.set(article, known = /* @__PURE__ */ new Map());
  const cached = known.get(speaker.key);
  if (cached) return cached;
  const local = findLocal(article, speaker);
  known.set(speaker.key, local);
  return local;
}
function findLocal(article, speaker) {
  const words2 = speaker.key.split(" ");
  const last = words2[words2.length - 1];
  if (words2.length === 1 || article.paragraphs.some((p) => p.includes(speaker.name)))
    return { key: speaker.key, name: speaker.name, exact: true };
  let loose;
  const tokens = wordsOf(article);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].folded !== words2[0]) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + words2.length + 2); j++) {
      if (tokens[j].owner !== last || tokens[j].paragraph !== tokens[i].paragraph) continue;
      const name = tokens.slice(i, j + 1).map((t) => t.word).join(" ");
      if (foldName(name) === speaker.key) return { key: speaker.key, name, exact: true };
      loose ??= { key: speaker.key, name, exact: false };
    }
  }
  return loose ?? { key: last, name: speaker.name.slice(speaker.name.lastIndexOf(" ") + 1), exact: true };
}
var lastWords;
function wordsOf(article) {
  if (lastWords?.article === article) return lastWords.words;
  const words2 = article.paragraphs.flatMap(
    (p, paragraph) => wordSpans(p).map(({ word }) => {
      const bare = word.replace(/\.$/, "");
      return { word: bare, folded: foldName(bare), owner: foldName(withoutPossessiveS(bare)), paragraph };
    })
  );
  lastWords = { article, words: words2 };
  return words2;
}
function count(map, key, form) {
  let forms = map.get(key);
  if (!forms) map.set(key, forms = /* @__PURE__ */ new Map());
  forms.set(form, (forms.get(form) ?? 0) + 1);
}
function mostFrequent(forms) {
  let best;
  let n2 = 0;
  for (const [form, c] of forms ?? [])
    if (c > n2 || c === n2 && best !== void 0 && COLLATOR2.compare(form, best) < 0) [best, n2] = [form, c];
  return best;
}
var COLLATOR2 = new Intl.Collator();
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function addTo(map, key, value) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, /* @__PURE__ */ new Set([value]));
}

// src/engine/view.ts
var CorpusView = class {
  constructor(corpus2, version, now) {
    this.corpus = corpus2;
    this.version = version;
    let passages = 0;
    let nextLift;
    for (const file of corpus2.indexedFiles()) {
      this.skipped.push(...file.load.skipped);
      this.warnings.push(...file.load.warnings);
      const outlets = [...new Set(file.load.articles.map((a) => a.outlet))];
      for (const problem of [...file.load.skipped, ...file.load.warnings]) if (outlets.length) this.problemOutlets.set(problem, outlets);
      file.load.articles.forEach((article, a) => {
        if (article.embargo !== void 0 && article.embargo > now) {
          if (nextLift === void 0 || article.embargo < nextLift) nextLift = article.embargo;
          return;
        }
        this.articles.push(article);
        passages += article.paragraphCount ?? article.paragraphs.length;
        this.outletStats(article).quotes += quoteCountAt(file.quotes, a);
      });
    }
    this.skipped.unshift(...corpus2.skippedOutsideFiles);
    this.passages = passages;
    this.nextLift = nextLift;
    this.outletNames = [...this.outlets.keys()].sort();
    this.now = now;
  }
  corpus;
  version;
  articles = [];
  outlets = /* @__PURE__ */ new Map();
  /** Outlet names, sorted. */
  outletNames;
  passages;
  skipped = [];
  warnings = [];
  /** The earliest embargo still in force (UTC ISO), after which this view is out of date. */
  nextLift;
  /** The outlets of the articles of the file each problem was reported in (none for a file without articles). */
  problemOutlets = /* @__PURE__ */ new Map();
  unknownFiles;
  /** Every quote this view shows, in corpus order (read only when an audience needs them all). */
  allQuotes;
  /** Quotes of each person (corpus key) in every indexed file, embargoed ones included (read with `allQuotes`). */
  corpusCounts;
  /** Speakers as each audience sees them, by the outlets it may not see (built on first use). */
  audiences = /* @__PURE__ */ new Map();
  now;
  /**
   * Every quote this view shows (live, unembargoed), in corpus order. A store's are all read: for
   * the export and for audiences that may not see some outlets or while an embargo is in force.
   */
  get quotes() {
    if (!this.allQuotes) {
      const quotes = [];
      const counts = /* @__PURE__ */ new Map();
      for (const file of this.corpus.indexedFiles())
        file.load.articles.forEach((article, a) => {
          const shown = article.embargo === void 0 || article.embargo <= this.now;
          for (const quote of quotesAt(file.quotes, a)) {
            if (quote.speaker?.kind === "person") counts.set(quote.speaker.key, (counts.get(quote.speaker.key) ?? 0) + 1);
            if (shown) quotes.push({ article, quote });
          }
        });
      this.allQuotes = quotes;
      this.corpusCounts = counts;
    }
    return this.allQuotes;
  }
  /**
   * The problems an audience may be told of: not those of a file whose articles all belong to
   * outlets it may not see (the file's name is a trace of them).
   */
  problemsFor(hidden, problems) {
    if (!hidden?.size) return [...problems];
    return problems.filter((p) => !this.problemOutlets.get(p)?.every((o) => hidden.has(o)));
  }
  /** Outlet names (sorted) an audience may see: those it may not see are as if they did not exist. */
  outletNamesFor(hidden) {
    return hidden?.size ? this.outletNames.filter((o) => !hidden.has(o)) : this.outletNames;
  }
  /**
   * Speakers as an audience that may not see `hidden` outlets sees them: names, counts and lookups
   * from the quotes it may see only (see `ViewSpeakers`).
   */
  speakersFor(hidden) {
    const left = hidden?.size ? this.outletNames.filter((o) => hidden.has(o)) : [];
    const key = left.join("\0");
    let speakers = this.audiences.get(key);
    if (!speakers) {
      if (!left.length && this.nextLift === void 0) {
        const read = this.corpus.read;
        speakers = ViewSpeakers.whole(read.totals(), (k) => read.ofSpeaker(k));
      } else {
        const out = new Set(left);
        const quotes = left.length ? this.quotes.filter((q) => !out.has(q.article.outlet)) : this.quotes;
        speakers = new ViewSpeakers(quotes, this.corpusCounts);
      }
      this.audiences.set(key, speakers);
    }
    return speakers;
  }
  /**
   * The files (one per article, in corpus order) of the articles whose outlet is not known, as an
   * audience that may not see `hidden` outlets sees them; the articles are read once per view.
   */
  unknownOutletFiles(hidden) {
    this.unknownFiles ??= this.articles.filter((a) => !a.outletKnown);
    return this.unknownFiles.filter((a) => !hidden?.has(a.outlet)).map((a) => a.file);
  }
  /** Speakers with their quote counts, most quoted first, for an audience with no hidden outlet. */
  get speakers() {
    return this.speakersFor().speakers;
  }
  /** The quotes of one article this view shows (none for an embargoed or retired one). */
  quotesOfArticle(article) {
    if (article.embargo !== void 0 && article.embargo > this.now) return [];
    return this.corpus.isLive(article) ? this.corpus.read.ofArticle(article) : [];
  }
  outletStats(article) {
    let stats = this.outlets.get(article.outlet);
    if (!stats)
      this.outlets.set(
        article.outlet,
        stats = { outlet: article.outlet, outletKnown: article.outletKnown, articles: 0, quotes: 0, undated: 0 }
      );
    stats.articles++;
    const day = article.published?.slice(0, 10);
    if (!day) stats.undated++;
    if (day && (!stats.from || day < stats.from)) stats.from = day;
    if (day && (!stats.to || day > stats.to)) stats.to = day;
    return stats;
  }
};

// src/engine/scope.ts
function inFilters(a, scope) {
  if (scope.hidden?.has(a.outlet)) return false;
  if (scope.outlets && !scope.outlets.has(a.outlet)) return false;
  if (scope.since || scope.until) {
    const day = a.published?.slice(0, 10);
    if (!day || scope.since && day < scope.since || scope.until && day > scope.until) return false;
  }
  return true;
}
function speakerQuotesIn(view, scope, outlets) {
  const keys = scope.speakerKeys;
  if (!keys || !outlets.length) return [];
  const wanted = new Set(outlets);
  const counts = /* @__PURE__ */ new Map();
  const count2 = ({ article, quote }) => {
    if (!wanted.has(article.outlet) || !inFilters(article, scope)) return;
    const speaker = scope.speakers ? scope.speakers.speakerOf(quote) : quote.speaker;
    if (!speaker || !keys.has(speaker.key)) return;
    counts.set(article.outlet, (counts.get(article.outlet) ?? 0) + 1);
  };
  const lens = scope.speakers;
  if (lens instanceof ViewSpeakers) for (const key of keys) lens.quotesOf(key).forEach(count2);
  else view.quotes.forEach(count2);
  return [...counts].map(([outlet, quotes]) => ({ outlet, quotes })).sort((a, b) => b.quotes - a.quotes || a.outlet.localeCompare(b.outlet));
}
function looseStatements(quotes, speakerOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const q of quotes) {
    const speaker = speakerOf(q.quote);
    const key = speaker?.kind === "person" ? speaker.key : "";
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  const out = [];
  for (const [key, members] of groups) {
    const speaker = key ? speakerOf(members[0].quote) : { name: describeSources(members, speakerOf), key: "", kind: "unnamed" };
    out.push({
      id: -1 - out.length,
      speaker,
      members,
      outlets: [...new Set(members.map((m) => m.article.outlet))].sort(),
      confidence: 1
    });
  }
  return out.sort((a, b) => b.outlets.length - a.outlets.length);
}
function describeSources(members, speakerOf) {
  const names = [...new Set(members.flatMap((m) => speakerOf(m.quote)?.name ?? []))];
  const none = members.some((m) => !speakerOf(m.quote));
  if (!names.length) return "no speaker named";
  return `unnamed: ${names.slice(0, 4).join(", ")}${none ? ", or no speaker named" : ""}`;
}
function mergeSurnameSpeakers(statements, speakerOf, memo) {
  const keys = new Set(statements.filter((s) => s.speaker.kind === "person").map((s) => s.speaker.key));
  const surnames = new Set([...keys].filter((k) => !k.includes(" ")));
  const involved = (k) => surnames.has(k) || k.includes(" ") && surnames.has(k.slice(k.lastIndexOf(" ") + 1));
  const chosen = statements.filter((s) => s.speaker.kind === "person" && involved(s.speaker.key));
  if (!chosen.some((s) => !s.speaker.key.includes(" ")) || !chosen.some((s) => s.speaker.key.includes(" "))) return statements;
  const rank2 = /* @__PURE__ */ new Map();
  statements.forEach((s, i) => s.members.forEach((m) => rank2.set(m.quote, Math.min(rank2.get(m.quote) ?? i, i))));
  const seen = /* @__PURE__ */ new Set();
  const members = chosen.flatMap((s) => s.members).filter((m) => !seen.has(m.quote) && seen.add(m.quote));
  const regrouped = regroupOnce(members, speakerOf, memo).map((s) => ({
    s,
    at: Math.min(...s.members.map((m) => rank2.get(m.quote) ?? Infinity))
  }));
  const regroupedFrom = new Set(chosen);
  const kept = statements.map((s, at) => ({ s, at })).filter(({ s }) => !regroupedFrom.has(s));
  return [...kept, ...regrouped].sort((a, b) => a.at - b.at).map(({ s }) => s);
}
function regroupOnce(members, speakerOf, memo) {
  if (!memo) return groupStatements(members, { speakerOf });
  const names = /* @__PURE__ */ new Map();
  const parts = members.map((m) => {
    const speaker = speakerOf ? speakerOf(m.quote) : m.quote.speaker;
    const name = speaker ? `${speaker.kind}${speaker.key}${speaker.name}` : "";
    let n2 = names.get(name);
    if (n2 === void 0) names.set(name, n2 = names.size);
    return `${idOf(m.quote)}:${n2}`;
  });
  const key = `${parts.join(",")}\0${[...names.keys()].join("\0")}`;
  let grouped = memo.get(key);
  if (!grouped) memo.set(key, grouped = groupStatements(members, { speakerOf }));
  return grouped;
}
var QUOTE_IDS = /* @__PURE__ */ new WeakMap();
var nextQuoteId = 0;
function idOf(quote) {
  let id = QUOTE_IDS.get(quote);
  if (id === void 0) QUOTE_IDS.set(quote, id = nextQuoteId++);
  return id;
}
function visibleStatements(shows, s, scope) {
  const shown = (a) => shows(a) && inFilters(a, scope);
  const lens = scope.speakers;
  if (s.members.every((m) => shown(m.article))) return [lens ? named(s, lens.speakerOf.bind(lens)) : s];
  const members = s.members.filter((m) => shown(m.article));
  if (!members.length) return [];
  if (!lens) {
    const outlets = new Set(members.map((m) => m.article.outlet));
    return [{ ...s, members, outlets: s.outlets.filter((o) => outlets.has(o)) }];
  }
  const regrouped = groupStatements(members, { speakerOf: (q) => lens.speakerOf(q) });
  return regrouped.map((piece) => ({ ...piece, id: s.id }));
}
function named(s, speakerOf) {
  let speaker;
  for (const m of s.members) {
    const name = speakerOf(m.quote);
    if (name && (!speaker || name.key.length > speaker.key.length)) speaker = name;
  }
  return speaker && speaker !== s.speaker ? { ...s, speaker } : s;
}

// src/engine/engine.ts
var Engine = class {
  corpus;
  settings;
  /** The last view computed, and the instant it was computed for (views are costly; reused while valid). */
  last;
  /** Statements regrouped across surname and full name, by their members (see `mergeSurnameSpeakers`): the 64 most recently used. */
  regroupings = new LRUCache6({ max: 64 });
  /** Over a loaded corpus (built now, synchronously), or over an already indexed one. */
  constructor(source, options = {}) {
    this.settings = engineSettings(options);
    if (source instanceof IndexedCorpus) {
      this.corpus = source;
    } else {
      const { contents, other } = contentsOf(source);
      this.corpus = new IndexedCorpus(this.settings);
      this.corpus.applyNow(contents, []);
      if (other.length) this.corpus.setExtraSkipped(other);
    }
  }
  /** The instant a request is answered for (the clock read once), with what readers see then. */
  moment() {
    const now = new Date(this.settings.clock()).toISOString();
    const shows = (article) => this.corpus.isLive(article) && (article.embargo === void 0 || article.embargo <= now);
    const visible = (p) => shows(p.article);
    return { view: this.viewAt(now), shows, finder: finderFor(this.corpus.index, visible) };
  }
  /** The view for `now`: the last one while the corpus has not changed and no embargo has lifted since. */
  viewAt(now) {
    const last = this.last;
    if (last && last.view.version === this.corpus.version && now >= last.now && (last.view.nextLift === void 0 || now < last.view.nextLift))
      return last.view;
    const view = new CorpusView(this.corpus, this.corpus.version, now);
    this.last = { view, now };
    return view;
  }
  /** Answers `/quote` and `/search`. Throws `BotError` for a query it cannot run. */
  search(request) {
    const at = this.moment();
    const { view } = at;
    const plan = planSearch(request, view);
    const found = findHits(at.finder, plan.terms, plan.scope);
    const scopeOutlets = outletsInScope(view, plan.scope.outlets, plan.scope.hidden);
    const unchecked = reachOutlets(
      at.finder,
      plan.terms,
      plan.scope,
      found,
      scopeOutlets,
      (id) => this.corpus.articleOfPassage(id)?.outlet
    );
    if (request.command === "quote" && plan.terms.length) found.candidates.push(...this.sameStatementElsewhere(at, found, plan));
    const answer = shapeResults({
      request: { ...request, perOutlet: request.perOutlet ?? plan.parsed.limit },
      parsed: plan.view,
      found,
      scopeOutlets,
      unchecked,
      undatedLeftOut: plan.parsed.since || plan.parsed.until ? undatedIn(view, plan.scope.outlets, plan.scope.hidden) : 0,
      unknownOutletFiles: view.unknownOutletFiles(plan.scope.hidden),
      perOutlet: this.settings.perOutlet,
      excerptLength: this.settings.excerptLength,
      speakers: plan.scope.speakers
    });
    answer.noMatch = answer.noMatch.filter((o) => !plan.scope.hidden?.has(o));
    answer.notes.unshift(...plan.notes);
    if (request.command === "quote" && plan.scope.speakerKeys && (plan.terms.length || plan.scope.phrases.length)) {
      const offTopic = speakerQuotesIn(view, plan.scope, answer.noMatch);
      if (offTopic.length) {
        answer.offTopic = offTopic;
        const has = new Set(offTopic.map((o) => o.outlet));
        answer.noMatch = answer.noMatch.filter((o) => !has.has(o));
      }
    }
    const topic = plan.terms.length > 0 || plan.scope.phrases.length > 0;
    if (request.command === "quote" && plan.view.speaker && topic && answer.noMatch.length) this.passagesNaming(at, plan, request, answer);
    if (request.command === "quote") {
      const shared = this.statementsIn(at, found, plan.scope).filter((s) => s.outlets.length > 1);
      if (shared.length) answer.statements = shared.slice(0, this.settings.maxStatementsInQuote).map((s) => statementView(s, []));
    }
    return answer;
  }
  /**
   * `/quote`: the same statement as a quote found, carried by another outlet in a paragraph
   * without the topic word but beside one with it (The National's "We know who prepared this
   * provocation", ¶7 after its Bucha ¶6): shown too, as a context match, so it does not look as if
   * that outlet never carried it.
   */
  sameStatementElsewhere(at, found, plan) {
    const have = new Set(found.candidates.map((c) => c.quote?.quote));
    const statements = /* @__PURE__ */ new Set();
    const out = [];
    for (const c of found.candidates) {
      const statement = c.quote && !c.partial ? this.corpus.statements.statementOf(c.quote.quote) : void 0;
      if (!statement || statements.has(statement)) continue;
      statements.add(statement);
      const seen = visibleStatements(at.shows, statement, plan.scope).find((s) => s.members.some((m) => m.quote === c.quote.quote));
      for (const m of seen?.members ?? []) {
        const keys = plan.scope.speakerKeys;
        if (have.has(m.quote)) continue;
        const speaker = plan.scope.speakers?.speakerOf(m.quote);
        if (keys && !(speaker && keys.has(speaker.key))) continue;
        const near = fold(m.article.paragraphs.slice(Math.max(0, m.quote.paragraph - 1), m.quote.paragraph + 2).join("\n"));
        if (!plan.terms.every((t) => near.includes(fold(t)))) continue;
        const passage = passagesOf(m.article, at.view.quotesOfArticle(m.article), -1)[m.quote.paragraph];
        const quote = passage?.quotes.find((q) => q.quote === m.quote);
        if (!passage || !quote) continue;
        have.add(m.quote);
        out.push({ passage, quote, score: c.score * 0.5, terms: /* @__PURE__ */ new Set(), onTopic: false, sibling: true });
      }
    }
    return out;
  }
  /**
   * `/quote`: an outlet with no quote attributed to the speaker may still report the speaker on the
   * topic (the attribution was not found, or the words are reported speech): its best passage
   * naming the speaker with the topic words is shown, marked partial and not as a quote, rather
   * than "nothing from" it.
   */
  passagesNaming(at, plan, request, answer) {
    const surname = plan.view.speaker.split(" ").pop();
    const folded = fold(surname);
    const scope = { ...plan.scope, command: "search", speakerKeys: void 0, outlets: new Set(answer.noMatch) };
    const found = findHits(at.finder, [surname, ...plan.terms], scope);
    found.candidates = found.candidates.filter((c) => fold(c.passage.text).includes(folded)).map((c) => ({ ...c, partial: true }));
    if (!found.candidates.length) return;
    const extra = shapeResults({
      request: { ...request, command: "search", perOutlet: 1 },
      parsed: plan.view,
      found,
      scopeOutlets: answer.noMatch,
      undatedLeftOut: 0,
      unknownOutletFiles: [],
      perOutlet: 1,
      excerptLength: this.settings.excerptLength,
      speakers: plan.scope.speakers
    });
    for (const r of extra.results) r.excerpts = r.excerpts.map(({ speaker: _s, mention: _m, cue: _c, ...e }) => e);
    answer.results.push(...extra.results);
    answer.noMatch = extra.noMatch;
    answer.total += extra.total;
    if (answer.matches) answer.matches.partial += extra.total;
  }
  /**
   * `/compare`: the statements (one utterance, several outlets) whose quotes match the query, each
   * with its wordings diffed and the outlets that only paraphrase it.
   */
  compare(request) {
    const at = this.moment();
    const plan = planSearch({ ...request, command: "quote" }, at.view);
    const found = findHits(at.finder, plan.terms, plan.scope);
    found.candidates = found.candidates.filter((c) => c.onTopic && !c.partial);
    const statements = this.statementsIn(at, found, plan.scope);
    const multi = (s) => s.outlets.length > 1;
    const answer = this.compareAnswer(at, "compare", request.query, plan.view.speaker, statements, multi, plan.scope);
    answer.notes.unshift(...plan.notes);
    return answer;
  }
  /**
   * `/who "phrase"`: every direct quotation containing the words, whoever the speaker (named,
   * unnamed, an organisation, or none), grouped by utterance, with how many outlets carry it. One
   * outlet is an answer, not a miss.
   */
  who(phrase, hiddenOutlets) {
    const at = this.moment();
    const parsed = parsePhrase(phrase);
    const wanted = parsed.phrases.length ? parsed.phrases : [parsed.raw];
    const speakers = at.view.speakersFor(hiddenOutlets);
    const scope = { command: "quote", phrases: wanted, hidden: hiddenOutlets, anyQuote: true, speakers };
    const found = findHits(at.finder, parsed.terms, scope);
    found.candidates = found.candidates.filter(
      (c) => c.quote && !c.partial && wanted.every((p) => containsPhrase(c.passage.text.slice(c.quote.start, c.quote.end), p))
    );
    const statements = this.statementsIn(at, found, scope);
    const grouped = new Set(statements.flatMap((s) => s.members.map((m) => m.quote)));
    const loose = found.candidates.filter((c) => c.quote && !grouped.has(c.quote.quote) && at.shows(c.passage.article));
    const looseQuotes = loose.map((c) => ({ article: c.passage.article, quote: c.quote.quote }));
    statements.push(...looseStatements(looseQuotes, (q) => speakers.speakerOf(q)));
    const answer = this.compareAnswer(at, "who", phrase, void 0, statements, () => true, scope);
    answer.outletsCarrying = new Set(statements.flatMap((s) => s.outlets)).size;
    if (!answer.statements.length) answer.notes.push(note("no_direct_quotation", { phrases: wanted.map((p) => `"${p}"`).join(" ") }));
    return answer;
  }
  sources(hiddenOutlets) {
    const { view } = this.moment();
    const shown = [...view.outlets.values()].filter((o) => !hiddenOutlets?.has(o.outlet));
    const left = view.outlets.size > shown.length;
    const seen = (a) => !hiddenOutlets?.has(a.outlet);
    const outlets = shown.map(({ outlet, outletKnown, articles, quotes, from, to }) => ({
      outlet,
      outletKnown,
      articles,
      quotes,
      ...from ? { from } : {},
      ...to ? { to } : {}
    }));
    return {
      kind: "sources",
      command: "sources",
      outlets: outlets.sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)),
      // Totals over what this audience may see: an outlet hidden from it counts nowhere.
      articles: shown.reduce((n2, o) => n2 + o.articles, 0),
      passages: left ? view.articles.reduce((n2, a) => n2 + (seen(a) ? a.paragraphs.length : 0), 0) : view.passages,
      quotes: shown.reduce((n2, o) => n2 + o.quotes, 0),
      speakers: view.speakersFor(hiddenOutlets).speakers.length,
      skipped: view.problemsFor(hiddenOutlets, view.skipped),
      warnings: view.problemsFor(hiddenOutlets, view.warnings)
    };
  }
  /** Every extracted quote the audience may see, in corpus order: the fact-checkers' export. */
  quoteRows(hiddenOutlets) {
    const { view } = this.moment();
    const speakers = view.speakersFor(hiddenOutlets);
    return view.quotes.filter(({ article }) => !hiddenOutlets?.has(article.outlet)).map(({ article, quote }) => ({
      article: article.id,
      outlet: article.outlet,
      headline: article.headline,
      url: article.url,
      published: article.published,
      paragraph: quote.paragraph + 1,
      text: quote.text,
      speaker: speakers.speakerOf(quote)?.name ?? null,
      mention: quote.mention?.text ?? null,
      cue: quote.cue ?? null
    }));
  }
  /** Outlet names, most articles first (for autocomplete and help). */
  outletNames(hiddenOutlets) {
    return this.sources(hiddenOutlets).outlets.map((o) => o.outlet);
  }
  /** Speakers with their quote counts, most quoted first, as an audience that may not see `hiddenOutlets` sees them. */
  speakerList(hiddenOutlets) {
    return this.moment().view.speakersFor(hiddenOutlets).speakers.map((s) => ({ name: s.speaker.name, quotes: s.quotes }));
  }
  /**
   * Outlet names for what the user is typing: names starting with it, then with a word starting
   * with it, then containing it (accents and case ignored); most articles first within each.
   */
  outletSuggestions(typed, hiddenOutlets) {
    return rankByTyped(this.outletNames(hiddenOutlets), typed, (name) => name);
  }
  /** Speakers for what the user is typing, ranked as `outletSuggestions`; most quoted first within each rank. */
  speakerSuggestions(typed, hiddenOutlets) {
    return rankByTyped(this.speakerList(hiddenOutlets), typed, (s) => s.name);
  }
  /** Every statement group (one utterance by one speaker, across articles), most outlets first. */
  statementList(hiddenOutlets) {
    const at = this.moment();
    const scope = { hidden: hiddenOutlets, speakers: at.view.speakersFor(hiddenOutlets) };
    return this.corpus.statements.list().flatMap((s) => visibleStatements(at.shows, s, scope));
  }
  passage(id) {
    const p = this.corpus.index.get(id);
    return p && this.moment().shows(p.article) ? p : void 0;
  }
  /**
   * The statements the found quotes belong to, best-scoring first, each once; members from hidden
   * outlets are taken out (a statement left with none is dropped).
   */
  statementsIn(at, found, scope) {
    const best = /* @__PURE__ */ new Map();
    found.candidates.forEach((c, i) => {
      const statement = c.quote ? this.corpus.statements.statementOf(c.quote.quote) : void 0;
      if (!statement) return;
      const known = best.get(statement);
      if (!known || c.score > known.score) best.set(statement, { score: c.score, at: i });
    });
    const ranked = [...best].sort(([, a], [, b]) => b.score - a.score || a.at - b.at).map(([s]) => s);
    const lens = scope.speakers ?? at.view.speakersFor(scope.hidden);
    const filters = { ...scope, speakers: lens };
    return mergeSurnameSpeakers(
      ranked.flatMap((s) => visibleStatements(at.shows, s, filters)),
      (q) => lens.speakerOf(q),
      this.regroupings
    );
  }
  compareAnswer(at, command, query, speaker, statements, shown, scope) {
    const max = this.settings.maxStatements;
    const kept = statements.filter(shown);
    const views = kept.slice(0, max).map(
      (s) => statementView(
        s,
        findParaphrases(s, at.finder, scope.hidden).filter((p) => inFilters(p, scope))
      )
    );
    const notes = [];
    if (kept.length > max) notes.push(note("more_statements", { count: kept.length - max }));
    return { kind: "compare", command, query, speaker, statements: views, singleOutlet: statements.length - kept.length, notes };
  }
};

// src/startup/memory.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var gc;
function collectGarbage() {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc");
  }
  gc();
  gc();
}

// cold-prof.mts
var mb = (n2) => Math.round(n2 / 1e6);
var snap = process.argv[2] ?? "/work/wt/lean/.cache/bench/snapshot-37k-sqlite";
var t0 = performance.now();
var c0 = process.cpuUsage();
var lap = (l) => {
  const c = process.cpuUsage(c0);
  console.log(l, Math.round(performance.now() - t0), "ms wall", Math.round((c.user + c.system) / 1e3), "ms cpu", mb(process.memoryUsage().rss), "MB rss", mb(process.memoryUsage().heapUsed), "MB heap");
};
var index = new SqliteIndex({ path: path.join(snap, "index.sqlite") });
var opened = openStore(index, "bench");
lap("openStore");
var corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
lap("corpus");
var engine = new Engine(corpus);
engine.sources();
lap("sources");
var n = engine.search({ command: "quote", query: "Ukraine talks" }).total;
lap("first answer " + n);
if (!process.env.NOGC) {
  collectGarbage();
  lap("gc");
}
var h = v8.getHeapStatistics();
console.log("heap used", mb(h.used_heap_size), "total", mb(h.total_heap_size), "external", mb(h.external_memory), "malloced", mb(h.malloced_memory));
if (process.env.SNAP) {
  v8.writeHeapSnapshot("/tmp/lean/cold.heapsnapshot");
  console.log("snap");
}
