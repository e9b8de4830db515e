/**
 * The Discord renderer's property tests: any answer, on any page, gives a payload within every Discord
 * limit with no mention or live link taken from the input; and the regressions the properties found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, CompareAnswer, HelpAnswer, SourcesAnswer, StatementView } from '../../src/answer.ts';
import { DISCORD_LIMITS, renderDiscord } from '../../src/render/discord.ts';
import { safeUrl } from '../../src/render/discord/escape.ts';
import { fakeResults } from '../support/discord-fake-engine.ts';
import { resultsArbitrary, type AnswerPieces } from '../support/answer-arbitraries.ts';
import { DIRECTION_AND_CONTROL_PIECES } from '../support/hostile-pieces.ts';
import {
  boldMarkers,
  citationUrls,
  expectWithinLimits,
  maskedLinksNotFrom,
  mentionLike,
  rawLinksNotFrom,
} from '../support/discord-checks.ts';

const buttonsFor = (publish: boolean) => ({ publish, id: () => 'abcdefgh' });

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
          ...['＠everyone', '@\u200beveryone', '\u2028', ...DIRECTION_AND_CONTROL_PIECES],
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

/** The hostile pieces every field of a generated answer is made of. */
const pieces: AnswerPieces = {
  text: hostileText,
  long: longText,
  line: longText,
  url: fc.option(fc.oneof(fc.webUrl(), hostileText(3)), { nil: undefined }),
  published: fc.option(fc.constantFrom('2022-04-26T10:00:00Z', '2022-04-05'), { nil: undefined }),
  cue: fc.option(fc.constantFrom('said', 'told reporters'), { nil: undefined }),
  sizes: { paragraph: 500, excerpts: 10, outlets: 14, noMatch: 40, total: 1000, more: 50 },
};
const resultsArb = resultsArbitrary(pieces);

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

describe('renderDiscord regressions: backticks that open no code span', () => {
  const notice = (message: string) => renderDiscord({ kind: 'error', command: 'quote', code: 'bad_option', message });

  it('breaks a link after an escaped backtick, which Discord shows as a backtick and not as a code span', () => {
    const message = notice('\\`<news://a/1>\\`<news://b/2>');
    expect(rawLinksNotFrom(message, new Set())).toEqual([]);
    expect(message.content).toBe('✗ \\`<news:\u200b//a/1>\\`<news:\u200b//b/2>');
  });

  it('breaks a link between runs of backticks, and keeps a plain code span copyable', () => {
    expect(rawLinksNotFrom(notice('`a``<news://c/3>``'), new Set())).toEqual([]);
    expect(notice('try `/quote x:/y` then \\\\`<news://d/4>`').content).toBe('✗ try `/quote x:/y` then \\\\`<news://d/4>`');
  });
});
