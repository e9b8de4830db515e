/**
 * Junk speakers: runs the extraction over a fixed sample of news-37k (every 10th article of the
 * file, in file order: about 3,750 articles) and lists the speakers it gives, with counts, flagging
 * the names that look like no speaker by their shape:
 *   - `lead`: a multi-word name opening with a verb, preposition, auxiliary, conjunction, adverb or
 *     determiner (`Allows Iran`, `After China`, `Debating Tim Kaine`);
 *   - `word`: a one-word name that is an ordinary word other than a noun (`Regrettably`, `Last`, `Even`);
 *   - `place`: a country, state, city or region given as a person, or a city as an organisation;
 *   - `title`: a speaker whose every mention lies in a headline (the article's, or a headline-like line of it);
 *   - `glued`: words run together (`ErikWemple`), page boilerplate;
 *   - `clause`: an unnamed source holding a finite verb (`campus chancellors sent out a message`).
 * The word classes come from compromise's lexicon (not from the code under test), so the flags
 * measure the attribution rather than repeat its own lists.
 *
 *   npx tsx scripts/speaker-junk.ts [--every 10] [--out .cache/speaker-junk/now.json]
 *   npx tsx scripts/speaker-junk.ts --sample 40 --seed 1 [--in file.json]   # names to check by hand
 *   npx tsx scripts/speaker-junk.ts --compare before.json after.json        # counts side by side
 */
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractQuotes } from '../src/quotes/extract.ts';
import { isGovernedPlace, isPlaceName } from '../src/quotes/lexicon/places.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpora/news-37k/articles.jsonl.gz', import.meta.url));

type Flag = 'lead' | 'word' | 'place' | 'title' | 'glued' | 'clause';

interface NameRow {
  name: string;
  kind: string;
  quotes: number;
  articles: number;
  flags: Flag[];
  /** Up to three places the name was given: article id and the words around the mention. */
  examples: Array<{ id: string; context: string }>;
}

interface Report {
  every: number;
  articles: number;
  quotes: number;
  attributed: number;
  byKind: Record<string, number>;
  names: NameRow[];
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const tagCache = new Map<string, string[]>();
/** compromise's tags for one lower-case word alone. */
function tagsOf(word: string): string[] {
  let tags = tagCache.get(word);
  if (!tags) {
    const term = (nlp(word).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0];
    tags = term?.tags ?? [];
    tagCache.set(word, tags);
  }
  return tags;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'Determiner', 'Pronoun', 'Adverb'];
const isNameLike = (tags: string[]): boolean => tags.includes('FirstName') || tags.includes('LastName') || tags.includes('Person');

function flagsOf(name: string, kind: string, inTitle: boolean): Flag[] {
  const flags: Flag[] = [];
  const words = name.split(/\s+/).filter(Boolean);
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (kind !== 'unnamed') {
    const first = (words[0] ?? '').toLowerCase();
    const tags = tagsOf(first);
    if (
      words.length > 1 &&
      !ARTICLES.has(first) &&
      !isNameLike(tags) &&
      (tags.some((t) => FUNCTION_TAGS.includes(t)) || tags.includes('Verb'))
    )
      flags.push('lead');
    if (
      words.length === 1 &&
      !isNameLike(tags) &&
      !tags.includes('Noun') &&
      tags.some((t) => FUNCTION_TAGS.includes(t) || t === 'Verb' || t === 'Adjective')
    )
      flags.push('word');
    if (isPlaceName(folded) && (kind === 'person' || !isGovernedPlace(folded))) flags.push('place');
    // `ButObama`: a function word run into a name.
    const glued = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}+$/u.exec(words.length === 1 ? (words[0] as string) : '')?.[1];
    if (glued && tagsOf(glued.toLowerCase()).some((t) => FUNCTION_TAGS.includes(t))) flags.push('glued');
    if (inTitle) flags.push('title');
  } else {
    const ws = name.toLowerCase().split(/\s+/);
    for (let k = 1; k < ws.length; k++) {
      const tags = tagsOf(ws[k] as string);
      const before = ws[k - 1] as string;
      if (tags.includes('PastTense') && !['who', 'that', 'which'].includes(before) && ws.length - k > 1) {
        flags.push('clause');
        break;
      }
    }
  }
  return flags;
}

/** Is the line holding `at` written as a headline (most words capitalised, no closing full stop)? */
function inHeadlineLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(start, nl < 0 ? text.length : nl).trim();
  if (/[.!?:]$/.test(line)) return false;
  const words = line.match(/\p{L}{3,}/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && caps / words.length > 0.6;
}

