/**
 * The rules of issue 15, as checks over one pipeline run (see pipeline-run.ts). Each returns the
 * violations it finds, one readable line each (where, what), and an empty list when the rule holds.
 */
import type { SourcesAnswer } from '../../src/answer.ts';
import { linkTarget } from '../../src/render/slack.ts';
import { embargoed, FORMULA_PREFIXES, wordsOf, type World } from './hostile-corpus.ts';
import { NEWS, type Output, type PipelineRun } from './pipeline-run.ts';

/** Every string in a value (deeply), except under the keys named. */
function strings(value: unknown, skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, skip));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : strings(v, skip)));
  return [];
}

/** Every object in a value (deeply). */
function objects(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value && typeof value === 'object') return [value as Record<string, unknown>, ...Object.values(value).flatMap(objects)];
  return [];
}

/** Keys that are data for the platform, never shown to a reader. */
const NOT_SHOWN = new Set(['type', 'action_id', 'value', 'style', 'block_id', 'custom_id', 'url', 'color', 'emoji', 'verbatim']);

/** What a reader of the output sees (rendered outputs only; exports and the answer model are data). */
function shown(o: Output): string[] {
  switch (o.kind) {
    case 'text':
      return [o.raw as string];
    case 'slack':
    case 'discord':
      return strings(o.raw, NOT_SHOWN);
    case 'autocomplete':
      return (o.raw as Array<{ name: string; value: string }>).flatMap((c) => [c.name, c.value]);
    default:
      return [];
  }
}

const show = (s: string, max = 160) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
const words = (set: ReadonlySet<string>) => [...set].sort().join(', ');

/** Invented words in `hidden` articles and in no `visible` one. */
function onlyIn(w: World, hidden: (i: number) => boolean): Set<string> {
  const text = (i: number) => {
    const a = w.articles[i]!;
    return [a.outlet, a.headline, a.url ?? '', ...a.paragraphs].join(' ');
  };
  const seen = new Set<string>();
  const secret = new Set<string>();
  w.articles.forEach((_, i) => {
    if (!hidden(i)) for (const word of wordsOf(text(i))) seen.add(word);
  });
  w.articles.forEach((_, i) => {
    if (hidden(i)) for (const word of wordsOf(text(i))) if (!seen.has(word)) secret.add(word);
  });
  return secret;
}

function leaks(outputs: readonly Output[], secret: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const o of outputs) {
    const text = strings(o.raw).join('\n');
    const leaked = new Set([...wordsOf(text)].filter((word) => secret.has(word) && !o.asked.has(word)));
    if (leaked.size) found.push(`${o.where}: shows ${words(leaked)} (only hidden articles have them)`);
  }
  return found;
}

/** The totals `/sources` gives, which must not count what is hidden. */
function totals(s: SourcesAnswer | undefined) {
  if (!s) return undefined;
  const { outlets, articles, passages, quotes, speakers } = s;
  return {
    outlets: outlets.map(({ outlet, articles: n, quotes: q, from, to }) => ({ outlet, n, q, from, to })),
    articles,
    passages,
    quotes,
    speakers,
  };
}

function sameTotals(label: string, got: SourcesAnswer | undefined, want: SourcesAnswer | undefined): string[] {
  const g = JSON.stringify(totals(got));
  const x = JSON.stringify(totals(want));
  return g === x ? [] : [`${label}: /sources says ${g}, but without the hidden articles it says ${x}`];
}

/** (a) Nothing from an embargoed article: not its text, its outlet (when only it has that outlet), a name or title only it gives. */
export function embargoLeaks(w: World, run: PipelineRun): string[] {
  const secret = onlyIn(w, (i) => embargoed(w.articles[i]!));
  const found = leaks(run.outputs, secret);
  for (const s of run.sessions.filter((s) => s.channel !== NEWS))
    found.push(...sameTotals(`${s.engine} · desk channel`, s.sources, run.sourcesWithoutEmbargoed));
  return found;
}

/** (b) Nothing from an outlet restricted away from the asking channel: names, words, counts, and no probing of its existence. */
export function restrictedLeaks(w: World, run: PipelineRun): string[] {
  const secret = onlyIn(w, (i) => w.articles[i]!.outlet === w.restricted);
  const found = leaks(
    run.outputs.filter((o) => o.channel === NEWS),
    secret,
  );
  for (const s of run.sessions.filter((s) => s.channel === NEWS)) {
    found.push(...sameTotals(`${s.engine} · news channel`, s.sources, run.sourcesWithoutRestricted));
    const kind = (a: typeof s.restrictedProbe) => (a?.kind === 'error' ? `error ${a.code}` : a?.kind);
    if (kind(s.restrictedProbe) !== kind(s.absentProbe))
      found.push(
        `${s.engine} · news channel: outlet:"${w.restricted}" (restricted) answers ${kind(s.restrictedProbe)}, an outlet nobody has answers ${kind(s.absentProbe)}`,
      );
  }
  return found;
}

/** The article addresses a citation may link to. */
function articleUrls(w: World): { slack: Set<string>; discord: Set<string> } {
  const slack = new Set<string>();
  const discord = new Set<string>();
  for (const a of w.articles) {
    const slackTarget = linkTarget(a.url);
    if (slackTarget) slack.add(slackTarget);
    try {
      const url = new URL(a.url ?? '');
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        discord.add(url.href);
        discord.add(url.href.replace(/\)/g, '%29'));
      }
    } catch {
      // not an address: no link allowed
    }
  }
  return { slack, discord };
}

/** Slack: `<…>` is the only way text becomes a link or mention (the bot escapes `<` everywhere else). */
function slackControls(o: Output): string[] {
  return shown(o).flatMap((s) => [...s.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!));
}

