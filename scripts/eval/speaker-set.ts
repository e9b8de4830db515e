/**
 * Speaker accuracy on the hand-checked speaker sets (every `test/fixtures/speakers-news37k*.json`):
 * each entry names a news-37k article, the first words of one direct quote and the speaker found by
 * reading the article. Reads the big corpus once, keeping only the articles the sets name.
 *
 * `--speaker-files a.json,b.json` scores those files instead (a set not yet in the fixtures).
 */
import { readFileSync, readdirSync, createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildArticle } from '../../src/corpus/build-article.ts';
import { PARAGRAPH_SEPARATOR } from '../../src/engine/build.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { foldName } from '../../src/quotes/mentions/speakers.ts';
import type { Quote } from '../../src/quotes/quote.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpora/news-37k/articles.jsonl.gz', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/** The speaker-set files: every `speakers-news37k*.json` of the fixtures, or those `--speaker-files` names. */
export function speakerSetFiles(argv: string[] = process.argv): string[] {
  const i = argv.indexOf('--speaker-files');
  const named = i >= 0 ? argv[i + 1] : undefined;
  if (named) return named.split(',').filter(Boolean);
  return readdirSync(FIXTURES)
    .filter((f) => /^speakers-news37k.*\.json$/.test(f))
    .sort()
    .map((f) => `${FIXTURES}${f}`);
}

export interface Entry {
  /** The file the entry comes from (its base name), for the per-file figures. */
  file?: string;
  id: string;
  quote: string;
  speaker: string;
  part: 'tune' | 'heldout';
}

/** The texts of the news-37k articles whose ids are in `ids` (one pass over the compressed corpus). */
export async function loadArticles(ids: Set<string>, argv: string[] = process.argv): Promise<Map<string, string>> {
  const raw = argv.includes('--raw-text');
  const out = new Map<string, string>();
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    const id = /^\{"id":"([^"]+)"/.exec(line)?.[1];
    if (!id || !ids.has(id)) continue;
    const a = JSON.parse(line) as { text: string; title?: string; source?: string };
    out.set(id, raw ? a.text : (asBuilt(id, a) ?? a.text));
  }
  return out;
}

/**
 * The text the bot extracts quotes from: the record as the corpus loader builds it (paragraphs split,
 * glued paragraphs parted, boilerplate removed) and joined as the build joins it. `--raw-text` reads
 * the record's text as it is instead (the scorer's reading before round 10).
 */
function asBuilt(id: string, record: { text: string; title?: string; source?: string }): string | undefined {
  const built = buildArticle({ id, file: 'articles.jsonl.gz', fields: { title: record.title, outlet: record.source }, body: record.text });
  return 'article' in built ? built.article.paragraphs.join(PARAGRAPH_SEPARATOR) : undefined;
}

/** Courtesy titles and ranks before a name, which never tell two people apart (`Mr Smith` is `John Smith`). */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'president',
  'prof',
  'rev',
  'judge',
  'justice',
]);

/** A generation after a name (`Martin Luther King Jr.`): not part of the surname the scorer compares. */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A web address's ending (`FactCheck.org`): the site's name without it is the same site. */
const DOMAIN_END = /(?<=\p{L})\.(?:org|com|net|gov|edu|io|co\.uk|org\.uk)$/iu;

