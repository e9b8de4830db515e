/**
 * One generated world through the whole pipeline, with real modules only: its files written to a
 * temporary folder → the corpus loader → quote extraction and the index (MiniSearch and SQLite) →
 * dispatch (the commands) for two channels → presentation → every renderer (console text, Slack
 * Block Kit, Discord embeds), Discord autocomplete, and the quote export (CSV and JSON). Nothing
 * here asserts: it records what every step produced, and what threw, for the rules to judge.
 *
 * The two channels: the wire desk (`DESK`, where the restricted outlet may be shown, so nothing but
 * embargoes is hidden) and the news channel (`NEWS`, where it is hidden), through the real access
 * policy and `RESTRICTED_OUTLETS` parser.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Invocation } from '../../commands/invocation.ts';
import { AccessPolicy, DEFAULT_ACCESS, type Access } from '../../src/access/index.ts';
import { parseRestrictedOutlets } from '../../src/access/restricted-outlets.ts';
import type { Answer, SourcesAnswer } from '../../src/answer.ts';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { dispatch } from '../../src/dispatch.ts';
import { Engine, INDEX_ENGINES } from '../../src/engine/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { runCli } from '../../src/platforms/console/cli.ts';
import { autocompleteChoices } from '../../src/platforms/discord/autocomplete.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { ABSENT_OUTLET, corpusFiles, embargoed, fileOf, NOW, wordsOf, type World } from './hostile-corpus.ts';

export const DESK = 'CWIREDESK';
export const NEWS = 'CNEWSROOM';
export const ENGINES = ['minisearch', 'sqlite'] as const;

export type OutputKind = 'text' | 'slack' | 'discord' | 'answer-json' | 'autocomplete' | 'csv' | 'json-export';

/** One thing the pipeline produced for a reader (or a file), and where. */
export interface Output {
  /** `sqlite · news · /quote {"query":"plindor"} · discord`: enough to find it again. */
  where: string;
  kind: OutputKind;
  channel?: typeof DESK | typeof NEWS;
  /** The rendered message, string, choices or file text, as produced. */
  raw: unknown;
  /** The invented words the asker typed: an echo of them is no leak. */
  asked: ReadonlySet<string>;
}

export interface Session {
  engine: (typeof ENGINES)[number];
  channel: typeof DESK | typeof NEWS;
  sources?: SourcesAnswer;
  /** `/quote` with `outlet:` the restricted outlet, and with `outlet:` an outlet no article has. */
  restrictedProbe?: Answer;
  absentProbe?: Answer;
  answers: Answer[];
}

export interface PipelineRun {
  outputs: Output[];
  sessions: Session[];
  /** `/sources` with nothing hidden, over the corpus without the articles under embargo. */
  sourcesWithoutEmbargoed?: SourcesAnswer;
  /** `/sources` over the corpus without the restricted outlet's articles (embargoes still apply). */
  sourcesWithoutRestricted?: SourcesAnswer;
  /** What threw, step by step. */
  errors: string[];
}

const logger = silentLogger();

/** Every invocation asked in each channel. */
function invocations(w: World): Invocation[] {
  const first = w.queries[0]!;
  return [
    ...w.queries.flatMap((query) => ['quote', 'search', 'compare', 'who'].map((command) => ({ command, options: { query } }))),
    ...w.speakerProbes.map((name) => ({ command: 'quote', options: { query: name } })),
    ...w.speakerProbes.map((speaker) => ({ command: 'quote', options: { query: first, speaker } })),
    { command: 'quote', options: { query: first, outlet: w.restricted } },
    { command: 'quote', options: { query: first, outlet: ABSENT_OUTLET } },
    { command: 'search', options: { query: `outlet:"${w.restricted}" ${first}` } },
    { command: 'sources', options: {} },
    { command: 'help', options: {} },
  ];
}