/** Discord text where markdown turns URLs into links: message content, embed descriptions and field values. */
function discordMarkdown(o: Output): string[] {
  const m = o.raw as { content: string; embeds: Array<{ description?: string; fields?: Array<{ value: string }> }> };
  return [m.content, ...m.embeds.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])];
}

/**
 * Live links Discord would make in `text`, by its markdown rules: masked links `[label](target)`,
 * autolinks `<scheme:/…>` and raw `http(s)://…` (case-sensitive, as Discord matches them); code
 * spans are inert.
 */
function discordLinks(text: string): string[] {
  let rest = text.replace(/(?<!\\)`[^`]*`/g, ' ');
  const links: string[] = [];
  const take = (_: string, target: string) => {
    links.push(target);
    return ' ';
  };
  rest = rest.replace(/(?<!\\)\[(?:\\.|[^\]\\])*\]\(\s*<?([^)\s>]*)>?\s*\)/g, take);
  rest = rest.replace(/<([^: >]+:\/[^ >]+)>/g, take);
  for (const m of rest.matchAll(/(?:https?|steam):\/\/[^\s<]+[^<.,:;"')\]\s]/g)) links.push(m[0]);
  return links;
}

/** The http(s) address a link target opens, if any (a browser opens nothing else from Discord). */
function webAddress(target: string): string | undefined {
  try {
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** (c) No live link in a rendered answer except an article's own address in a citation. */
export function liveLinks(w: World, run: PipelineRun): string[] {
  const allowed = articleUrls(w);
  const found: string[] = [];
  for (const o of run.outputs) {
    if (o.kind === 'slack') {
      for (const inner of slackControls(o)) {
        if (/^[!@#]/.test(inner)) continue; // a mention: rule (e)
        const target = inner.split('|')[0]!;
        if (!allowed.slack.has(target)) found.push(`${o.where}: link <${show(inner)}>`);
      }
      for (const t of objects(o.raw))
        if (t.type === 'mrkdwn' && t.verbatim !== true)
          found.push(`${o.where}: mrkdwn text not verbatim (Slack would link its URLs): ${show(String(t.text))}`);
    }
    if (o.kind === 'discord') {
      for (const text of discordMarkdown(o))
        for (const link of discordLinks(text)) {
          const href = webAddress(link);
          if (href !== undefined && !allowed.discord.has(href) && !allowed.discord.has(link))
            found.push(`${o.where}: live link ${show(link)} in ${show(text)}`);
        }
      const embeds = (o.raw as { embeds: Array<{ url?: string }> }).embeds;
      for (const e of embeds)
        if (e.url !== undefined && !allowed.discord.has(e.url)) found.push(`${o.where}: embed links to ${show(e.url)}`);
    }
  }
  return found;
}

const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/u;
/**
 * Where the renderers put an invisible character themselves, to break what would otherwise be live:
 * a mention (`@\u200beveryone`, `@\u2060here`, `<\u200b@…`) or a link (`https:\u200b//…`). Text
 * cannot smuggle one there: the renderers drop invisible characters from it first.
 */
const DEFUSED = /@[\u200b\u2060](?=everyone|here|channel)|<\u200b|:\u200b(?=\/)/giu;

/** (d) No bidirectional override or zero-width character in any rendered output (but the renderers' own mention breakers). */
export function invisibleCharacters(run: PipelineRun): string[] {
  const found: string[] = [];
  for (const o of run.outputs)
    for (const s of shown(o)) {
      const rest = s.replace(DEFUSED, '');
      const m = INVISIBLE.exec(rest);
      if (m) {
        const at = m.index;
        found.push(
          `${o.where}: U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in ${show(rest.slice(Math.max(0, at - 40), at + 40))}`,
        );
      }
    }
  return found;
}

/** (e) No mention a platform would ping or render: Slack `<!here>`, `<@U…>`, `<#C…>`, `@here`; Discord `@everyone`, `<@123>`. */
export function mentions(run: PipelineRun): string[] {
  const found: string[] = [];
  for (const o of run.outputs) {
    if (o.kind === 'slack') {
      for (const inner of slackControls(o)) if (/^[!@#]/.test(inner)) found.push(`${o.where}: mention <${show(inner)}>`);
      for (const s of shown(o)) {
        const m = /(?<![\p{L}\p{N}])@(here|channel|everyone)\b/iu.exec(s);
        if (m) found.push(`${o.where}: ${m[0]} in ${show(s)}`);
      }
    }
    if (o.kind === 'discord')
      for (const s of shown(o)) {
        const m = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/iu.exec(s);
        if (m) found.push(`${o.where}: ${m[0]} in ${show(s)}`);
      }
  }
  return found;
}

/** RFC 4180 CSV (what csv-stringify writes): rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** (f) No CSV cell a spreadsheet would read as a formula: none starts with = + - @ tab or CR (OWASP). */
export function csvFormulas(run: PipelineRun): string[] {
  const found: string[] = [];
  for (const o of run.outputs.filter((x) => x.kind === 'csv'))
    for (const [r, row] of parseCsv(o.raw as string).entries())
      for (const cell of row)
        if ((FORMULA_PREFIXES as readonly string[]).includes(cell[0] ?? '')) found.push(`${o.where}: row ${r} cell ${show(cell)}`);
  return found;
}

/** (g) Nothing throws, and no command fails unexpectedly (dispatch's `internal` error). */
export function failures(run: PipelineRun): string[] {
  const internal = run.sessions.flatMap((s) =>
    s.answers
      .filter((a) => a.kind === 'error' && a.code === 'internal')
      .map((a) => `${s.engine} · ${s.channel}: /${a.command} failed unexpectedly`),
  );
  return [...run.errors, ...internal];
}
