/**
 * The embed of one group. An outlet: its label as title, its best article as the embed URL, the
 * excerpts with their speakers in the description, the citation in the footer. A statement: who and
 * how sure as title, each wording with its outlets (differences marked), the first report in the
 * footer. Each fits the budget it is given, cut at excerpt (or wording) boundaries.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { DiffPart } from '../../answer.ts';
import type { CitationView, ExcerptView, OutletGroup, StatementGroup } from '../../present/view.ts';
import { countMore } from '../../present/words.ts';
import { clip, escapeMarkdown, fitEscaped, plainText, safeCut, safeUrl } from './escape.ts';
import { BRAND_COLOR, DISCORD_LIMITS, MORE_LINE_ROOM, OUTLET_COLORS } from './limits.ts';

export function outletEmbed(g: OutletGroup, budget: number): APIEmbed {
  const first = g.excerpts[0];
  const title = fitEscaped(g.outletLabel, DISCORD_LIMITS.title);
  const footer = first
    ? plainText(clip([first.citation.headline, first.citation.date, first.citation.paragraph].join(' · '), 300))
    : undefined;
  const room = Math.min(DISCORD_LIMITS.description, budget - title.length - (footer?.length ?? 0));

  const blocks: string[] = [];
  let used = 0;
  let shown = 0;
  for (const e of g.excerpts) {
    const block = excerptBlock(e, e.text.length);
    const separator = blocks.length ? 2 : 0;
    const left = room - used - separator - MORE_LINE_ROOM;
    if (block.length <= left) {
      blocks.push(block);
      used += separator + block.length;
      shown++;
    } else if (!blocks.length) {
      blocks.push(fitExcerpt(e, left));
      shown++;
      break;
    } else {
      break;
    }
  }
  const more = g.more + (g.excerpts.length - shown);
  if (more) blocks.push(`-# … ${countMore(more, g.noun)} from this outlet (use the \`limit\` option to see more)`);
  const embed: APIEmbed = { title, color: outletColor(g.outlet), description: blocks.join('\n\n') || '…' };
  const url = safeUrl(g.url);
  if (url) embed.url = url;
  if (footer) embed.footer = { text: footer };
  return embed;
}

/** `> “text”` then `— **Speaker** (Mr Putin said) · ¶7`, plus the citation when not the embed's article. */
function excerptBlock(e: ExcerptView, keep: number): string {
  const cut = keep < e.text.length;
  const marked = markedMarkdown(e.text.slice(0, keep), e.marks, keep);
  const body = `${marked}${cut ? '…' : ''}`;
  const quote = e.isQuote ? `> “${body}”` : `> ${body}`;
  const parts: string[] = [];
  if (e.speaker) {
    const how = e.attribution;
    parts.push(`— **${escapeMarkdown(clip(e.speaker, 100))}**${how ? ` (${escapeMarkdown(clip(how, 100))})` : ''}`);
  }
  parts.push(e.citation.paragraph);
  if (e.matchNote) parts.push(`*${escapeMarkdown(e.matchNote)}*`);
  if (!e.sameArticle) parts.push(articleLink(e.citation));
  return `${quote}\n${parts.join(' · ')}`;
}

/** The longest cut of the excerpt (at a word boundary when it can) whose block fits in `room`. */
function fitExcerpt(e: ExcerptView, room: number): string {
  let low = 0;
  let high = e.text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (excerptBlock(e, safeCut(e.text, mid)).length <= room) low = mid;
    else high = mid - 1;
  }
  const space = e.text.lastIndexOf(' ', low);
  const keep = space > low * 0.6 ? space : safeCut(e.text, low);
  const block = excerptBlock(e, keep);
  return block.length <= room ? block : fitEscaped(e.text, Math.max(1, room));
}

/**
 * `[Headline](url) · 2022-04-26`: the article of an excerpt that is not the embed's own. A URL with
 * `**`, `__`, `~~` or `||` in it is not linked: some clients would read the pair as formatting.
 */
