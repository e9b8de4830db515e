/**
 * Nothing in article text goes live or hides: raw URLs in every form Discord links are broken (only
 * the bot's citation link to the article stays a link), and invisible characters (bidi overrides,
 * zero-width spaces, tag characters) never reach Slack, Discord or the console.
 */
import { describe, expect, it } from 'vitest';
import type { Excerpt, ResultsAnswer } from '../../src/answer.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { fakeResults } from '../support/discord-fake-engine.ts';
import { discordTexts } from '../support/discord-checks.ts';
import { expectNothingLive, visibleTexts } from '../support/slack-limits.ts';

const ARTICLE_URL = 'https://harbour-daily.example/reopen';

function answerWith(overrides: Partial<Excerpt>): ResultsAnswer {
  const base = fakeResults({ command: 'quote', query: 'harbour', outlet: 'axios' });
  const result = base.results[0]!;
  const excerpt: Excerpt = { ...result.excerpts[0]!, url: ARTICLE_URL, marks: [], ...overrides };
  return { ...base, results: [{ ...result, url: ARTICLE_URL, excerpts: [excerpt] }], noMatch: [] };
}

/** Links Discord would make: masked links to anything but `allowed`, `http(s)://…` anywhere, `<scheme:/…>`. */
function liveLinks(text: string, allowed: string): string[] {
  const withoutCitations = text.split(`](${allowed})`).join('](citation)');
  return [
    ...withoutCitations.matchAll(/https?:\/\/\S+/gi),
    ...withoutCitations.matchAll(/<[^: >]+:\/[^ >]+>/g),
    ...withoutCitations.replace(/\\./g, '').matchAll(/\]\((?!citation\))[^)]*\)/g),
  ].map((m) => m[0]);
}

const RAW_URLS = [
  'Read more at http://evil.example/a today.',
  'Or <https://evil.example/b> now.',
  'Even glued: xhttps://evil.example/c and (https://evil.example/d).',
  'An app link <steam://run/440> and <foo:/bar>.',
];

describe('Discord: raw URLs in article text stay text', () => {
  it.each(RAW_URLS)('breaks the link in %j, keeping the citation link to the article', (sentence) => {
    const message = renderDiscord(
      answerWith({ text: `"${sentence}" the harbour master said.`, headline: `Headline ${sentence}`, speaker: `Ann ${sentence}` }),
    );
    const texts = discordTexts(message);
    expect(texts.flatMap((t) => liveLinks(t, ARTICLE_URL))).toEqual([]);
    expect(message.embeds[0]?.url).toBe(ARTICLE_URL);
    expect(texts.join('\n')).toContain(sentence.split(' ')[0]);
  });

  it('leaves scheme-less addresses alone: Discord does not link www.example.com or example.com/path', () => {
    const message = renderDiscord(answerWith({ text: 'See www.evil.example and evil.example/path for the fares.' }));
    expect(message.embeds[0]?.description).toContain('See www.evil.example and evil.example/path for the fares.');
  });
});

describe('Slack: raw URLs stay text (every mrkdwn text is verbatim, < and > escaped)', () => {
  it.each(RAW_URLS)('nothing live in %j but the citation', (sentence) => {
    const message = renderSlack(answerWith({ text: sentence, headline: sentence }));
    expectNothingLive(message, new Set([ARTICLE_URL]));
  });
});

/** Invisible characters an article might carry: bidi override, isolates, marks, zero-width, BOM, tags, fillers. */
const INVISIBLE = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u{e0041}',
  '\u3164',
];
const HIDDEN = new RegExp(`[${INVISIBLE.join('')}]|\u200d`, 'u');

describe('invisible characters from article text', () => {
  const hostile = answerWith({
    text: `The ferry \u202eeerf si\u202c will run ${INVISIBLE.join('x')} said Put\u200din.`,
    headline: `Fares \u2066rise\u2069 again\u200b`,
    speaker: `Ilse\u200b Mar\u200drow`,
    outlet: `Quay\u200f Post`,
  });

  it('never reach Slack', () => {
    const texts = visibleTexts(renderSlack(hostile));
    for (const text of texts) expect(text.replace(/@\u2060/g, '@')).not.toMatch(HIDDEN);
    expect(texts.join('\n')).toContain('Ilse Marrow');
  });

  it('never reach Discord (its own zero-width spaces only break mentions and links)', () => {
    const texts = discordTexts(renderDiscord(hostile));
    for (const text of texts) expect(text.replace(/([@<:])\u200b/g, '$1')).not.toMatch(HIDDEN);
    expect(texts.join('\n')).toContain('Ilse Marrow');
  });

  it('show as U+FFFD on the console, one per code unit', () => {
    const text = renderText(hostile, { color: false });
    expect(text).not.toMatch(HIDDEN);
    expect(text).toContain('Ilse\uFFFD Mar\uFFFDrow');
  });

  it('keep the joiners that spell words and emoji: Persian and an emoji sequence', () => {
    const message = renderDiscord(answerWith({ text: 'می‌خواهم 👩‍🔬 said the scientist.' }));
    expect(message.embeds[0]?.description).toContain('می‌خواهم 👩‍🔬');
  });
});
