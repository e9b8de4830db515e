/**
 * Entry point: the one place that reads the environment and wires the parts together.
 *
 *   npm start                                  Slack and/or Discord when configured, else the console;
 *                                              the feeds of feeds.yaml are polled while it runs
 *   newsroom quote Putin Bucha [--json]        one answer, for scripts (also: npm run cli -- …)
 *   newsroom add <url…> [--outlet NAME]        add articles from the web
 *   newsroom feeds poll [--feed URL]           poll the feeds once
 *   … --corpus DIR                             another corpus folder (or CORPUS_DIR)
 */
import { mkdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import {
  accessConfig,
  ConfigError,
  coreConfig,
  discordConfig,
  ingestConfig,
  loadConfig,
  slackConfig,
  type CoreConfig,
} from './config/index.ts';
import { addArticle } from './ingest/add.ts';
import { defaultStateFile } from './ingest/feed-state.ts';
import { Fetcher } from './ingest/fetcher.ts';
import { startPolling, type Poller } from './ingest/poller.ts';
import type { IngestSettings } from './ingest/settings.ts';
import { extractionWarningsTo, onExtractionFailure } from './engine/extraction-failures.ts';
import { createLogger, type Logger } from './logger.ts';
import { parseCliArgs } from './platforms/console/cli-args.ts';
import { runCliRequest } from './platforms/console/cli.ts';
import { runConsole } from './platforms/console/console.ts';
import { guardProcess } from './process-guard.ts';
import { buildEngine, startLiveEngine } from './startup/engine.ts';
import { runPlatforms } from './startup/platforms.ts';

const USAGE = `Usage: npm start [-- --corpus DIR]
       newsroom <command> …  (npm run cli -- <command> …; newsroom --help lists the commands)`;

/** Quiet by default in one-shot mode: warnings and errors only, unless --verbose. */
const ONE_SHOT_LEVELS = new Set(['fatal', 'error', 'warn', 'silent']);

async function cliMain(argv: string[]): Promise<number> {
  const request = parseCliArgs(argv);
  if (request.kind === 'usage') {
    (request.code ? process.stderr : process.stdout).write(`${request.text}\n`);
    return request.code;
  }
  dotenv.config({ quiet: true });
  const env = loadConfig(process.env, { corpusDir: request.corpus });
  const config = coreConfig(env);
  const logger = createLogger(request.verbose || ONE_SHOT_LEVELS.has(config.logLevel) ? config.logLevel : 'warn');
  onExtractionFailure(extractionWarningsTo(logger));
  const color = !request.noColor && !config.noColor && process.stdout.isTTY === true;
  const adds = request.kind === 'add' || request.kind === 'feeds-poll';
  if (adds) mkdirSync(config.corpusDir, { recursive: true });
  else requireFolder(config.corpusDir);
  const settings = ingestConfig(env);
  return runCliRequest(request, {
    // No warm-up (WARM_UP is for the long-running bot): one answer, then the process exits.
    engine: () => buildEngine(config.corpusDir, logger, { snapshotDir: config.snapshotDir, ...indexSettings(config) }),
    ingest: () => ({ fetcher: fetcherFor(settings), corpusDir: config.corpusDir, feedsFile: settings.feedsFile }),
    color,
    logger,
    write: (t) => process.stdout.write(`${t}\n`),
  });
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--cli')) return cliMain(argv.filter((a) => a !== '--cli'));
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        corpus: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  dotenv.config({ quiet: true });
  const env = loadConfig(process.env, { corpusDir: args.values.corpus });
  const config = coreConfig(env);
  const slack = slackConfig(env);
  const discord = discordConfig(env);
  const logger = createLogger(config.logLevel);
  onExtractionFailure(extractionWarningsTo(logger));
  const color = !args.values['no-color'] && !config.noColor && process.stdout.isTTY === true;
  requireFolder(config.corpusDir);
  // An unhandled rejection is logged and the bot keeps serving; an uncaught exception is logged and
  // ends in the SIGTERM shutdown with exit code 1, for a restart (src/process-guard.ts says why).
  const guard = guardProcess({ logger, graceMs: config.shutdownGraceMs });
  const exitCode = (code: number) => (guard.crashed ? 1 : code);

  // Long-running modes watch the corpus folder: files added, changed or removed (by hand, by /add,
  // by the feed poller) are picked up live. They warm the index up after start-up (WARM_UP), in the
  // background; one-shot CLI answers (`cliMain`) never do: they answer once and exit.
  const live = await startLiveEngine(config.corpusDir, logger, {
    snapshotDir: config.snapshotDir,
    ...indexSettings(config),
    warmUp: config.warmUp,
  });
  const settings = ingestConfig(env);
  const fetcher = fetcherFor(settings);
  const poller = startFeeds(settings, fetcher, config.corpusDir, logger);
  try {
    if (!slack && !discord) {
      // SIGTERM or SIGINT end the console as /exit does, so the poller and the watcher are closed below.
      const stopping = new AbortController();
      const stop = () => stopping.abort();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      try {
        await runConsole(live.engine, { input: process.stdin, output: process.stdout, color, logger, signal: stopping.signal });
      } finally {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
      }
      return exitCode(0);
    }
    const code = await runPlatforms(live.engine, { slack, discord }, logger, {
      access: { ...accessConfig(env), adder: { add: (url) => addArticle(fetcher, config.corpusDir, url) } },
      healthPort: config.healthPort,
      healthHost: config.healthHost,
      shutdownGraceMs: config.shutdownGraceMs,
      forceExit: (forced) => process.exit(exitCode(forced)),
    });
    return exitCode(code);
  } finally {
    await poller?.stop();
    await live.close();
  }
}

function fetcherFor(settings: IngestSettings): Fetcher {
  return new Fetcher({ allowHosts: settings.allowHosts, robots: settings.robots, maxBytes: settings.maxBytes });
}

/** The feed poller of `npm start`, unless FEEDS_INTERVAL_MINUTES is off. */
function startFeeds(settings: IngestSettings, fetcher: Fetcher, corpusDir: string, logger: Logger): Poller | undefined {
  if (settings.feedsIntervalMinutes === undefined) return undefined;
  logger.info({ feedsFile: settings.feedsFile, minutes: settings.feedsIntervalMinutes }, 'feeds: polling');
  return startPolling({
    fetcher,
    corpusDir,
    feedsFile: settings.feedsFile,
    stateFile: defaultStateFile(corpusDir),
    defaultIntervalMinutes: settings.feedsIntervalMinutes,
    report: (line, level) => logger[level]({ feeds: true }, line),
  });
}

function requireFolder(dir: string): void {
  if (!isFolder(dir)) {
    throw new ConfigError([`corpus folder ${dir} does not exist or is not a folder (set --corpus or CORPUS_DIR)`]);
  }
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Fatal: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);

/** The index engine settings start-up takes from the configuration (only those that are set). */
function indexSettings(config: CoreConfig): { searchEngine?: CoreConfig['searchEngine']; sqlitePath?: string; followLinks?: boolean } {
  return {
    ...(config.followLinks ? { followLinks: true } : {}),
    ...(config.searchEngine ? { searchEngine: config.searchEngine } : {}),
    ...(config.sqlitePath ? { sqlitePath: config.sqlitePath } : {}),
  };
}
