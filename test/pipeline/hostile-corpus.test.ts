/**
 * The rules of issue 15, held over generated hostile corpora and queries run through the whole
 * pipeline: files in a folder → the loader → quotes → the index (MiniSearch and SQLite) → the
 * commands → presentation → console text, Slack Block Kit, Discord embeds, Discord autocomplete and
 * the quote export (CSV, JSON). One test per rule, so a failure names the rule it breaks.
 *
 * The seed is fixed (FC_SEED replays or explores another one), and every rule sees the same worlds:
 * each world goes through the pipeline once and the rules share the run (pipeline-run.ts).
 * PIPELINE_RUNS sets how many worlds (default 24: a few seconds on a loaded 2-core machine).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { world, type World } from '../support/hostile-corpus.ts';
import { pipelineRun, type PipelineRun } from '../support/pipeline-run.ts';
import {
  csvFormulas,
  embargoLeaks,
  failures,
  invisibleCharacters,
  liveLinks,
  mentions,
  restrictedLeaks,
} from '../support/pipeline-rules.ts';

const SEED = Number(process.env.FC_SEED ?? 20261129);
const RUNS = Number(process.env.PIPELINE_RUNS ?? 24);
/** Shrinking a failure runs the pipeline again for each smaller world: bounded, so a failing rule still reports. */
const SHRINK_MS = 30_000;

async function holds(rule: (w: World, run: PipelineRun) => string[]): Promise<void> {
  await fc.assert(
    fc.asyncProperty(world, async (w) => {
      const violations = rule(w, await pipelineRun(w));
      if (violations.length) throw new Error(`${violations.length} violation(s), the first:\n${violations.slice(0, 6).join('\n')}`);
    }),
    { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: SHRINK_MS, endOnFailure: false },
  );
}

describe('hostile corpus text and queries through the whole pipeline (issue 15)', () => {
  const timeout = SHRINK_MS + 30_000;

  it(
    '(g) nothing throws anywhere, from loading the files to every renderer and export',
    async () => {
      await holds((_, run) => failures(run));
    },
    timeout,
  );

  it(
    '(a) an article under embargo leaves no trace: not its text, its outlet, a name or title only it gives, nor in any count',
    async () => {
      await holds(embargoLeaks);
    },
    timeout,
  );

  it(
    '(b) an outlet restricted to another channel leaves no trace there: names, words, counts, and an outlet filter answers as for no such outlet',
    async () => {
      await holds(restrictedLeaks);
    },
    timeout,
  );

  it(
    '(c) no live link on Slack or Discord except an article’s own address in its citation',
    async () => {
      await holds((w, run) => liveLinks(w, run));
    },
    timeout,
  );

  it(
    '(d) no bidirectional override or zero-width character reaches any rendered output',
    async () => {
      await holds((_, run) => invisibleCharacters(run));
    },
    timeout,
  );

  it(
    '(e) no mention from article text or a query can ping or render as a mention on Slack or Discord',
    async () => {
      await holds((_, run) => mentions(run));
    },
    timeout,
  );

  it(
    '(f) no CSV export cell starts with = + - @ tab or CR (OWASP CSV injection)',
    async () => {
      await holds((_, run) => csvFormulas(run));
    },
    timeout,
  );
});
