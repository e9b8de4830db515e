/**
 * Writes the seed articles (/work/shared/seeds: captured .txt files + manifest.json) into the bot's
 * corpus folder as Markdown with YAML front matter. The captured text is copied byte for byte,
 * boilerplate included: cleaning it is the loader's job.
 *
 *   npx tsx scripts/import-seeds.ts [seedsDir] [corpusDir]
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';

const ManifestSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      outlet: z.string(),
      url: z.string(),
      published: z.string().nullable(),
      byline: z.string().nullable(),
      language: z.string(),
    }),
  ),
});

const seedsDir = process.argv[2] ?? '/work/shared/seeds';
const corpusDir = process.argv[3] ?? new URL('../corpus', import.meta.url).pathname;

const manifest = ManifestSchema.parse(JSON.parse(await readFile(join(seedsDir, 'manifest.json'), 'utf8')));
await mkdir(corpusDir, { recursive: true });

for (const entry of manifest.articles) {
  const frontMatter: Record<string, string> = { outlet: entry.outlet, url: entry.url };
  if (entry.published !== null) frontMatter.published = entry.published;
  if (entry.byline !== null) frontMatter.byline = entry.byline;
  frontMatter.language = entry.language;

  const body = await readFile(join(seedsDir, entry.file));
  const header = Buffer.from(`---\n${YAML.stringify(frontMatter)}---\n`, 'utf8');
  const target = join(corpusDir, `${basename(entry.file, '.txt')}.md`);
  await writeFile(target, Buffer.concat([header, body]));
  console.log(`${target} (${entry.outlet})`);
}
