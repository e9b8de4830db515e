import { loadArticles } from '/work/wt/attrib/scripts/eval/speaker-set.ts';
import { analyseQuotes } from '/work/wt/attrib/src/quotes/extract.ts';
const [id, needle] = process.argv.slice(2);
const arts = await loadArticles(new Set([id]));
const text = arts.get(id)!;
const { quotes, ctx } = analyseQuotes(text);
for (const q of quotes) if (!needle || q.text.includes(needle)) console.log(JSON.stringify({t: q.text.slice(0,50), k: q.kind, m: q.mention?.text, cue: q.cue, s: q.speaker?.name}));
if (needle) { const q = quotes.find(q=>q.text.includes(needle)); if (q) { console.log(text.slice(Math.max(0,q.start-600), q.end+300)); }
 for (const p of (ctx as any).people.people) console.log(p.folded.join(' '), [...p.roles].join(','), p.gender, p.organisation); }
