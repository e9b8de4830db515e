/**
 * The Discord renderer: layout, escaping and paging on hand-built answers, and property tests that
 * any answer gives a payload within every Discord limit with no mention taken from the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Answer,
  CompareAnswer,
  Excerpt,
  HelpAnswer,
  OutletResult,
  ResultsAnswer,
  SourcesAnswer,
  StatementView,
} from '../../src/answer.ts';
import { DISCORD_LIMITS, embedChars, escapeMarkdown, renderDiscord, type DiscordMessage } from '../../src/render/discord.ts';
import { safeUrl } from '../../src/render/discord/escape.ts';
import { fakeResults } from '../support/discord-fake-engine.ts';

const buttonsFor = (publish: boolean) => ({ publish, id: () => 'abcdefgh' });

describe('renderDiscord: results', () => {
  it('gives one embed per outlet: outlet title, article URL, excerpts with speakers, citation footer', () => {
    const message = renderDiscord(fakeResults({ command: 'quote', query: 'Putin Bucha' }), { buttons: buttonsFor(false) });
    expect(message.content).toBe('**18 quotes by Vladimir Putin about Putin Bucha** from 6 outlets · page 1 of 2');
    expect(message.embeds.map((e) => e.title)).toEqual(['Axios', 'The National', 'Reuters', 'AP News', 'Le Monde']);
    const [axios] = message.embeds;
    expect(axios?.url).toBe('https://example.com/Axios/1');
    expect(axios?.footer?.text).toBe('Putin and Guterres meet [Axios] #1 · 2022-04-26 · ¶7');
    expect(axios?.description?.split('\n')[0]).toBe(
      '> “There was a provocation in the village of **Bucha** \\*Axios\\* @\u200beveryone <\u200b@123456789012345678> (1)”',
    );
    expect(axios?.description).toContain('· [Putin and Guterres meet \\[Axios\\] #2](https://example.com/Axios/2) · 2022-04-26');
    expect(axios?.description).toContain('-# … 1 more quote from this outlet');
  });

  it('pages by outlets: the last page has the rest and the outlets with nothing', () => {
    const message = renderDiscord(fakeResults({ command: 'quote', query: 'Bucha' }), { page: 1, buttons: buttonsFor(true) });
    expect(message.embeds.map((e) => e.title)).toEqual(['Kyiv Independent']);
    expect(message.content).toContain('page 2 of 2');
    expect(message.content).toContain('Nothing from: Daily Mail');
    const buttons = message.components[0]?.components ?? [];
    expect(buttons.map((b) => [b.label, b.custom_id, b.disabled ?? false])).toEqual([
      ['◀ Previous', 'nb:page:abcdefgh:0', false],
      ['Next ▶', 'nb:page:abcdefgh:1', true],
      ['Post publicly', 'nb:publish:abcdefgh:1', false],
    ]);
  });

  it('has no buttons without a place to keep the invocation, or with one page and nothing to publish', () => {
    expect(renderDiscord(fakeResults({ command: 'quote', query: 'Bucha' })).components).toEqual([]);
    expect(
      renderDiscord(fakeResults({ command: 'quote', query: 'Bucha', outlet: 'axios' }), { buttons: buttonsFor(false) }).components,
    ).toEqual([]);
  });

  it('cuts a long excerpt at a word, keeping the marks balanced, within the embed budget', () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? 'Bucha' : `word${i}`)).join(' ');
    const marks = [...words.matchAll(/Bucha/g)].map((m): [number, number] => [m.index, m.index + 5]);
    const answer = singleOutlet({ text: words, marks });
    const [embed] = renderDiscord(answer).embeds;
    expect(embed?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embed?.description).toMatch(/word\d+…”\n— \*\*Vladimir Putin\*\*/);
    expect(boldMarkers(embed?.description ?? '') % 2).toBe(0);
  });

  it('does not link another article whose URL holds a formatting pair, so bold markers stay balanced', () => {
    const base = singleOutlet({});
    const result = base.results[0]!;
    const other = { ...result.excerpts[0]!, article: 'other.md', headline: 'Second report', url: 'https://example.com/a**b' };
    const answer: ResultsAnswer = { ...base, results: [{ ...result, excerpts: [result.excerpts[0]!, other] }] };
    const description = renderDiscord(answer).embeds[0]?.description ?? '';
    expect(description).toContain('Second report');
    expect(description).not.toContain('](https://example.com/a**b)');
    expect(boldMarkers(description) % 2).toBe(0);
  });

  it('leaves out a URL Discord would reject', () => {
    const answer = singleOutlet({ url: 'javascript:alert(1)' });
    expect(renderDiscord(answer).embeds[0]?.url).toBeUndefined();
  });

  it('says when nothing matched, without embeds', () => {
    const answer: ResultsAnswer = { ...fakeResults({ command: 'search', query: 'zzz' }), results: [], total: 0 };
    expect(renderDiscord(answer)).toMatchObject({
      content: 'No passages by Vladimir Putin about zzz in the corpus.\nNothing from: Daily Mail',
      embeds: [],
    });
  });
});

