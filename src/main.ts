/**
 * Entry point: the one place that reads the environment and wires the parts together.
 *
 *   npm start                                  interactive console (no chat platform configured)
 *   npm run cli -- quote Putin Bucha [--json]  one answer, for scripts
 *   npm run cli -- quotes --csv                every extracted quote
 *   … --corpus DIR                             another corpus folder (or CORPUS_DIR)
 */
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { ConfigError, readConfig } from './config.ts';
import { loadCorpus } from './corpus/load.ts';
import { Engine } from './engine/engine.ts';
import { createLogger, type Logger } from './logger.ts';
import { runCli } from './platforms/console/cli.ts';
import { runConsole } from './platforms/console/console.ts';

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
  const config = readConfig(process.env, { corpusDir: args.values.corpus });
  const machineOutput = args.values.json || args.values.csv;
  const logger = createLogger(machineOutput && config.logLevel === 'info' ? 'warn' : config.logLevel);
  const color = !args.values['no-color'] && !process.env.NO_COLOR && process.stdout.isTTY === true;

  const engine = await buildEngine(config.corpusDir, logger);
  if (args.values.cli) {
    return runCli(engine, args.positionals, { json: args.values.json, csv: args.values.csv, color, logger, write: (t) => process.stdout.write(`${t}\n`) });
  }
  await runConsole(engine, { input: process.stdin, output: process.stdout, color, logger });
  return 0;
}

async function buildEngine(corpusDir: string, logger: Logger): Promise<Engine> {
  const started = performance.now();
  let lastReport = started;
  const load = await loadCorpus(corpusDir, {
    onProgress(done, total) {
      const now = performance.now();
      if (now - lastReport < 2000) return;
      lastReport = now;
      const rate = done / ((now - started) / 1000);
      logger.info({ done, total, perSecond: Math.round(rate) }, `loading corpus: ${done}/${total} files, ~${Math.round((total - done) / rate)} s left`);
    },
  });
  for (const s of load.skipped) logger.warn({ file: s.file }, `skipped ${s.file}: ${s.reason}`);
  for (const w of load.warnings.slice(0, 50)) logger.warn({ file: w.file }, `${w.file}: ${w.reason}`);
  if (load.warnings.length > 50) logger.warn(`… and ${load.warnings.length - 50} more warnings (see /sources)`);
  const loaded = performance.now();
  const engine = new Engine(load);
  const stats = engine.sources();
  logger.info(
    { corpus: corpusDir, articles: stats.articles, outlets: stats.outlets.length, quotes: stats.quotes, skipped: stats.skipped.length, loadMs: Math.round(loaded - started), indexMs: Math.round(performance.now() - loaded) },
    `indexed ${stats.articles} articles from ${stats.outlets.length} outlets (${stats.quotes} quotes, ${stats.skipped.length} files skipped)`,
  );
  if (!stats.articles) logger.warn(`no articles in ${corpusDir}: every query will find nothing (see README: corpus format)`);
  return engine;
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