const folded = (s: string): string[] => {
  const words = foldName(s.trim().replace(DOMAIN_END, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let k = 0;
  while (k < words.length - 1 && HONORIFICS.has(words[k] as string)) k++;
  return words.slice(k);
};

/** The generation a name ends with (`jr`), if any. */
const generationOf = (words: string[]): string | undefined =>
  words.length > 1 && GENERATIONS.has(words[words.length - 1] as string) ? words[words.length - 1] : undefined;

/** The folded words of a name without courtesy titles before it or a generation after it. */
const fold = (s: string): string[] => {
  const words = folded(s);
  return generationOf(words) ? words.slice(0, -1) : words;
};

/** `short` is written in capitals and spells the initials of the capitalised words of `long`. */
function isInitialism(written: string, long: string[]): boolean {
  // `the DHS` is `DHS`.
  const short = written.trim().replace(/^the /i, '');
  if (!/^\p{Lu}{2,6}$/u.test(short) || long.length < 2) return false;
  const initials = long
    .filter((w) => !['of', 'the', 'and', 'for'].includes(w))
    .map((w) => w[0])
    .join('');
  return initials === short.toLowerCase();
}

/** Words that open a qualifier after a description's head noun: `the family of …`, `a spokesman for …`. */
const QUALIFIERS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to']);

/**
 * Same speaker: the same folded words; for a person, the same surname with no conflicting first name
 * (`de Blasio` = `Bill de Blasio`); for a description (`the website`), the same head noun.
 */
export function sameSpeaker(ours: string | undefined, expected: string): boolean {
  if (!ours) return false;
  // Two different generations are two people (`… King Sr.` is not `… King Jr.`).
  const ga = generationOf(folded(ours));
  const gb = generationOf(folded(expected));
  if (ga && gb && ga !== gb) return false;
  const a = fold(ours);
  const b = fold(expected);
  if (a.join(' ') === b.join(' ')) return true;
  // An organisation by its initials, as the article introduces them: `CHRF` = `Civil Human Rights Front`.
  if (isInitialism(ours, b) || isInitialism(expected, a)) return true;
  // A description and the same description with a qualifier after its head noun: `the family` is `the
  // family of the suspect` (not `a spokesman for Roe` and `a spokesman for Doe`: neither is the other's head).
  if (/^(the|a|an|another)\b/i.test(expected) && /^(the|a|an|another)\b/i.test(ours)) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    const bare = (w: string[]): string[] => (['the', 'a', 'an', 'another'].includes(w[0] as string) ? w.slice(1) : w);
    const s = bare(short);
    const l = bare(long);
    if (s.length > 0 && QUALIFIERS.has(l[s.length] ?? '') && s.every((w, k) => l[k] === w)) return true;
  }
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  if (/^(the|a|an|another)\b/i.test(expected)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length === 1 || long.slice(long.length - short.length).join(' ') === short.join(' ') || a[0] === b[0];
}

const norm = (s: string): string =>
  s
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

/** The part named by `--speaker-split tune|heldout` on the command line, if any: only that part is scored and printed. */
function partFromArgs(): Entry['part'] | undefined {
  const i = process.argv.indexOf('--speaker-split');
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v === 'tune' || v === 'heldout' ? v : undefined;
}

/**
 * Print speaker accuracy on the tuning and held-out parts; with `verbose`, every wrong one.
 * `--speaker-split tune` scores (and, with `verbose`, lists the misses of) the tuning part only.
 */
export async function evalSpeakerSet(verbose: boolean): Promise<void> {
  const only = partFromArgs();
  const files = speakerSetFiles();
  const set = files.flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { quotes: Entry[] }).quotes
      .filter((e) => !only || e.part === only)
      .map((e) => ({ ...e, file: basename(f) })),
  );
  const articles = await loadArticles(new Set(set.map((e) => e.id)));
  const cache = new Map<string, Quote[]>();
  const tally = { tune: [0, 0], heldout: [0, 0], notFound: 0 };
  // Misses by class, per part: counts only (held-out items are never listed).
  const misses = { tune: newMisses(), heldout: newMisses() };
  const fileMisses = new Map<string, Record<MissClass, number>>();
  const byFile = new Map<string, number[]>();
  for (const e of set) {
    const text = articles.get(e.id);
    if (text === undefined) {
      tally.notFound++;
      continue;
    }
    const quotes = cache.get(e.id) ?? extractQuotes(text);
    cache.set(e.id, quotes);
    const q = quotes.find((x) => norm(x.text).startsWith(norm(e.quote)));
    const t = tally[e.part];
    t[1] = (t[1] ?? 0) + 1;
    // Per file, tuning entries only (held-out figures are printed as one total).
    const f = e.part === 'tune' ? (byFile.get(e.file ?? '') ?? [0, 0]) : [0, 0];
    if (e.part === 'tune') byFile.set(e.file ?? '', f);
    f[1] = (f[1] ?? 0) + 1;
    const right = q !== undefined && sameSpeaker(q.speaker?.name, e.speaker);
    if (right) f[0] = (f[0] ?? 0) + 1;
    if (!right) misses[e.part][missClass(q)]++;
    if (!right && e.part === 'tune') {
      const m = fileMisses.get(e.file ?? '') ?? newMisses();
      m[missClass(q)]++;
      fileMisses.set(e.file ?? '', m);
    }
    if (right) t[0] = (t[0] ?? 0) + 1;
    // Held-out items are never listed, whatever the flags: only their aggregate is printed.
    else if (verbose && e.part === 'tune') {
      console.log(
        `SPK   ${e.part} ${(e.file ?? '').replace(/^speakers-news37k-?|\.json$/g, '') || 'base'} ${e.id} "${e.quote}": expected ${e.speaker}, got ${q ? (q.speaker?.name ?? '-') : 'no quote'}`,
      );
      if (q && process.argv.includes('--context')) {
        const around = text.slice(Math.max(0, q.start - 300), q.end + 200).replace(/\s+/g, ' ');
        console.log(`      mention=${q.mention?.text ?? '-'} cue=${q.cue ?? '-'} :: ${around}`);
      }
    }
  }
  const pct = ([a, b]: number[]): string => (b ? ((100 * (a ?? 0)) / b).toFixed(1) : '-');
  if (byFile.size > 1)
    for (const [file, n] of byFile)
      console.log(
        `Speaker set, tuning part of ${file}: ${n[0]}/${n[1]} = ${pct(n)} % (${formatMisses(fileMisses.get(file) ?? newMisses())})`,
      );
  console.log(
    `\nSpeaker set (news-37k, hand-checked, ${files.length} file${files.length === 1 ? '' : 's'}): tuning ${tally.tune[0]}/${tally.tune[1]} = ${pct(tally.tune)} %, ` +
      `held-out ${tally.heldout[0]}/${tally.heldout[1]} = ${pct(tally.heldout)} % [target >= 95]` +
      (tally.notFound ? `; ${tally.notFound} articles not found` : ''),
  );
  console.log(`Speaker-set misses by class: tuning ${formatMisses(misses.tune)}; held-out ${formatMisses(misses.heldout)}`);
}

/** A miss: the quote found with no speaker, found with a wrong speaker, or not extracted at all. */
export type MissClass = 'noSpeaker' | 'wrongSpeaker' | 'notExtracted';

const newMisses = (): Record<MissClass, number> => ({ noSpeaker: 0, wrongSpeaker: 0, notExtracted: 0 });

/** The class of a miss: `q` is the extracted quote the entry names (undefined when none matches). */
export function missClass(q: Quote | undefined): MissClass {
  if (!q) return 'notExtracted';
  return q.speaker ? 'wrongSpeaker' : 'noSpeaker';
}

const formatMisses = (m: Record<MissClass, number>): string =>
  `${m.noSpeaker} no speaker, ${m.wrongSpeaker} wrong speaker, ${m.notExtracted} not extracted`;