async function loadWorld(w: World): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'pipeline-'));
  try {
    for (const [name, text] of corpusFiles(w)) await writeFile(join(dir, name), text);
    return await loadCorpus(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const describeError = (step: string, error: unknown) =>
  `${step}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;

export async function runPipeline(w: World): Promise<PipelineRun> {
  const run: PipelineRun = { outputs: [], sessions: [], errors: [] };
  let load: LoadResult;
  try {
    load = await loadWorld(w);
  } catch (error) {
    run.errors.push(describeError('loading the corpus', error));
    return run;
  }
  const policy = new AccessPolicy({ ...DEFAULT_ACCESS, restrictedOutlets: parseRestrictedOutlets(`${w.restricted}=${DESK}`) });
  for (const name of ENGINES) {
    let engine: Engine;
    try {
      engine = new Engine(load, { clock: () => NOW, index: INDEX_ENGINES[name] });
    } catch (error) {
      run.errors.push(describeError(`building the ${name} engine`, error));
      continue;
    }
    for (const channel of [DESK, NEWS] as const) await runSession(run, w, engine, name, channel, policy.accessIn(channel));
    await exportQuotes(run, engine, name);
  }
  const hiddenFiles = new Set(w.articles.flatMap((a, i) => (embargoed(a) ? [fileOf(a, i)] : [])));
  run.sourcesWithoutEmbargoed = referenceSources(run, load, (file) => !hiddenFiles.has(file), 'without the embargoed articles');
  const restrictedFiles = new Set(w.articles.flatMap((a, i) => (a.outlet === w.restricted ? [fileOf(a, i)] : [])));
  run.sourcesWithoutRestricted = referenceSources(run, load, (file) => !restrictedFiles.has(file), 'without the restricted outlet');
  return run;
}

function referenceSources(run: PipelineRun, load: LoadResult, keep: (file: string) => boolean, what: string): SourcesAnswer | undefined {
  try {
    const articles = load.articles.filter((a) => keep(a.file));
    return new Engine({ ...load, articles }, { clock: () => NOW }).sources();
  } catch (error) {
    run.errors.push(describeError(`/sources ${what}`, error));
    return undefined;
  }
}

async function runSession(
  run: PipelineRun,
  w: World,
  engine: Engine,
  name: Session['engine'],
  channel: Session['channel'],
  access: Access,
): Promise<void> {
  const session: Session = { engine: name, channel, answers: [] };
  run.sessions.push(session);
  const all = invocations(w);
  for (const [i, invocation] of all.entries()) {
    const where = `${name} · ${channel === DESK ? 'desk' : 'news'} channel · /${invocation.command} ${JSON.stringify(invocation.options)}`;
    const asked = wordsOf(Object.values(invocation.options).join(' '));
    let answer: Answer;
    try {
      answer = await dispatch(engine, invocation, logger, access);
    } catch (error) {
      run.errors.push(describeError(`${where}: dispatch`, error));
      continue;
    }
    session.answers.push(answer);
    if (answer.kind === 'sources') session.sources = answer;
    if (i === all.length - 5) session.restrictedProbe = answer;
    if (i === all.length - 4) session.absentProbe = answer;
    const out = (kind: OutputKind, render: () => unknown) => {
      try {
        run.outputs.push({ where: `${where} · ${kind}`, kind, channel, raw: render(), asked });
      } catch (error) {
        run.errors.push(describeError(`${where}: ${kind}`, error));
      }
    };
    out('answer-json', () => JSON.stringify(answer));
    out('text', () => renderText(answer, { color: false, invocation, surface: 'console' }));
    out('slack', () => renderSlack(answer, { invocation, share: true }));
    out('discord', () => renderDiscord(answer, { invocation, buttons: { id: () => 'k1', publish: true } }));
  }
  for (const typed of ['', ...w.typed]) {
    for (const kind of ['outlet', 'speaker'] as const) {
      const where = `${name} · ${channel === DESK ? 'desk' : 'news'} channel · Discord autocomplete ${kind} ${JSON.stringify(typed)}`;
      try {
        const raw = autocompleteChoices(engine, kind, typed, access.hiddenOutlets);
        run.outputs.push({ where, kind: 'autocomplete', channel, raw, asked: new Set() });
      } catch (error) {
        run.errors.push(describeError(where, error));
      }
    }
  }
}

/** `newsroom quotes --csv` and `newsroom quotes` (JSON), as the one-shot CLI writes them. */
async function exportQuotes(run: PipelineRun, engine: Engine, name: Session['engine']): Promise<void> {
  for (const csv of [true, false]) {
    const kind: OutputKind = csv ? 'csv' : 'json-export';
    const where = `${name} · newsroom quotes${csv ? ' --csv' : ''}`;
    try {
      let written = '';
      await runCli(engine, ['quotes'], { csv, json: false, color: false, logger, write: (t) => (written += t) });
      run.outputs.push({ where, kind, raw: written, asked: new Set() });
    } catch (error) {
      run.errors.push(describeError(where, error));
    }
  }
}

/** Runs are kept by world, so the rules (one test each, same seed, same worlds) share one run per world. */
const runs = new Map<string, Promise<PipelineRun>>();
const KEPT_RUNS = 200;

export function pipelineRun(w: World): Promise<PipelineRun> {
  const key = JSON.stringify(w);
  let run = runs.get(key);
  if (!run) {
    run = runPipeline(w);
    runs.set(key, run);
    if (runs.size > KEPT_RUNS) runs.delete(runs.keys().next().value!);
  }
  return run;
}
