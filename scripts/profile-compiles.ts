/**
 * `npx tsx scripts/profile-compiles.ts <log> [--top n]`: a summary of a log written by
 * `node --trace-opt --trace-deopt …` (e.g. `scripts/profile-worker-batches.ts` under them): TurboFan
 * compilations per function and their time (prepare + execute + finalize as V8 reports them: wall
 * milliseconds, inflated on a busy machine, so read them as shares), how much of it recompiled a
 * function already compiled once (what deopts cost in compilation), and deopts by reason and by
 * function. With `--trace-deopt-verbose` each deopt's source position is listed too (positions in
 * the code tsx compiled: `esbuild.transformSync(source, { loader: 'ts', format: 'esm',
 * minifyWhitespace: true, keepNames: true })` gives the same lines and columns).
 */
import { readFileSync } from 'node:fs';

/** The line `profile-worker-batches.ts` prints before its passes: a log holding it is read from there. */
export const PASSES_START = '--- passes start';

if (process.argv[1]?.endsWith('profile-compiles.ts')) summarise(process.argv.slice(2));

function summarise(args: string[]): void {
  const [file] = args;
  if (!file) throw new Error('usage: profile-compiles <log> [--top n]');
  const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 15;
  const all = readFileSync(file, 'utf8').split('\n');
  const lines = all.slice(Math.max(0, all.indexOf(PASSES_START)));

  const compiles = new Map<string, number[]>();
  const deoptsByReason = new Map<string, number>();
  const deoptsByFunction = new Map<string, number>();
  const sites = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const [i, line] of lines.entries()) {
    const compiled = /completed compiling .*?<JSFunction ([^ >]*).*?took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (compiled) {
      const ms = Number(compiled[2]) + Number(compiled[3]) + Number(compiled[4]);
      compiles.set(compiled[1]!, [...(compiles.get(compiled[1]!) ?? []), ms]);
      continue;
    }
    const deopt = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\): begin\. deoptimizing .*?<JSFunction ([^ >]*)/.exec(line);
    if (!deopt) continue;
    add(deoptsByReason, deopt[1]!);
    add(deoptsByFunction, deopt[2]!);
    const at = /;;; deoptimize at <([^>]*)>/.exec(lines[i + 1] ?? '');
    if (at) add(sites, `${deopt[2]} ${deopt[1]} at ${at[1]!.replace(/^file:\/\/.*?\/src\//, 'src/')}`);
  }
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  const times = [...compiles.values()];
  const total = sum(times.map(sum));
  const again = sum(times.map((ms) => sum(ms.slice(1))));
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(
    `${sum(times.map((ms) => ms.length))} compilations of ${compiles.size} functions, ${Math.round(total)} ms; ` +
      `recompilations ${Math.round(again)} ms (${Math.round((100 * again) / (total || 1))} %)`,
  );
  console.log('by function (compilations, ms):');
  for (const [name, ms] of [...compiles].sort((a, b) => sum(b[1]) - sum(a[1])).slice(0, top))
    console.log(`  ${name}: ${ms.length}, ${Math.round(sum(ms))}`);
  console.log(
    `deopts by reason:\n${sorted(deoptsByReason)
      .map(([r, n]) => `  ${n} ${r}`)
      .join('\n')}`,
  );
  console.log(
    `deopts by function:\n${sorted(deoptsByFunction)
      .map(([f, n]) => `  ${n} ${f}`)
      .join('\n')}`,
  );
  if (sites.size)
    console.log(
      `deopt sites:\n${sorted(sites)
        .map(([s, n]) => `  ${n} ${s}`)
        .join('\n')}`,
    );
}