async function run(every: number): Promise<Report> {
  const rows = new Map<string, NameRow & { ids: Set<string>; titleQuotes: number }>();
  const byKind: Record<string, number> = {};
  let articles = 0;
  let quotes = 0;
  let attributed = 0;
  let line = -1;
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const raw of lines) {
    line++;
    if (line % every !== 0) continue;
    const a = JSON.parse(raw) as { id: string; title?: string; text: string };
    articles++;
    const firstBreak = a.text.indexOf('\n');
    const titleEnd = firstBreak < 0 ? a.text.length : firstBreak;
    const hasTitle = a.title !== undefined && a.title.length > 0 && a.text.slice(0, titleEnd).trim() === a.title.trim();
    for (const q of extractQuotes(a.text)) {
      quotes++;
      if (!q.speaker) continue;
      attributed++;
      byKind[q.speaker.kind] = (byKind[q.speaker.kind] ?? 0) + 1;
      const key = `${q.speaker.kind}\t${q.speaker.name}`;
      let row = rows.get(key);
      const inTitle = q.mention !== undefined && ((hasTitle && q.mention.start < titleEnd) || inHeadlineLine(a.text, q.mention.start));
      if (!row) {
        row = {
          name: q.speaker.name,
          kind: q.speaker.kind,
          quotes: 0,
          articles: 0,
          flags: [],
          examples: [],
          ids: new Set(),
          titleQuotes: 0,
        };
        rows.set(key, row);
      }
      row.quotes++;
      if (!row.ids.has(a.id)) {
        row.ids.add(a.id);
        row.articles++;
        const m = q.mention;
        const context = m
          ? `${a.text.slice(Math.max(0, m.start - 90), m.start)}[[${a.text.slice(m.start, m.end)}]]${a.text.slice(m.end, m.end + 60)}`
          : '';
        if (row.examples.length < 3) row.examples.push({ id: a.id, context: context.replace(/\s+/g, ' ') });
      }
      if (inTitle) row.titleQuotes++;
    }
  }
  const names: NameRow[] = [];
  for (const r of rows.values()) {
    // A name met only in headlines (`Syria Crossed`): a piece of a title, not a speaker the article quotes.
    const flags = flagsOf(r.name, r.kind, r.titleQuotes === r.quotes);
    names.push({ name: r.name, kind: r.kind, quotes: r.quotes, articles: r.articles, flags, examples: r.examples });
  }
  names.sort((x, y) => y.quotes - x.quotes || x.name.localeCompare(y.name));
  return { every, articles, quotes, attributed, byKind, names };
}

/** Counts of flagged names and of the quotes they carry, by flag. */
function summary(r: Report): Record<string, { names: number; quotes: number }> {
  const out: Record<string, { names: number; quotes: number }> = { any: { names: 0, quotes: 0 } };
  for (const n of r.names) {
    if (n.flags.length === 0) continue;
    const any = out.any as { names: number; quotes: number };
    any.names++;
    any.quotes += n.quotes;
    for (const f of n.flags) {
      const s = (out[f] ??= { names: 0, quotes: 0 });
      s.names++;
      s.quotes += n.quotes;
    }
  }
  return out;
}

function printReport(r: Report): void {
  console.log(`sample: every ${r.every}th article of news-37k: ${r.articles} articles, ${r.quotes} quotes, ${r.attributed} with a speaker`);
  console.log(`speakers by kind: ${JSON.stringify(r.byKind)}; distinct names: ${r.names.length}`);
  for (const [f, s] of Object.entries(summary(r)))
    console.log(`flag ${f.padEnd(6)} ${String(s.names).padStart(5)} names ${String(s.quotes).padStart(6)} quotes`);
}

/** A seeded shuffle (mulberry32), so a sample is the same each time. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function printSample(r: Report, size: number, seed: number): void {
  const named = r.names.filter((n) => n.kind !== 'unnamed');
  const flagged = shuffled(
    r.names.filter((n) => n.flags.length > 0),
    seed,
  ).slice(0, size);
  const unflagged = shuffled(
    named.filter((n) => n.flags.length === 0),
    seed,
  ).slice(0, size);
  for (const [label, list] of [
    ['FLAGGED', flagged],
    ['UNFLAGGED (person and organisation names)', unflagged],
  ] as const) {
    console.log(`\n== ${label}: ${list.length}`);
    list.forEach((n, k) =>
      console.log(`${k + 1}. ${n.name} (${n.kind}, ${n.quotes}q, ${n.flags.join(',') || '-'}) ${n.examples[0]?.context ?? ''}`),
    );
  }
}

function compare(before: Report, after: Report): void {
  const b = summary(before);
  const a = summary(after);
  console.log('flag     names before → after   quotes before → after');
  for (const f of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const x = b[f] ?? { names: 0, quotes: 0 };
    const y = a[f] ?? { names: 0, quotes: 0 };
    console.log(
      `${f.padEnd(8)} ${String(x.names).padStart(5)} → ${String(y.names).padEnd(10)} ${String(x.quotes).padStart(6)} → ${y.quotes}`,
    );
  }
  console.log(
    `attributed quotes: ${before.attributed} → ${after.attributed}; by kind ${JSON.stringify(before.byKind)} → ${JSON.stringify(after.byKind)}`,
  );
  const keyOf = (n: NameRow): string => `${n.kind}\t${n.name}`;
  const gone = new Map(before.names.map((n) => [keyOf(n), n]));
  for (const n of after.names) gone.delete(keyOf(n));
  const fresh = after.names.filter((n) => !before.names.some((m) => keyOf(m) === keyOf(n)));
  console.log(`\nnames no longer given: ${gone.size}; names newly given: ${fresh.length}`);
  if (process.argv.includes('--list')) {
    for (const n of gone.values()) console.log(`- ${n.name} (${n.kind}, ${n.quotes}q, ${n.flags.join(',') || '-'})`);
    for (const n of fresh)
      console.log(`+ ${n.name} (${n.kind}, ${n.quotes}q, ${n.flags.join(',') || '-'}) ${n.examples[0]?.context ?? ''}`);
  }
}

const readReport = (file: string): Report => JSON.parse(readFileSync(file, 'utf8')) as Report;

async function main(): Promise<void> {
  const cmp = process.argv.indexOf('--compare');
  if (cmp >= 0) return compare(readReport(process.argv[cmp + 1] as string), readReport(process.argv[cmp + 2] as string));
  const sample = arg('--sample');
  const input = arg('--in');
  const report = input ? readReport(input) : await run(Number(arg('--every') ?? 10));
  if (!input) {
    const out = arg('--out') ?? '.cache/speaker-junk/now.json';
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report, null, 1));
  }
  printReport(report);
  if (sample) printSample(report, Number(sample), Number(arg('--seed') ?? 1));
}

await main();
