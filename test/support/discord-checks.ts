/**
 * Checks on a rendered Discord message, shared by the example tests and the property tests: every
 * Discord limit, no mention or live link taken from the input, text never cut inside a character.
 */
import { expect } from 'vitest';
import type { Answer } from '../../src/answer.ts';
import { DISCORD_LIMITS, embedChars, type DiscordMessage } from '../../src/render/discord.ts';
import { safeUrl } from '../../src/render/discord/escape.ts';

export function expectWithinLimits(message: DiscordMessage): void {
  const L = DISCORD_LIMITS;
  expect(message.content.length).toBeLessThanOrEqual(L.content);
  expect(wellFormed(message.content)).toBe(true);
  expect(message.embeds.length).toBeLessThanOrEqual(L.embeds);
  expect(embedChars(message.embeds)).toBeLessThanOrEqual(L.embedTotal);
  if (!message.embeds.length) expect(message.content.length).toBeGreaterThan(0);
  for (const e of message.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(L.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(L.description);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footer);
    expect(e.author?.name.length ?? 0).toBeLessThanOrEqual(L.author);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(L.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(L.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(L.fieldValue);
    }
    if (e.url) expect(['http:', 'https:']).toContain(new URL(e.url).protocol);
    for (const text of [e.title, e.description, e.footer?.text]) if (text) expect(wellFormed(text)).toBe(true);
  }
  expect(message.components.length).toBeLessThanOrEqual(5);
  const ids = message.components.flatMap((row) => row.components.map((b) => b.custom_id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      expect(b.label.length).toBeLessThanOrEqual(L.buttonLabel);
      expect(b.custom_id.length).toBeLessThanOrEqual(L.customId);
    }
  }
}

/** Every text of a Discord message where markdown is rendered or text is shown. */
export function discordTexts(message: DiscordMessage): string[] {
  return [
    message.content,
    ...message.embeds.flatMap((e) => [
      e.title,
      e.description,
      e.footer?.text,
      e.author?.name,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].filter((t): t is string => !!t);
}

/** Every string of the message that would ping or render as a mention. */
export function mentionLike(message: DiscordMessage): string[] {
  return discordTexts(message).filter((t) => /@(everyone|here)|<@[!&]?\d|<#\d/i.test(t));
}

/**
 * `[text](url)` links to anything but the answer's own article URLs, where Discord renders markdown
 * (content, descriptions, fields; not inside escapes or code spans).
 */
export function maskedLinksNotFrom(message: DiscordMessage, allowed: ReadonlySet<string>): string[] {
  const markdown = [
    message.content,
    ...message.embeds.flatMap((e) => [e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ];
  const live = (text: string) => text.replace(/\\./g, '').replace(/`[^`]*`/g, '');
  return markdown
    .flatMap((text) => [...live(text ?? '').matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1] ?? ''))
    .filter((target) => !allowed.has(target));
}

/**
 * Raw links Discord would make live (`http(s)://…` anywhere, `<scheme:/…>`) outside the answer's own
 * citation links and code spans, in every text of the message.
 */
export function rawLinksNotFrom(message: DiscordMessage, allowed: ReadonlySet<string>): string[] {
  const texts = [
    message.content,
    ...message.embeds.flatMap((e) => [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ];
  const outsideCitations = (text: string) =>
    [...allowed]
      .reduce((t, url) => t.split(`](${url})`).join('](citation)'), text)
      // An escaped character is plain text (no markup), and still separates what it stands between (`:\\|/` is no `:/`).
      .replace(/\\[^:/]/g, '\u00b7')
      .replace(/`[^`]*`/g, '');
  return texts.flatMap((text) => [...outsideCitations(text ?? '').matchAll(/https?:\/\/\S*|<[^: >]+:\/[^ >]+>/gi)].map((m) => m[0]));
}

/** Article URLs of a results answer, as Discord links them. */
export function citationUrls(answer: Answer): Set<string> {
  if (answer.kind !== 'results') return new Set();
  const urls = answer.results
    .flatMap((r) => [r.url, ...r.excerpts.map((e) => e.url)])
    .filter((u): u is string => typeof u === 'string' && URL.canParse(u));
  return new Set(urls.map((u) => safeUrl(u)?.replace(/\)/g, '%29')).filter((u): u is string => !!u));
}

/** No lone surrogate: text was never cut inside a character. */
export function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** `**` markers that are not escaped. */
export function boldMarkers(text: string): number {
  return (text.replace(/\\./g, '').match(/\*\*/g) ?? []).length;
}
