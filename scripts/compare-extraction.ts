/**
 * `npx tsx scripts/compare-extraction.ts <other checkout> [--split dev|train] [--rounds n]`: the CPU
 * cost of this checkout's `extractQuotes` against another checkout's (e.g. main under /tmp), in
 * one process, passes alternating A, B, A, B … over the same PolNeAR texts, so that both sides see
 * the same load on a shared machine. Prints each side's median CPU MB/s and the median ratio of
 * neighbouring passes.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractQuotes as ours } from '../src/quotes/extract.ts';
import { optionOf, polnearTexts } from './support/polnear-texts.ts';

const args = process.argv.slice(2);
const other = args[0];
if (!other) throw new Error('usage: compare-extraction <other checkout> [--split dev|train] [--rounds n]');
const option = (name: string, fallback: string): string => optionOf(args, name, fallback);
const split = option('--split', 'dev');
const rounds = Number(option('--rounds', '21'));
const theirs = ((await import(pathToFileURL(path.resolve(other, 'src/quotes/extract.ts')).href)) as { extractQuotes: typeof ours })
  .extractQuotes;
const { texts, bytes } = polnearTexts(split);
const pass = (f: typeof ours): number => {
  const c0 = process.cpuUsage();
  for (const t of texts) f(t);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
for (let r = 0; r < 10; r++) {
  pass(ours);
  pass(theirs);
}
const a: number[] = [];
const b: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const x = r % 2 === 0 ? pass(ours) : 0;
  const y = pass(theirs);
  const z = r % 2 === 0 ? x : pass(ours);
  a.push(z);
  b.push(y);
  ratios.push(y / z);
}
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] as number;
const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(
  `${split}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, ${rounds} rounds; this checkout median ${mbps(median(a))} MB/s (best ${mbps(Math.min(...a))}), other ${mbps(median(b))} MB/s (best ${mbps(Math.min(...b))}); other/this CPU ratio median ${median(ratios).toFixed(3)}`,
);