describe('renderDiscord: other answers', () => {
  it('renders an error as a short notice', () => {
    expect(renderDiscord({ kind: 'error', command: 'quote', code: 'empty_query', message: 'Type something to look for.' })).toEqual({
      content: '✗ Type something to look for.',
      embeds: [],
      components: [],
    });
  });

  it('keeps an echoed query from forming a masked link in a notice, even with backslashes before its brackets', () => {
    for (const message of [')\\]()\\](', '[x](https://evil.test)', 'a\\\\[b](https://evil.test)']) {
      const notice = renderDiscord({ kind: 'error', command: 'quote', code: 'bad_option', message });
      expect(maskedLinksNotFrom(notice, new Set())).toEqual([]);
    }
  });

  it('renders help as command and syntax fields', () => {
    const help: HelpAnswer = {
      kind: 'help',
      command: 'help',
      commands: [{ name: 'quote', path: '/quote', description: 'Direct quotations', usage: '/quote Putin Bucha' }],
      syntax: [{ example: 'since:2022-04', meaning: 'from April 2022' }],
    };
    const message = renderDiscord(help);
    expect(message.embeds[0]?.fields).toEqual([{ name: '/quote', value: 'Direct quotations\n`/quote Putin Bucha`' }]);
    expect(message.embeds[1]?.fields).toEqual([{ name: '`since:2022-04`', value: 'from April 2022' }]);
  });

  it('renders sources as one line per outlet, with skipped files', () => {
    const sources: SourcesAnswer = {
      kind: 'sources',
      command: 'sources',
      outlets: [{ outlet: 'Axios', outletKnown: true, articles: 2, quotes: 5, from: '2022-04-05', to: '2022-04-06' }],
      articles: 2,
      passages: 30,
      quotes: 5,
      speakers: 2,
      skipped: [{ file: 'bad_file.md', reason: 'empty' }],
      warnings: [],
    };
    const message = renderDiscord(sources);
    expect(message.content).toBe('**2 articles from 1 outlet** · 5 quotes by 2 speakers · 30 passages');
    expect(message.embeds[0]?.description).toBe('**Axios** — 2 articles · 5 quotes · 2022-04-05 – 2022-04-06');
    expect(message.embeds[0]?.fields).toEqual([{ name: 'Skipped 1 file', value: 'bad\\_file.md: empty' }]);
  });

  it('renders a comparison with removed words struck and added words underlined', () => {
    const compare: CompareAnswer = {
      kind: 'compare',
      command: 'compare',
      query: 'Bucha',
      statements: [statement()],
      singleOutlet: 0,
      notes: [],
    };
    const [embed] = renderDiscord(compare).embeds;
    expect(embed?.title).toBe('Vladimir Putin · 2 outlets · match: high');
    expect(embed?.description).toContain('**Axios** · first full wording · ¶3\n> “in the village of Bucha”');
    expect(embed?.description).toContain('> “in the ~~village~~__town__ of Bucha”');
    expect(embed?.footer?.text).toBe('First reported by Axios (2022-04-05 10:00 UTC) · Putin speaks');
  });
});

