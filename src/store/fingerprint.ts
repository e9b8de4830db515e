/**
 * What a snapshot is valid for: the content hash of each corpus file, and a hash of the source code
 * that turns files into answers (loader, quote extraction, grouping, index), so a code change
 * invalidates snapshots built by older code.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the snapshot layout changes (2: the index part is the index engine's own chunks, named in the header). */
export const SNAPSHOT_FORMAT = 2;

const PIPELINE_DIRS = ['corpus', 'quotes', 'compare', 'search', 'engine', 'store'];
const SRC = fileURLToPath(new URL('..', import.meta.url));

let codeHash: Promise<string> | undefined;

/** SHA-1 of every source file of the pipeline (path and content), computed once per process. */
export function pipelineCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha1');
    hash.update(`format ${SNAPSHOT_FORMAT}\n`);
    for (const dir of PIPELINE_DIRS) {
      // Recursive: index engines live in sub-folders of `search`.
      const names = (await readdir(join(SRC, dir), { recursive: true })).filter((n) => n.endsWith('.ts')).sort();
      for (const name of names) {
        hash.update(`${dir}/${name}\n`);
        hash.update(await readFile(join(SRC, dir, name)));
      }
    }
    return hash.digest('hex');
  })();
  return codeHash;
}

/** SHA-1 of a file's bytes (streamed); undefined when it cannot be read. */
export async function fileHash(path: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha1');
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}
