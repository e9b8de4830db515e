import { mkdtemp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadCorpus, loadFile } from '../../src/corpus/load.ts';

const fixtures = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
const GOOD_ARTICLE = '---\noutlet: Example Times\n---\nA good headline\n\nA full paragraph of reporting that ends properly.\n';

let result: LoadResult;
let scratch: string;
const reasonFor = (file: string): string | undefined => result.skipped.find((s) => s.file === file)?.reason;

beforeAll(async () => {
  result = await loadCorpus(fixtures);
  scratch = await mkdtemp(join(tmpdir(), 'corpus-test-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('skipping bad files with a reason, while the rest loads', () => {
  it('still loads every good file next to the bad ones', () => {
    expect(result.articles).toHaveLength(9);
  });

  it('skips broken front matter and quotes the YAML error', () => {
    expect(reasonFor('broken-front-matter.md')).toBe(
      'front matter is not valid YAML: Nested mappings are not allowed in compact mappings at line 2, column 9:',
    );
  });

  it('skips front matter with no closing line', () => {
    expect(reasonFor('unclosed-front-matter.md')).toBe("front matter has no closing '---' line");
  });

  it('skips a binary file and names it with the reason', () => {
    expect(reasonFor('binary.txt')).toBe('binary file (NUL bytes at offset 22)');
  });

  it('skips a file that is not valid UTF-8 and gives the byte offset', () => {
    expect(reasonFor('invalid-utf8.md')).toBe('not valid UTF-8 text (invalid byte at offset 33)');
  });

  it('skips an empty file', () => {
    expect(reasonFor('empty.md')).toBe('empty file');
  });

  it('skips a file that is only boilerplate', () => {
    expect(reasonFor('only-boilerplate.md')).toBe('empty after removing boilerplate');
  });

  it('skips a file of an unknown type, naming the types it reads', () => {
    expect(reasonFor('notes.pdf')).toMatch(/^unsupported file type '\.pdf' \(expected \.md, .*\.jsonl\.gz/);
  });

  it('skips a bad JSONL line with its line number and loads the other lines', () => {
    expect(reasonFor('records.jsonl#L3')).toBe('line 3: not valid JSON (Unterminated string in JSON at position 56)');
    expect(reasonFor('records.jsonl#L5')).toBe('not a JSON object');
    expect(reasonFor('records.jsonl#L6')).toBe("record has no 'text'");
    expect(result.articles.filter((a) => a.file === 'records.jsonl')).toHaveLength(3);
  });

  it('drops a wrong-typed front matter field with a warning naming the field, and loads the article', () => {
    expect(result.warnings).toContainEqual({
      file: 'wrong-field-types.md',
      reason: "front matter field 'outlet' should be text, not a number (42); ignored",
    });
    expect(result.warnings).toContainEqual({
      file: 'wrong-field-types.md',
      reason: 'front matter field \'published\' is not a date I can read ("not a date"); ignored',
    });
    const article = result.articles.find((a) => a.file === 'wrong-field-types.md');
    expect(article).toMatchObject({ outletKnown: false, url: 'https://example.com/story', headline: 'Mayor opens the new bridge' });
    expect(article?.published).toBeUndefined();
  });

  it('renames a duplicate id with a suffix and warns', () => {
    expect(result.articles.map((a) => a.id)).toContain('records.jsonl#r1~2');
    expect(result.warnings).toContainEqual({
      file: 'records.jsonl',
      reason: "duplicate id 'records.jsonl#r1'; renamed to 'records.jsonl#r1~2'",
    });
  });

  it('skips a broken symbolic link as unreadable, even when running as root', async () => {
    const dir = join(scratch, 'links');
    await mkdir(dir);
    await writeFile(join(dir, 'good.md'), GOOD_ARTICLE);
    await symlink(join(dir, 'missing-target.md'), join(dir, 'dangling.md'));
    const loaded = await loadCorpus(dir);
    expect(loaded.skipped).toEqual([{ file: 'dangling.md', reason: 'unreadable: no such file (or a broken symbolic link)' }]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['good.md']);
  });

  it('skips a folder given to loadFile as if it were a file', async () => {
    await mkdir(join(scratch, 'x.md'));
    const loaded = await loadFile(scratch, 'x.md');
    expect(loaded.skipped).toEqual([{ file: 'x.md', reason: 'unreadable: it is a folder, not a file' }]);
  });

  it('skips a single-article file larger than 20 MB without reading it', async () => {
    const dir = join(scratch, 'large');
    await mkdir(dir);
    await writeFile(join(dir, 'huge.txt'), 'A headline\n\n');
    await truncate(join(dir, 'huge.txt'), 21 * 1024 * 1024);
    const loaded = await loadCorpus(dir);
    expect(loaded.skipped).toEqual([{ file: 'huge.txt', reason: 'too large for one article (21.0 MB; the limit is 20.0 MB)' }]);
  });

  it('skips a corrupt gzip file and keeps the records read before the damage', async () => {
    const dir = join(scratch, 'gz');
    await mkdir(dir);
    await writeFile(join(dir, 'bad.jsonl.gz'), 'this is not gzip data');
    const loaded = await loadCorpus(dir);
    expect(loaded.articles).toEqual([]);
    expect(loaded.skipped[0]?.file).toBe('bad.jsonl.gz');
    expect(loaded.skipped[0]?.reason).toMatch(/^could not read the rest of the file \(incorrect header check\)/);
  });

  it('throws only when the corpus folder itself is missing', async () => {
    await expect(loadCorpus(join(scratch, 'no-such-folder'))).rejects.toThrow(/ENOENT/);
  });
});
