import { analyseQuotes } from '../src/quotes/extract.ts';
import { candidatesAt, score } from '../src/quotes/resolution/rank.ts';
import { loadArticles, sameSpeaker, speakerSetFiles } from './eval/speaker-set.ts';
import { norm, tuningEntries } from './support/attribution-examples.ts';
const entries = tuningEntries(speakerSetFiles([]));
const texts = await loadArticles(new Set(entries.map((e) => e.id)), []);
const cache = new Map<string, any>();
const t: Record<string, number> = {};
for (const e of entries) {
  const text = texts.get(e.id); if (!text) continue;
  const a = cache.get(e.id) ?? analyseQuotes(text); cache.set(e.id, a);
  const { quotes, ctx } = a;
  const q = quotes.find((x: any) => norm(x.text).startsWith(norm(e.quote)));
  if (!q?.mention || !ctx) continue;
  const form = q.mention.text.trim().toLowerCase();
  const gender = /^(he|him|his)$/.test(form) ? 'm' : /^(she|her)$/.test(form) ? 'f' : undefined;
  const desc = /^the [a-z]/.test(q.mention.text.trim()) && !/[A-Z]/.test(q.mention.text.slice(1)) && q.mention.text.length < 50;
  if (!gender && !desc) continue;
  const at = q.mention.start;
  const speakers = quotes.filter((x: any) => x.end <= at && x.speaker).map((x: any) => x.speaker);
  const cands = candidatesAt(ctx, at, gender, speakers).filter((c) => c.features[5] !== 1);
  const ri = cands.findIndex((c) => sameSpeaker(ctx.people.speakerOf(c.person).name, e.speaker));
  const sc = cands.map((c) => score(c.features));
  const top = sc.indexOf(Math.max(...sc));
  const rank = ri < 0 ? 'absent' : top === ri ? 'rankerRight' : 'rankerWrong';
  const pipe = !q.speaker ? 'none' : sameSpeaker(q.speaker.name, e.speaker) ? 'right' : 'wrong';
  const k = `${gender ? 'pron' : 'desc'} pipe=${pipe} ${rank}`;
  t[k] = (t[k] ?? 0) + 1;
  if (process.argv.includes('--list') && ((pipe !== 'right' && rank === 'rankerRight') || (pipe === 'right' && rank === 'rankerWrong')))
    console.log(`${k} ${e.file} "${q.mention.text}" got ${q.speaker?.name} want ${e.speaker} ranker ${cands[top] ? ctx.people.speakerOf(cands[top].person).name : '-'} :: ${text.slice(Math.max(0, at - 400), at + 30).replace(/\s+/g, ' ')}`);
}
console.log(Object.entries(t).sort());
