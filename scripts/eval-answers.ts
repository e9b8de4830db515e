/**
 * `npm run eval:answers`: the bot's answers on real multi-outlet events (hand-checked, in
 * `test/fixtures/answers-events.json`), per split: the share of expected outlet answers that are
 * right, and the claims that are false. `-- --misses` lists each miss and error.
 */
import { evaluate } from './answers/score.ts';

const show = process.argv.includes('--misses');
const results = await evaluate();
for (const [split, t] of Object.entries(results)) {
  const rate = t.expected ? (100 * t.right) / t.expected : 0;
  console.log(
    `${split.padEnd(9)} ${t.queries} queries · outlet answers right ${t.right}/${t.expected} (${rate.toFixed(1)} %) · ` +
      `wrong speaker ${t.wrongSpeaker} · wrong "first" ${t.wrongFirst} · false "nothing from" ${t.falseNothingFrom} · false "identical" ${t.falseIdentical}`,
  );
  const shaped = t.expected - t.attribution;
  console.log(
    `${''.padEnd(9)} ${t.attribution} of the ${t.expected - t.right} misses come from quote attribution (the outlet's quotation is extracted without the right speaker); ` +
      `right where attribution is: ${t.right}/${shaped} (${shaped ? ((100 * t.right) / shaped).toFixed(1) : '0.0'} %)`,
  );
  if (show) for (const line of [...t.misses.map((m) => `  miss: ${m}`), ...t.errors.map((e) => `  error: ${e}`)]) console.log(line);
}
