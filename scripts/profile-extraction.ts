/**
 * `npx tsx scripts/profile-extraction.ts [--split dev|train] [--warm-up w] [--passes n] [--rounds r]`: the CPU cost
 * of `extractQuotes` over the distinct PolNeAR texts of a split (dev by default: what
 * `npm run eval:quotes` times), without the scoring: `--warm-up w` warm-up passes (default 10), then `n` timed passes
 * (default 21), repeated `r` times (default 1). Prints each round's median and best CPU MB/s. Run it
 * under `node --cpu-prof` (bundled with esbuild) for a line-level profile of extraction alone.
 */
import { extractQuotes } from '../src/quotes/extract.ts';
import { optionOf, polnearTexts } from './support/polnear-texts.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => optionOf(args, name, fallback);
const split = option('--split', 'dev');
const passes = Number(option('--passes', '21'));
const rounds = Number(option('--rounds', '1'));
const warmUp = Number(option('--warm-up', '10'));
const { texts, bytes } = polnearTexts(split);
for (let r = 0; r < warmUp; r++) for (const t of texts) extractQuotes(t);
for (let round = 0; round < rounds; round++) {
  const cpu: number[] = [];
  for (let r = 0; r < passes; r++) {
    const c0 = process.cpuUsage();
    for (const t of texts) extractQuotes(t);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `${split}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB; CPU median ${mbps(cpu[Math.floor(cpu.length / 2)] as number)} MB/s, best ${mbps(cpu[0] as number)} MB/s (${passes} passes)`,
  );
}
