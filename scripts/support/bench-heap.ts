/**
 * The heap the bench gives its child processes (`--heap`). By default a large limit, so a run that
 * needs more than Node's own limit still gives its figures; `--heap default` runs them with Node's
 * own limit, as `npm start` runs the bot (it sets only `--max-semi-space-size=64`): a row that
 * completes that way proves the size builds and serves with default settings.
 */
export const BENCH_HEAP_MB = 12288;

/** The children's heap flags for a `--heap` value: none for "default", else a limit in MB. */
export function heapFlags(heap: string | undefined): string[] {
  if (heap === 'default') return [];
  const mb = Number(heap ?? BENCH_HEAP_MB);
  if (!Number.isInteger(mb) || mb <= 0) throw new Error(`--heap takes a number of MB or "default", not "${String(heap)}"`);
  return [`--max-old-space-size=${mb}`];
}

/** The heap setting in words, for the results. */
export function heapSetting(heap: string | undefined): string {
  return heap === 'default'
    ? "Node's default heap limit (no --max-old-space-size, as npm start), --max-semi-space-size=64"
    : `--max-old-space-size=${heapFlags(heap)[0]!.split('=')[1]!}, --max-semi-space-size=64`;
}
