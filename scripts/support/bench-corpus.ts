/**
 * The bench's corpora, written to files by streaming (never a whole size in memory): the seeds,
 * news-37k (a link to the shared file), and for 150k and 500k copies of news-37k with new ids
 * (`r<copy>-<id>`), each copy cut into parts of `PART_ARTICLES` articles so that start-up's
 * batches (about 64 MB of files at a time, `src/startup/engine.ts`) apply as they do to a real
 * archive. The copies are written once, in one pass over news-37k, to `replicas/`; each size's
 * folder holds links to the parts it uses (`CORPUS_FOLLOW_LINKS` is on for the bench).
 */
import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';

/** Articles per replica file (news-37k in 4 parts of about 22 MB compressed). */
export const PART_ARTICLES = 10_000;
/** Bump when the layout of the prepared folders changes: older folders are rebuilt. */
const LAYOUT = 'v2';

export interface CorpusPaths {
  root: string;
  news: string;
  work: string;
}

interface Part {
  gzip: Gzip;
  file: WriteStream;
  done: Promise<void>;
}

/** `replicas/copy-NN-part-K.jsonl.gz` */
const partName = (copy: number, part: number) => `copy-${String(copy).padStart(2, '0')}-part-${part}.jsonl.gz`;

function openPart(dir: string, copy: number, part: number): Part {
  const gzip = createGzip({ level: 1 });
  const file = createWriteStream(path.join(dir, partName(copy, part)));
  gzip.pipe(file);
  const done = new Promise<void>((resolve, reject) => {
    file.once('finish', resolve);
    file.once('error', reject);
    gzip.once('error', reject);
  });
  return { gzip, file, done };
}

/**
 * Writes copies 2..`copies` of news-37k with new ids (those already complete are kept), in one
 * streaming pass: each line is parsed once and written to every missing copy.
 */
export async function writeReplicas(paths: CorpusPaths, copies: number, log: (line: string) => void): Promise<void> {
  const dir = path.join(paths.work, 'replicas');
  await mkdir(dir, { recursive: true });
  const missing: number[] = [];
  for (let copy = 2; copy <= copies; copy++) if (!existsSync(path.join(dir, `.complete-${LAYOUT}-${copy}`))) missing.push(copy);
  if (!missing.length) return;
  const started = performance.now();
  log(`bench: writing ${missing.length} copies of news-37k with new ids to ${dir} (streaming, ${PART_ARTICLES} articles per file)`);
  for (const name of await readdir(dir))
    if (missing.some((c) => name.startsWith(`copy-${String(c).padStart(2, '0')}-`))) await rm(path.join(dir, name));
  const open = new Map<number, Part>(missing.map((c) => [c, openPart(dir, c, 1)]));
  const finished: Array<Promise<void>> = [];
  const lines = createInterface({ input: createReadStream(paths.news).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as Record<string, unknown>;
    const id = String(record.id ?? n);
    if (n > 0 && n % PART_ARTICLES === 0) {
      for (const copy of missing) {
        const part = open.get(copy)!;
        part.gzip.end();
        finished.push(part.done);
        open.set(copy, openPart(dir, copy, n / PART_ARTICLES + 1));
      }
    }
    for (const copy of missing) {
      record.id = `r${copy}-${id}`;
      const gzip = open.get(copy)!.gzip;
      if (!gzip.write(`${JSON.stringify(record)}\n`)) await new Promise((resolve) => gzip.once('drain', resolve));
    }
    n++;
  }
  for (const part of open.values()) {
    part.gzip.end();
    finished.push(part.done);
  }
  await Promise.all(finished);
  for (const copy of missing) await writeFile(path.join(dir, `.complete-${LAYOUT}-${copy}`), '');
  log(`bench: ${missing.length} copies of ${n} articles written in ${Math.round((performance.now() - started) / 1000)} s`);
}

/** The corpus folder of a size: seeds, news-37k (`copies` ≥ 1) and links to the replica parts of copies 2..`copies`. */
export async function prepareCorpus(paths: CorpusPaths, size: string, copies: number, log: (line: string) => void): Promise<string> {
  const dir = path.join(paths.work, `corpus-${size}`);
  const complete = path.join(dir, `.complete-${LAYOUT}`);
  if (existsSync(complete)) return dir;
  await writeReplicas(paths, copies, log);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(paths.root, 'corpus'), dir, { recursive: true });
  if (copies >= 1) await symlink(paths.news, path.join(dir, 'news-37k.jsonl.gz'));
  const replicas = path.join(paths.work, 'replicas');
  for (let copy = 2; copy <= copies; copy++) {
    const prefix = `copy-${String(copy).padStart(2, '0')}-part-`;
    for (const name of (await readdir(replicas)).filter((f) => f.startsWith(prefix)))
      await symlink(path.join(replicas, name), path.join(dir, name));
  }
  await writeFile(complete, '');
  return dir;
}
