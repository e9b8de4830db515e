/**
 * The index snapshot: everything the engine needs to answer without re-reading and re-indexing the
 * corpus, in one file of JSON lines (so no string comes near V8's ~512 M-character limit):
 *
 *   header · speakers · per file: file line, then article chunks (articles with their quotes) ·
 *   statements (chunks) · the index's own chunks · end
 *
 * The index part is whatever the index engine writes of itself (`SearchIndex.persist`), one line
 * per chunk, handed back to a new index of the same kind (`SearchIndex.restore`); the header
 * names the kind, so a snapshot of another engine is rebuilt. The end line carries the line count and a CRC-32 of every line, so
 * a truncated or damaged file is detected. Written to a temp file, fsynced, then renamed over the
 * old snapshot: a crash mid-write leaves the previous snapshot in place.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { crc32 } from 'node:zlib';
import type { Statement } from '../compare/statements.ts';
import type { Article, SkippedFile } from '../corpus/article.ts';
import { IndexedCorpus, type CorpusOptions, type IndexedFile } from '../engine/corpus.ts';
import { quoteArrays, quotesAt } from '../engine/file-quotes.ts';
import { engineSettings } from '../engine/options.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import type { Passage } from '../search/passage.ts';
import { passagesOf } from '../engine/build.ts';
import { SNAPSHOT_FORMAT } from './fingerprint.ts';

export const SNAPSHOT_FILE = 'snapshot.ndjson';
const CHUNK = 2000;

export interface SnapshotHeader {
  format: number;
  code: string;
  /** The index engine that wrote the index part (`SearchIndex.kind`). */
  index: string;
  createdAt: string;
  files: Record<string, string | undefined>;
}

export interface LoadedSnapshot {
  header: SnapshotHeader;
  corpus: IndexedCorpus;
}

type StoredQuote = Omit<Quote, 'speaker'> & { s?: number };

/** Writes `corpus` to `dir/snapshot.ndjson` atomically. */
export async function saveSnapshot(dir: string, corpus: IndexedCorpus, code: string): Promise<{ bytes: number }> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, SNAPSHOT_FILE);
  const temp = join(dir, `${SNAPSHOT_FILE}.tmp-${process.pid}-${Date.now()}`);
  await removeStaleTemps(dir, temp, { deadWritersOnly: true });
  const handle = await open(temp, 'w');
  let crc = 0;
  let lines = 0;
  let bytes = 0;
  let buffered: string[] = [];
  let bufferedLength = 0;
  const flush = async () => {
    if (!buffered.length) return;
    const text = buffered.join('');
    buffered = [];
    bufferedLength = 0;
    const written = await handle.write(text);
    bytes += written.bytesWritten;
  };
  const line = async (value: unknown) => {
    const text = JSON.stringify(value);
    crc = crc32(text, crc);
    lines++;
    buffered.push(text, '\n');
    bufferedLength += text.length + 1;
    if (bufferedLength > 8 << 20) await flush();
  };
  try {
    const files = corpus.indexedFiles();
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      code,
      index: corpus.index.kind,
      createdAt: new Date().toISOString(),
      files: Object.fromEntries(files.map((f) => [f.file, f.hash])),
    };
    await line({ kind: 'header', ...header, nextId: corpus.passageIdLimit, skipped: corpus.skippedOutsideFiles });

    const speakerIds = new Map<Speaker, number>();
    const speakers: Speaker[] = [];
    for (const f of files)
      for (const quotes of quoteArrays(f.quotes))
        for (const q of quotes) if (q.speaker && !speakerIds.has(q.speaker)) speakerIds.set(q.speaker, speakers.push(q.speaker) - 1);
    for (let i = 0; i < speakers.length; i += CHUNK) await line({ kind: 'speakers', speakers: speakers.slice(i, i + CHUNK) });

    const quoteRef = new Map<Quote, [number, number, number]>();
    for (const [fi, f] of files.entries()) {
      await line({
        kind: 'file',
        file: f.file,
        hash: f.hash,
        skipped: f.load.skipped,
        warnings: f.load.warnings,
        firstId: f.firstId,
        articles: f.load.articles.length,
      });
      const lists = quoteArrays(f.quotes);
      for (let a = 0; a < f.load.articles.length; a += CHUNK / 4) {
        const articles = f.load.articles.slice(a, a + CHUNK / 4);
        const quotes = lists.slice(a, a + CHUNK / 4).map((qs, k) =>
          qs.map((q, qi): StoredQuote => {
            quoteRef.set(q, [fi, a + k, qi]);
            const { speaker, ...rest } = q;
            return speaker ? { ...rest, s: speakerIds.get(speaker) } : rest;
          }),
        );
        await line({ kind: 'articles', articles, quotes });
      }
    }

    const statements = corpus.statements.list();
    for (let i = 0; i < statements.length; i += CHUNK) {
      const chunk = statements
        .slice(i, i + CHUNK)
        .map((s) => ({ id: s.id, confidence: s.confidence, outlets: s.outlets, members: s.members.map((m) => quoteRef.get(m.quote)) }));
      await line({ kind: 'statements', statements: chunk });
    }

    await corpus.index.persist({ write: (chunk) => line({ kind: 'index', chunk }) });

    await flush();
    const end = JSON.stringify({ kind: 'end', lines, crc });
    bytes += (await handle.write(`${end}\n`)).bytesWritten;
    await handle.sync();
  } catch (error) {
    // E.g. a full disk: the partial temp file goes, the previous snapshot stays.
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temp, target).catch(async (error: unknown) => {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  });
  await syncDir(dirname(target));
  await removeStaleTemps(dir, temp);
  return { bytes };
}

