/** Start-up step: load the corpus folder and build the engine, logging progress and problems. */
import { loadCorpus } from '../corpus/load.ts';
import { Engine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';

export async function buildEngine(corpusDir: string, logger: Logger): Promise<Engine> {
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
