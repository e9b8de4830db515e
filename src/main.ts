/**
 * Entry point: the one place that reads the environment and wires the parts together.
 *
 *   npm start                                  Slack and/or Discord when configured, else the console
 *   npm run cli -- quote Putin Bucha [--json]  one answer, for scripts
 *   npm run cli -- quotes --csv                every extracted quote
 *   … --corpus DIR                             another corpus folder (or CORPUS_DIR)
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { accessConfig, ConfigError, coreConfig, discordConfig, loadConfig, slackConfig, type CoreConfig } from './config/index.ts';
import { createLogger } from './logger.ts';
import { runCli } from './platforms/console/cli.ts';
import { runConsole } from './platforms/console/console.ts';
import { buildEngine, startLiveEngine } from './startup/engine.ts';
import { runPlatforms } from './startup/platforms.ts';

const USAGE = `Usage: npm start [-- --corpus DIR]
       npm run cli -- <command> [query…] [--json] [--corpus DIR]
       npm run cli -- quotes [--json | --csv] [--corpus DIR]`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        cli: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help || (args.values.cli && !args.positionals.length)) {
    process.stdout.write(`${USAGE}\n`);
    return args.values.help ? 0 : 2;
  }

  dotenv.config({ quiet: true });
  const env = loadConfig(process.env, { corpusDir: args.values.corpus });
  const config = coreConfig(env);
  const slack = args.values.cli ? undefined : slackConfig(env);
  const discord = args.values.cli ? undefined : discordConfig(env);
  const machineOutput = args.values.json || args.values.csv;
  const logger = createLogger(machineOutput && config.logLevel === 'info' ? 'warn' : config.logLevel);
  const color = !args.values['no-color'] && !config.noColor && process.stdout.isTTY === true;

  if (!isFolder(config.corpusDir)) {
    throw new ConfigError([`corpus folder ${config.corpusDir} does not exist or is not a folder (set --corpus or CORPUS_DIR)`]);
  }
  if (args.values.cli) {
    const engine = await buildEngine(config.corpusDir, logger, { snapshotDir: config.snapshotDir, ...indexSettings(config) });
    return runCli(engine, args.positionals, {
      json: args.values.json,
      csv: args.values.csv,
      color,
      logger,
      write: (t) => process.stdout.write(`${t}\n`),
    });
  }
  // Long-running modes watch the corpus folder: files added, changed or removed are picked up live.
  const live = await startLiveEngine(config.corpusDir, logger, { snapshotDir: config.snapshotDir, ...indexSettings(config) });
  try {
    if (!slack && !discord) {
      await runConsole(live.engine, { input: process.stdin, output: process.stdout, color, logger });
      return 0;
    }
    return await runPlatforms(live.engine, { slack, discord }, logger, {
      access: accessConfig(env),
      healthPort: config.healthPort,
      healthHost: config.healthHost,
      shutdownGraceMs: config.shutdownGraceMs,
    });
  } finally {
    await live.close();
  }
}

/** SEARCH_ENGINE and SQLITE_PATH, as start-up takes them. */
function indexSettings(config: CoreConfig): Pick<CoreConfig, 'searchEngine' | 'sqlitePath'> {
  return {
    ...(config.searchEngine ? { searchEngine: config.searchEngine } : {}),
    ...(config.sqlitePath ? { sqlitePath: config.sqlitePath } : {}),
  };
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
