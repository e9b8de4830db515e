/**
 * Soak test: the bot in Slack HTTP mode (as in `scripts/load-test.ts`) under a steady stream of
 * signed slash commands for 10 minutes, its memory read from `GET /healthz` every 10 s and printed
 * as it goes, then the series summarised (first, lowest, highest, last). Whether memory is flat is
 * for the reader of the figures; a script, not a CI test.
 *
 *   npm run soak                         10 minutes at 200 commands/s over 8 connections
 *   npm run soak -- --minutes 2 --rate 100
 */
import { parseArgs } from 'node:util';
import { runStep, startBot, WebApiStandIn } from './load-test.ts';

interface Sample {
  seconds: number;
  rssMb: number;
  heapUsedMb: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '10' },
      rate: { type: 'string', default: '200' },
      every: { type: 'string', default: '10' },
    },
  });
  const seconds = Math.round(Number(values.minutes) * 60);
  const rate = Number(values.rate);
  const everyMs = Number(values.every) * 1000;
  const api = new WebApiStandIn();
  const apiBase = await api.start();
  const bot = await startBot(apiBase);
  const started = Date.now();
  const samples: Sample[] = [];
  const sample = async () => {
    const health = (await fetch(bot.healthUrl).then((r) => r.json())) as { memory: { rssMb: number; heapUsedMb: number } };
    const s = { seconds: Math.round((Date.now() - started) / 1000), ...health.memory };
    samples.push(s);
    console.log(
      `${String(s.seconds).padStart(5)} s   rss ${s.rssMb.toFixed(1).padStart(7)} MB   heap used ${s.heapUsedMb.toFixed(1).padStart(6)} MB`,
    );
  };
  console.log(`Soak: ${seconds} s at ${rate} signed slash commands/s, memory of the bot every ${everyMs / 1000} s`);
  await sample();
  const timer = setInterval(() => void sample().catch((error: unknown) => console.error('sample failed:', error)), everyMs);
  try {
    const r = await runStep(bot, api, apiBase, { connections: 8, seconds, overallRate: rate });
    clearInterval(timer);
    await sample();
    console.log(
      `commands acknowledged: ${r.sent} (${r.ackPerSecond.toFixed(0)}/s), errors ${r.errors}, non-2xx ${r.non2xx}, ack p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms; answers delivered ${r.answered}/${r.sent}, answer p99 ${r.answerP99.toFixed(0)} ms`,
    );
  } finally {
    clearInterval(timer);
    const code = await bot.stop();
    await api.stop();
    console.log(`bot stopped with exit code ${code}`);
  }
  const rss = samples.map((s) => s.rssMb);
  const heap = samples.map((s) => s.heapUsedMb);
  const summary = (values: number[]) =>
    `first ${values[0]?.toFixed(1)}, min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}, last ${values.at(-1)?.toFixed(1)} MB`;
  console.log(`rss: ${summary(rss)}`);
  console.log(`heap used: ${summary(heap)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
