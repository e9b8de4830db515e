/**
 * Making text safe in Discord markdown and within Discord's limits: markdown escaped, mentions
 * defused, URLs checked, cuts that never split an escape, a mark or a surrogate pair.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { stripInvisible } from '../../text/invisible.ts';
import { DISCORD_LIMITS } from './limits.ts';

/**
 * Escapes Discord markdown (`\ * _ ~ \` | [ ]`, and `# > - 1.` where they would start a line),
 * drops invisible characters (`src/text/invisible.ts`), and defuses mentions and links, so corpus
 * text renders as written and nothing in it is live. Newlines become spaces.
 */
export function escapeMarkdown(text: string): string {
  const flat = stripInvisible(text).replace(/\s+/g, ' ');
  const escaped = flat.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/^([#>-]|\d+\.)/, '\\$1');
  return defuseLinks(defuseMentions(escaped));
}

/**
 * Breaks every URL Discord would make a link of, with a zero-width space between the scheme's `:`
 * and the `/` after it. Discord's parser (a simple-markdown fork) links `http(s)://…` anywhere in
 * text, even glued to a word (`xhttps://…`), and `<scheme:/…>` for any scheme; it does not link a
 * bare `www.example.com` or `example.com/path` (a scheme is required: discord/discord-api-docs#542;
 * discohook/discohook#13 lists the forms Discord links). Masked links `[label](url)` cannot form
 * because `[` and `]` are escaped. The bot's own citation links are built after escaping and stay live.
 */
export function defuseLinks(text: string): string {
  return text.replace(/:(?=\/)/g, ':\u200b');
}

/**
 * Breaks every mention and mention-like syntax (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`,
 * `</cmd:id>`, `<t:…>`, `<:emoji:id>`) with an invisible zero-width space. `allowedMentions` already
 * stops pings; this also stops them rendering as mentions.
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(?=everyone|here)/gi, '@\u200b').replace(/<(?=[@#/:]|a:|t:|id:)/g, '<\u200b');
}

/** Escaped text of at most `max` characters: cuts the raw text (so no escape or mark is split), then escapes. */
export function fitEscaped(text: string, max: number): string {
  let keep = Math.min(text.length, max);
  let out = escapeMarkdown(clip(text, keep));
  while (out.length > max && keep > 1) {
    keep = Math.max(1, keep - Math.max(1, out.length - max));
    out = escapeMarkdown(clip(text, keep));
  }
  return out.length <= max ? out : '…';
}

/** For plain-text places (footer, author): no markdown there, but mentions still defused. */
export function plainText(text: string): string {
  return defuseLinks(defuseMentions(stripInvisible(text).replace(/\s+/g, ' ').trim()));
}

/** Inline code; backticks and backslashes are swapped for look-alikes, so nothing can close the span early. */
export function codeSpan(text: string): string {
  return `\`${defuseMentions(stripInvisible(text).replace(/`/g, "'").replace(/\\/g, '⧵').replace(/\s+/g, ' '))}\``;
}

/**
 * Only absolute http(s) URLs Discord will accept; anything else is left out rather than rejected by
 * the API. A mention-like `@everyone`/`@here` in the path, query or fragment has its `@` written
 * `%40` (the link still leads to the article; the text shows no mention); a URL still holding one
 * after that is left out.
 *
 * @example
 * safeUrl('https://news.test/a/@everyone') // → 'https://news.test/a/%40everyone'
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const href = withoutMentions(parsed);
    return href && href.length <= DISCORD_LIMITS.url ? href : undefined;
  } catch {
    return undefined;
  }
}

const MENTION_AT = /@(?=everyone|here)/gi;

function withoutMentions(url: URL): string | undefined {
  if (!/@(everyone|here)/i.test(url.href)) return url.href;
  url.pathname = url.pathname.replace(MENTION_AT, '%40');
  url.search = url.search.replace(MENTION_AT, '%40');
  url.hash = url.hash.replace(MENTION_AT, '%40');
  return /@(everyone|here)/i.test(url.href) ? undefined : url.href;
}

/** Cuts `text` to at most `max` characters with `…`, never inside a surrogate pair or after a lone `\`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = safeCut(text, Math.max(0, max - 1));
  while (cut > 0 && text[cut - 1] === '\\') cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Joins whole lines up to `max` characters; lines that don't fit are replaced by one `…` line. */
export function joinLines(lines: string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const extra = (out.length ? 1 : 0) + line.length;
    const reserve = i < lines.length - 1 ? 2 : 0;
    if (used + extra + reserve > max) {
      if (!out.length) return clip(line, max);
      out.push('…');
      break;
    }
    out.push(line);
    used += extra;
  }
  return out.join('\n');
}

/**
 * The last guard on the 6,000 characters a message's embeds may hold: drops whole fields from the
 * end (then whole embeds), never cutting through formatting. Renderers budget so this rarely acts.
 */
export function withinTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, DISCORD_LIMITS.embeds).map((e) => ({ ...e, fields: e.fields?.slice(0, DISCORD_LIMITS.fields) }));
  while (out.length && embedChars(out) > DISCORD_LIMITS.embedTotal) {
    const last = out[out.length - 1]!;
    if (last.fields?.length) last.fields = last.fields.slice(0, -1);
    else out.pop();
  }
  return out.map((e) => (e.fields ? e : withoutFields(e)));
}

function withoutFields(e: APIEmbed): APIEmbed {
  const { fields: _fields, ...rest } = e;
  return rest;
}

/** The characters Discord counts towards the 6,000 per message. */
export function embedChars(embeds: readonly APIEmbed[]): number {
  let n = 0;
  for (const e of embeds) {
    n += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}
