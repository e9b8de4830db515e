import { readRawLines, type RawLine } from './src/corpus/jsonl.ts';
import { recordsOf } from './src/corpus/records.ts';
import { PARAGRAPH_SEPARATOR } from './src/engine/build.ts';
const want: [string, number][] = process.argv.slice(2).map((a) => { const [i, s] = a.split('@'); return [i as string, Number(s)]; });
const lines: RawLine[] = [];
for await (const raw of readRawLines('../shared/corpora/news-37k/articles.jsonl.gz', { gzip: true })) if (raw.line % 25 === 0) lines.push(raw);
for (const a of recordsOf('news-37k', lines).articles) {
  for (const [id, s] of want) if (a.id === id) { const t = a.paragraphs.join(PARAGRAPH_SEPARATOR); console.log('##', id, s, '::', t.slice(Math.max(0, s - 330), s + 80).replace(/\s+/g, ' ')); }
}