function articleLink(c: CitationView): string {
  const text = escapeMarkdown(clip(c.headline, 150));
  const target = safeUrl(c.url);
  const url = target && !/([*_~|])\1/.test(target) ? target : undefined;
  const date = c.date === 'undated' ? '' : ` · ${escapeMarkdown(c.date)}`;
  return `${url && text ? `[${text}](${url.replace(/\)/g, '%29')})` : text}${date}`;
}

/** Escaped text with the marked ranges in bold; ranges are clipped to the first `keep` characters. */
function markedMarkdown(text: string, marks: ReadonlyArray<[number, number]>, keep: number): string {
  let out = '';
  let at = 0;
  for (const [rawStart, rawEnd] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, safeCut(text, Math.min(rawStart, keep, text.length)));
    const end = safeCut(text, Math.min(rawEnd, keep, text.length));
    if (end <= start) continue;
    out += escapeMarkdown(text.slice(at, start)) + `**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeMarkdown(text.slice(at));
}

/** One statement: each wording with its outlets, the differences against the first wording marked. */
export function statementEmbed(st: StatementGroup, budget: number): APIEmbed {
  const title = fitEscaped(`${st.speaker} · ${st.outlets} · ${st.matchShort}`, DISCORD_LIMITS.title);
  const f = st.firstReport;
  const footer = f ? plainText(clip(`${f.line.charAt(0).toUpperCase()}${f.line.slice(1)} · ${f.headline}`, 300)) : undefined;
  const room = Math.min(DISCORD_LIMITS.description, budget - title.length - (footer?.length ?? 0)) - MORE_LINE_ROOM;

  const blocks = [
    ...st.wordings.map((w) => {
      const cites = w.citations.map((c) => c.paragraph).join(', ');
      const after = [w.tag, w.editorial && escapeMarkdown(w.editorial), cites].filter(Boolean).join(' · ');
      const head = `**${fitEscaped(w.label, 300)}**${after ? ` · ${after}` : ''}`;
      const full = `${head}\n> “${w.diff.length ? diffMarkdown(w.diff) : escapeMarkdown(w.text)}”`;
      return { full, plain: (left: number) => `${head}\n> “${fitEscaped(w.text, Math.max(1, left - head.length - 6))}”` };
    }),
    ...st.paraphrases.map((p) => {
      const head = `**${fitEscaped(p.outlet, 300)}** · paraphrase · ${p.paragraph}`;
      return {
        full: `${head}\n> ${escapeMarkdown(p.sentence)}`,
        plain: (left: number) => `${head}\n> ${fitEscaped(p.sentence, Math.max(1, left - head.length - 4))}`,
      };
    }),
  ];
  const shown: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const separator = shown.length ? 2 : 0;
    const left = room - used - separator;
    const text = block.full.length <= left ? block.full : shown.length ? undefined : block.plain(left);
    if (text === undefined || text.length > left) break;
    shown.push(text);
    used += separator + text.length;
  }
  const hidden = blocks.length - shown.length;
  if (hidden) shown.push(`-# … ${countMore(hidden, 'wording')} not shown`);
  const embed: APIEmbed = { title, color: BRAND_COLOR, description: shown.join('\n\n') || '…' };
  const url = safeUrl(f?.url);
  if (url) embed.url = url;
  if (footer) embed.footer = { text: footer };
  return embed;
}

/** Removed words struck through, added words underlined; each part escaped on its own. */
function diffMarkdown(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      const text = escapeMarkdown(p.text);
      if (p.op === 'same' || !text.trim()) return text;
      const lead = text.match(/^ */)?.[0] ?? '';
      const trail = text.match(/ *$/)?.[0] ?? '';
      const core = text.trim();
      return `${lead}${p.op === 'added' ? `__${core}__` : `~~${core}~~`}${trail}`;
    })
    .join('');
}

function outletColor(outlet: string): number {
  let hash = 0;
  for (const ch of outlet) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return OUTLET_COLORS[hash % OUTLET_COLORS.length] ?? BRAND_COLOR;
}
