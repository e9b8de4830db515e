/**
 * `npm run eval:ingest`: the extraction scored on the real saved pages of
 * `../shared/corpora/web-pages/` (Mozilla Readability's own test pages, with its reference
 * extraction). Each page is served from a local HTTP server and added through the real path
 * (fetch → extract → Markdown file), then the stored file is compared with the reference:
 *
 * - title equal to `expected-metadata.json`'s title;
 * - byline equal when the reference has one, date (the day of `publishedTime`) equal when it has one;
 * - body starting and ending where `expected.html` does (first and last 40 letters or digits, case
 *   and punctuation ignored: Markdown differs from HTML in markup, never in words);
 * - body length within 0.7–1.4 of the reference's.
 *
 * Prints the share of pages right (target ≥ 90 %) and, for each page that fails, why.
 * `--pages DIR` scores another folder of the same layout.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { parseFrontMatter } from '../src/corpus/frontmatter.ts';
import { addArticle } from '../src/ingest/add.ts';
import { Fetcher } from '../src/ingest/fetcher.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: path.resolve('../shared/corpora/web-pages') } } });
const pagesDir = path.resolve(values.pages);
const EDGE = 40;

interface Expected {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
}

/** Letters and digits only, lower-cased: what "the same words" means across markup. */
const letters = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  const names = (await readdir(pagesDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('/')[1] ?? '');
    if (!names.includes(name)) return void res.writeHead(404).end('not found');
    readFile(path.join(pagesDir, name, 'source.html')).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const corpus = await mkdtemp(path.join(os.tmpdir(), 'eval-ingest-'));
  const fetcher = new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 });
  const failures: string[] = [];
  let titleIsH1 = 0;
  const counts = { title: 0, byline: 0, bylineAsked: 0, date: 0, dateAsked: 0, start: 0, end: 0, length: 0 };
  try {
    for (const name of names) {
      const expected = JSON.parse(await readFile(path.join(pagesDir, name, 'expected-metadata.json'), 'utf8')) as Expected;
      const expectedHtml = await readFile(path.join(pagesDir, name, 'expected.html'), 'utf8');
      const want = letters(parseHTML(`<html><body>${expectedHtml}</body></html>`).document.body.textContent ?? '');
      const outcome = await addArticle(fetcher, corpus, `${base}/${name}/`);
      if (!outcome.ok) {
        failures.push(`${name}: not added: ${outcome.reason}`);
        continue;
      }
      const stored = parseFrontMatter(await readFile(path.join(corpus, outcome.file), 'utf8'));
      if ('reason' in stored) {
        failures.push(`${name}: stored file unreadable: ${stored.reason}`);
        continue;
      }
      const data = stored.data as Record<string, unknown>;
      const got = letters(stored.body.replace(/^## /gm, ''));
      const why: string[] = [];
      if (fold(String(data.title ?? '')) === fold(expected.title)) counts.title++;
      else {
        // Readability's own title is sometimes the site's (og:title); say when ours is the page's <h1> instead.
        const source = await readFile(path.join(pagesDir, name, 'source.html'), 'utf8');
        const h1 = fold(parseHTML(source).document.querySelector('h1')?.textContent);
        const isH1 = h1 !== '' && h1 === fold(String(data.title ?? ''));
        if (isH1) titleIsH1++;
        why.push(`title "${String(data.title)}" ≠ "${expected.title}"${isH1 ? " (ours is the page's own <h1>)" : ''}`);
      }
      if (expected.byline) {
        counts.bylineAsked++;
        if (fold(String(data.byline ?? '')) === fold(expected.byline)) counts.byline++;
        else why.push(`byline "${String(data.byline ?? '')}" ≠ "${expected.byline}"`);
      }
      if (expected.publishedTime) {
        counts.dateAsked++;
        const day = String(data.published ?? '').slice(0, 10);
        if (day === expected.publishedTime.slice(0, 10)) counts.date++;
        else why.push(`date "${day}" ≠ "${expected.publishedTime.slice(0, 10)}"`);
      }
      if (got.slice(0, EDGE) === want.slice(0, EDGE)) counts.start++;
      else why.push(`starts "${got.slice(0, EDGE)}", expected "${want.slice(0, EDGE)}"`);
      if (got.slice(-EDGE) === want.slice(-EDGE)) counts.end++;
      else why.push(`ends "${got.slice(-EDGE)}", expected "${want.slice(-EDGE)}"`);
      const ratio = got.length / Math.max(1, want.length);
      if (ratio >= 0.7 && ratio <= 1.4) counts.length++;
      else why.push(`length ×${ratio.toFixed(2)} of the reference`);
      if (why.length) failures.push(`${name}: ${why.join('; ')}`);
    }
  } finally {
    server.close();
    await rm(corpus, { recursive: true, force: true });
  }
  const right = names.length - failures.length;
  const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : '-'} %`;
  console.log(`Extraction on ${names.length} real pages (${pagesDir})`);
  console.log(`  title equal        ${counts.title}/${names.length}`);
  console.log(`  byline equal       ${counts.byline}/${counts.bylineAsked} (pages with a reference byline)`);
  console.log(`  date equal         ${counts.date}/${counts.dateAsked} (pages with a reference date)`);
  console.log(`  body start / end   ${counts.start}/${names.length} / ${counts.end}/${names.length}`);
  console.log(`  length 0.7–1.4     ${counts.length}/${names.length}`);
  console.log(`Pages right: ${right}/${names.length} = ${pct(right, names.length)} (target ≥ 90 %)`);
  if (titleIsH1)
    console.log(
      `  (${titleIsH1} of the failures only in a title that is the page's own <h1> where the reference took the site's og:title)`,
    );
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}

await main();