/**
 * Reads a snapshot into a corpus over a new index (`options.index`); throws (with a reason fit for a
 * log line) when it is missing, damaged, from another format or written by another index engine.
 */
export async function loadSnapshot(dir: string, options: CorpusOptions = {}): Promise<LoadedSnapshot> {
  const index = engineSettings(options).index();
  const path = join(dir, SNAPSHOT_FILE);
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let crc = 0;
  let lines = 0;
  let header: (SnapshotHeader & { nextId: number; skipped: SkippedFile[] }) | undefined;
  let ended = false;
  const speakers: Speaker[] = [];
  const files: Array<IndexedFile & { quotes: Quote[][] }> = [];
  const stored: Array<{ id: number; confidence: number; outlets: string[]; members: Array<[number, number, number]> }> = [];
  const indexChunks: unknown[] = [];
  try {
    for await (const text of reader) {
      if (ended) throw new Error('data after the end line');
      const value = parseLine(text, lines + 1);
      if (value.kind === 'end') {
        if (value.lines !== lines || value.crc !== crc) throw new Error(`checksum or line count does not match (damaged file)`);
        ended = true;
        continue;
      }
      crc = crc32(text, crc);
      lines++;
      if (lines === 1) {
        if (value.kind !== 'header') throw new Error('no header line');
        if (value.format !== SNAPSHOT_FORMAT) throw new Error(`format ${String(value.format)}, expected ${SNAPSHOT_FORMAT}`);
        if (value.index !== index.kind) throw new Error(`index written by ${String(value.index)}, expected ${index.kind}`);
        header = value as unknown as typeof header;
        continue;
      }
      switch (value.kind) {
        case 'speakers':
          speakers.push(...(value.speakers as Speaker[]));
          break;
        case 'file':
          files.push({
            file: value.file as string,
            hash: value.hash as string | undefined,
            load: { articles: [], skipped: value.skipped as SkippedFile[], warnings: value.warnings as SkippedFile[] },
            quotes: [],
            firstId: value.firstId as number,
            passageCount: 0,
          });
          break;
        case 'articles': {
          const f = files[files.length - 1];
          if (!f) throw new Error('articles before any file line');
          for (const a of value.articles as Article[]) {
            f.load.articles.push(a);
            f.passageCount += a.paragraphs.length;
          }
          for (const qs of value.quotes as StoredQuote[][]) {
            f.quotes.push(
              qs.map(({ s, ...q }) => {
                if (s === undefined) return q;
                const speaker = speakers[s];
                if (!speaker) throw new Error(`unknown speaker ${s}`);
                return { ...q, speaker };
              }),
            );
          }
          break;
        }
        case 'statements':
          stored.push(...(value.statements as typeof stored));
          break;
        case 'index':
          indexChunks.push(value.chunk);
          break;
        default:
          throw new Error(`unknown line kind ${JSON.stringify(value.kind)}`);
      }
    }
  } finally {
    reader.close();
    input.destroy();
  }
  if (!ended) throw new Error('no end line (the file is truncated)');
  if (!header || !indexChunks.length) throw new Error('header or index missing');

  const passages: Passage[] = [];
  for (const f of files) {
    let id = f.firstId;
    f.load.articles.forEach((article, a) => {
      for (const p of passagesOf(article, quotesAt(f.quotes, a), id)) passages.push(p);
      id += article.paragraphs.length;
    });
  }
  const statements: Statement[] = stored.map((s) => {
    const members = s.members.map(([fi, a, qi]) => {
      const f = files[fi];
      const article = f?.load.articles[a];
      const quote = f && quotesAt(f.quotes, a)[qi];
      if (!article || !quote) throw new Error('statement member not found');
      return { article, quote };
    });
    const speaker = members[0]?.quote.speaker;
    if (!speaker) throw new Error('statement without a speaker');
    return { id: s.id, confidence: s.confidence, outlets: s.outlets, members, speaker };
  });
  index.restore({ chunks: indexChunks, passages });
  const corpus = new IndexedCorpus(options, { index, files, statements, nextId: header.nextId });
  if (header.skipped.length) corpus.setExtraSkipped(header.skipped);
  return { header, corpus };
}

function parseLine(text: string, line: number): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new Error(`line ${line} is not valid JSON (${(error as Error).message.slice(0, 80)})`, { cause: error });
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a directory; the rename itself is still atomic.
  }
}

/**
 * Temp files left by a writer that crashed (never `keep`); with `deadWritersOnly`, only those whose
 * writing process no longer runs (`.tmp-<pid>-<time>`), so a save running elsewhere is left alone.
 */
async function removeStaleTemps(dir: string, keep: string, options: { deadWritersOnly?: boolean } = {}): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!name.startsWith(`${SNAPSHOT_FILE}.tmp-`) || join(dir, name) === keep) continue;
    const [pid, time] = name.slice(`${SNAPSHOT_FILE}.tmp-`.length).split('-').map(Number);
    if (options.deadWritersOnly && isRunning(pid, time)) continue;
    await rm(join(dir, name), { force: true }).catch(() => undefined);
  }
}

/** Whether the writer of a temp file started at `time` may still run (a pid reused after a restart is not it). */
function isRunning(pid: number | undefined, time: number | undefined): boolean {
  if (pid === undefined || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return time !== undefined && time >= Date.now() - process.uptime() * 1000 - 1000;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