describe('escapeMarkdown', () => {
  it('escapes markdown and defuses mentions', () => {
    expect(escapeMarkdown('# **bold** _it_ `code` ||spoiler|| [link](x) @everyone <@&1> <#2>')).toBe(
      '\\# \\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](x) @\u200beveryone <\u200b@&1> <\u200b#2>',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Text with the things that break Discord messages mixed in. */
const hostileText = (maxParts: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          ...[
            '@everyone',
            '@here',
            '@Here',
            '<@123456789012345678>',
            '<@!123456789012345678>',
            '<@&123456789012345678>',
            '<#123>',
            '</quote:123>',
            '<t:1650000000:R>',
          ],
          ...['**', '__', '~~', '||', '`', '```', '\\', '\n', '> ', '# ', '-# ', '1. ', '[x](https://e.com)', '[', '](', '😀', 'é', ' '],
          // raw links in every form Discord makes live
          ...['http://evil.test/x', '<https://evil.test/y>', 'xhttps://evil.test', '<steam://run/1>', '<a:/b>', 'HTTPS://E.TEST', ':', '/'],
          // look-alikes, right-to-left text and controls
          ...[
            '＠everyone',
            '@\u200beveryone',
            '\u202e',
            '\u2066',
            '\u200f',
            'مرحبا بوتشا',
            'שלום',
            '\u0000',
            '\u001b[2J',
            '\u2028',
            '\ufeff',
          ],
        ),
        fc.string({ maxLength: 12 }),
        fc.string({ unit: 'grapheme', maxLength: 8 }),
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));

const longText = fc.oneof(
  { weight: 4, arbitrary: hostileText(30) },
  { weight: 1, arbitrary: fc.tuple(hostileText(10), fc.integer({ min: 1, max: 400 })).map(([t, n]) => (t || 'x').repeat(n)) },
);

const marksFor = (text: string) =>
  fc.array(fc.tuple(fc.nat(text.length), fc.nat(12)), { maxLength: 4 }).map((pairs) => {
    const sorted = pairs.map(([start, len]): [number, number] => [start, Math.min(text.length, start + len)]).sort((a, b) => a[0] - b[0]);
    const out: Array<[number, number]> = [];
    for (const [start, end] of sorted) if (end > start && (!out.length || start >= out[out.length - 1]![1])) out.push([start, end]);
    return out;
  });

const excerptArb: fc.Arbitrary<Excerpt> = longText.chain((text) =>
  fc.record({
    article: fc.constantFrom('a.md', 'b.md', 'c.md'),
    outlet: hostileText(4),
    outletKnown: fc.boolean(),
    headline: longText,
    url: fc.option(fc.oneof(fc.webUrl(), hostileText(3)), { nil: undefined }),
    published: fc.option(fc.constantFrom('2022-04-26T10:00:00Z', '2022-04-05'), { nil: undefined }),
    paragraph: fc.integer({ min: 1, max: 500 }),
    text: fc.constant(text),
    marks: marksFor(text),
    isQuote: fc.boolean(),
    speaker: fc.option(hostileText(5), { nil: undefined }),
    mention: fc.option(hostileText(3), { nil: undefined }),
    cue: fc.option(fc.constantFrom('said', 'told reporters'), { nil: undefined }),
    score: fc.double({ noNaN: true }),
  }),
);

const outletArb: fc.Arbitrary<OutletResult> = fc.record({
  outlet: hostileText(5),
  outletKnown: fc.boolean(),
  headline: longText,
  url: fc.option(fc.webUrl(), { nil: undefined }),
  published: fc.option(fc.constant('2022-04-26'), { nil: undefined }),
  excerpts: fc.array(excerptArb, { minLength: 1, maxLength: 10 }),
  more: fc.nat(50),
});

const resultsArb: fc.Arbitrary<ResultsAnswer> = fc.record({
  kind: fc.constant('results' as const),
  command: fc.constantFrom('quote' as const, 'search' as const),
  query: longText,
  parsed: fc.record({
    terms: fc.array(hostileText(3), { maxLength: 5 }),
    phrases: fc.array(hostileText(3), { maxLength: 2 }),
    outlets: fc.constant([]),
    speaker: fc.option(hostileText(4), { nil: undefined }),
  }),
  results: fc.array(outletArb, { maxLength: 14 }),
  noMatch: fc.array(hostileText(4), { maxLength: 40 }),
  total: fc.nat(1000),
  notes: fc.array(longText, { maxLength: 6 }),
});

const sourcesArb: fc.Arbitrary<SourcesAnswer> = fc.record({
  kind: fc.constant('sources' as const),
  command: fc.constant('sources' as const),
  outlets: fc.array(
    fc.record({
      outlet: hostileText(6),
      outletKnown: fc.boolean(),
      articles: fc.nat(),
      quotes: fc.nat(),
      from: fc.option(fc.constant('2022-04-05'), { nil: undefined }),
      to: fc.option(fc.constant('2022-04-26'), { nil: undefined }),
    }),
    { maxLength: 60 },
  ),
  articles: fc.nat(),
  passages: fc.nat(),
  quotes: fc.nat(),
  speakers: fc.nat(),
  skipped: fc.array(fc.record({ file: longText, reason: longText }), { maxLength: 30 }),
  warnings: fc.array(fc.record({ file: longText, reason: longText }), { maxLength: 30 }),
});

const helpArb: fc.Arbitrary<HelpAnswer> = fc.record({
  kind: fc.constant('help' as const),
  command: fc.constant('help' as const),
  commands: fc.array(fc.record({ name: hostileText(2), path: hostileText(2), description: longText, usage: longText }), { maxLength: 30 }),
  syntax: fc.array(fc.record({ example: longText, meaning: longText }), { maxLength: 30 }),
});

const statementArb: fc.Arbitrary<StatementView> = fc.record({
  id: fc.nat(),
  speaker: hostileText(4),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  confidenceLabel: fc.constantFrom('high' as const, 'medium' as const, 'low' as const),
  outlets: fc.array(hostileText(3), { maxLength: 12 }),
  firstReported: fc.option(
    fc.record({
      outlet: hostileText(3),
      published: fc.constant('2022-04-05T00:00:00Z'),
      headline: longText,
      url: fc.option(fc.webUrl(), { nil: undefined }),
      undatedOutlets: fc.array(hostileText(3), { maxLength: 4 }),
    }),
    { nil: undefined },
  ),
  variants: fc.array(
    fc.record({
      text: longText,
      outlets: fc.array(hostileText(3), { minLength: 1, maxLength: 4 }),
      citations: fc.constant([]),
      isBase: fc.boolean(),
      isPartial: fc.boolean(),
      diff: fc.array(fc.record({ op: fc.constantFrom('same' as const, 'added' as const, 'removed' as const), text: longText }), {
        maxLength: 6,
      }),
    }),
    { maxLength: 8 },
  ),
  paraphrases: fc.constant([]),
});

const compareArb: fc.Arbitrary<CompareAnswer> = fc.record({
  kind: fc.constant('compare' as const),
  command: fc.constantFrom('compare' as const, 'who' as const),
  query: longText,
  speaker: fc.option(hostileText(3), { nil: undefined }),
  statements: fc.array(statementArb, { maxLength: 8 }),
  singleOutlet: fc.nat(20),
  notes: fc.array(longText, { maxLength: 4 }),
});

const errorArb: fc.Arbitrary<Answer> = longText.map((message) => ({ kind: 'error', command: 'quote', code: 'bad_option', message }));

const answerArb: fc.Arbitrary<Answer> = fc.oneof(resultsArb, sourcesArb, helpArb, compareArb, errorArb);

describe('renderDiscord regressions found by the properties', () => {
  it('keeps a trailing backslash from closing a code span early (a live link could follow)', () => {
    const message = renderDiscord({
      kind: 'help',
      command: 'help',
      commands: [],
      syntax: [{ example: '[x](https://e.com)\\', meaning: '' }],
    });
    expect(JSON.stringify(message)).not.toContain('\\\\`');
    expect(maskedLinksNotFrom(message, new Set())).toEqual([]);
  });
});

describe('renderDiscord regressions: a citation URL holding a mention', () => {
  it('links the article with the mention broken in its path, and never a mention anywhere in the URL', () => {
    expect(safeUrl('https://news.test/a/@everyone?to=@here#@Here')).toBe('https://news.test/a/%40everyone?to=%40here#%40Here');
    expect(safeUrl('https://news.test/staff/@jane')).toBe('https://news.test/staff/@jane');
    expect(safeUrl('https://@everyone@news.test/a') ?? '').not.toMatch(/@(everyone|here)/i);
    const answer = fakeResults({ command: 'quote', query: 'harbour' });
    const first = answer.results[0]!;
    const url = 'https://news.test/story/x@everyone';
    const withMention = { ...answer, results: [{ ...first, url, excerpts: first.excerpts.map((e) => ({ ...e, url })) }] };
    const message = renderDiscord(withMention);
    expect(mentionLike(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('https://news.test/story/x%40everyone');
  });
});

describe('renderDiscord regressions: long notices', () => {
  it('keeps links broken in an error notice cut at the length limit inside a code span', () => {
    const message = renderDiscord({
      kind: 'error',
      command: 'quote',
      code: 'bad_option',
      message: '1. http://evil.test/x ` '.repeat(120),
    });
    expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(rawLinksNotFrom(message, new Set())).toEqual([]);
  });
});

describe('renderDiscord properties', () => {
  it('keeps every payload within every Discord limit, with no mention from the input, for any answer and page', () => {
    fc.assert(
      fc.property(answerArb, fc.nat(5), fc.boolean(), (answer, page, publish) => {
        const message = renderDiscord(answer, { page, buttons: buttonsFor(publish) });
        expectWithinLimits(message);
        expect(mentionLike(message)).toEqual([]);
        expect(maskedLinksNotFrom(message, citationUrls(answer))).toEqual([]);
        expect(rawLinksNotFrom(message, citationUrls(answer))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves bold markers unbalanced in an excerpt description', () => {
    fc.assert(
      fc.property(resultsArb, (answer) => {
        for (const embed of renderDiscord(answer).embeds) expect(boldMarkers(embed.description ?? '') % 2).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

function expectWithinLimits(message: DiscordMessage): void {
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

/** Every string of the message that would ping or render as a mention. */
function mentionLike(message: DiscordMessage): string[] {
  const texts = [
    message.content,
    ...message.embeds.flatMap((e) => [
      e.title,
      e.description,
      e.footer?.text,
      e.author?.name,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
  return texts.filter((t): t is string => !!t && /@(everyone|here)|<@[!&]?\d|<#\d/i.test(t));
}

/**
 * `[text](url)` links to anything but the answer's own article URLs, where Discord renders markdown
 * (content, descriptions, fields; not inside escapes or code spans).
 */
function maskedLinksNotFrom(message: DiscordMessage, allowed: ReadonlySet<string>): string[] {
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
function rawLinksNotFrom(message: DiscordMessage, allowed: ReadonlySet<string>): string[] {
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
function citationUrls(answer: Answer): Set<string> {
  if (answer.kind !== 'results') return new Set();
  const urls = answer.results
    .flatMap((r) => [r.url, ...r.excerpts.map((e) => e.url)])
    .filter((u): u is string => typeof u === 'string' && URL.canParse(u));
  return new Set(urls.map((u) => safeUrl(u)?.replace(/\)/g, '%29')).filter((u): u is string => !!u));
}

/** No lone surrogate: text was never cut inside a character. */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** `**` markers that are not escaped. */
function boldMarkers(text: string): number {
  return (text.replace(/\\./g, '').match(/\*\*/g) ?? []).length;
}

function singleOutlet(overrides: Partial<Excerpt>): ResultsAnswer {
  const base = fakeResults({ command: 'quote', query: 'Bucha', outlet: 'axios' });
  const result = base.results[0]!;
  const excerpt = { ...result.excerpts[0]!, ...overrides };
  return { ...base, results: [{ ...result, url: excerpt.url, excerpts: [excerpt] }] };
}

function statement(): StatementView {
  const cite = (outlet: string) => ({ article: `${outlet}.md`, outlet, outletKnown: true, headline: 'Putin speaks', paragraph: 3 });
  return {
    id: 1,
    speaker: 'Vladimir Putin',
    confidence: 0.9,
    confidenceLabel: 'high',
    outlets: ['Axios', 'ZBC News'],
    firstReported: { outlet: 'Axios', published: '2022-04-05T10:00:00Z', headline: 'Putin speaks', undatedOutlets: [] },
    variants: [
      { text: 'in the village of Bucha', outlets: ['Axios'], citations: [cite('Axios')], isBase: true, isPartial: false, diff: [] },
      {
        text: 'in the town of Bucha',
        outlets: ['ZBC News'],
        citations: [cite('ZBC News')],
        isBase: false,
        isPartial: false,
        diff: [
          { op: 'same', text: 'in the ' },
          { op: 'removed', text: 'village' },
          { op: 'added', text: 'town' },
          { op: 'same', text: ' of Bucha' },
        ],
      },
    ],
    paraphrases: [],
  };
}
