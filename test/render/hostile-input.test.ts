/**
 * Property tests over bad input: the query parser, the quote extractor and the console text renderer
 * fed arbitrary Unicode, huge inputs, unbalanced and nested quotes, control characters,
 * right-to-left text and markup look-alikes. Nothing throws (the parser only with a BotError saying
 * what to fix); nothing in the console output can steer the terminal. The Slack and Discord
 * renderers get the same hostile pieces in their own property tests (slack-render, discord-render:
 * limits, no live mention, links only to the answer's citations).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer.ts';
import { BotError } from '../../src/errors.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { renderText } from '../../src/render/text.ts';
import { MAX_QUERY_LENGTH, parseQuery } from '../../src/search/query.ts';
import { resultsArbitrary } from '../support/answer-arbitraries.ts';

/** The pieces that break parsers and chat markup, mixed with arbitrary text. */
const HOSTILE = [
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  '‹',
  '›',
  '‘',
  '’',
  "'",
  '""',
  '"“',
  '«"»',
  '„“”',
  'outlet:',
  'speaker:',
  'since:',
  'until:',
  'outlet:"',
  'since:2022-13-40',
  'foo:bar',
  ':',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123ABC>',
  '<@W1>',
  '<#C42|general>',
  '<https://evil.example|click>',
  '<mailto:a@b.c|x>',
  '@here',
  '@channel',
  '@everyone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '[click](https://evil.example)',
  '**',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '> ',
  '# ',
  '-# ',
  'ﹰ<',
  '＜!channel＞',
  '＠everyone',
  '@\u200beveryone',
  '<\u200b@U1>',
  '&lt;!here&gt;',
  '&amp;',
  '&#60;!channel&#62;',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200e',
  'مرحبا بوتشا',
  'שלום',
  'بوتين قال "سلام"',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\r',
  '\n',
  '\n\n',
  '\t',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud83d',
  '\udc00',
  '👍🏽',
  '👨‍👩‍👧',
  'é',
  'e\u0301',
  'Putin',
  'Bucha',
  'said',
  ' ',
  '  ',
  '.',
  ',',
  '—',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const hostile = (maxParts: number) => fc.array(piece, { maxLength: maxParts }).map((parts) => parts.join(''));
const huge = fc.tuple(hostile(12), fc.integer({ min: 50, max: 4_000 })).map(([t, n]) => (t || 'x').repeat(n));
const anyText = fc.oneof({ weight: 5, arbitrary: hostile(40) }, { weight: 1, arbitrary: huge });

describe('parseQuery on bad input', () => {
  it('either parses or throws a BotError, never anything else, for any text', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        try {
          const parsed = parseQuery(input);
          expect(input.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
          expect(parsed.raw.length).toBeGreaterThan(0);
          for (const t of [...parsed.terms, ...parsed.phrases, ...parsed.outlets]) expect(typeof t).toBe('string');
          expect(
            parsed.terms.length +
              parsed.phrases.length +
              parsed.outlets.length +
              (parsed.speaker ? 1 : 0) +
              (parsed.since ? 1 : 0) +
              (parsed.until ? 1 : 0),
          ).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(BotError);
          expect((error as BotError).message.length).toBeLessThan(400);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('says exactly what is wrong with an unclosed quote, a control character or a huge query', () => {
    const code = (input: string) => {
      try {
        parseQuery(input);
        return 'parsed';
      } catch (error) {
        return (error as BotError).code;
      }
    };
    fc.assert(fc.property(fc.stringMatching(/^[a-z ]{0,20}$/), (words) => code(`${words} "${words}x`) === 'unbalanced_quotes'));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0x1f }).filter((c) => ![9, 10, 13].includes(c)),
        (c) => code(`Bucha ${String.fromCharCode(c)}`) === 'control_characters',
      ),
    );
    fc.assert(fc.property(fc.integer({ min: MAX_QUERY_LENGTH + 1, max: 100_000 }), (n) => code('a'.repeat(n)) === 'query_too_long'));
  });
});

describe('extractQuotes on bad input', () => {
  it('never throws, and every quote lies inside the text, in a real paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quotes = extractQuotes(text);
        const paragraphs = text.split(/\n+/).length;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(q.text.trim().length).toBeGreaterThan(0);
          expect(q.paragraph).toBeLessThan(paragraphs + 1);
        }
      }),
      { numRuns: 500 },
    );
    // 500 random texts take seconds on an idle machine; the allowance is for a loaded 2-core one.
  }, 120_000);

  it('copes with 100 KB of unbalanced, nested quotation marks in one paragraph, every quote inside the text', () => {
    // No timing here (speed is measured by `npm run eval:quotes`): a quadratic blow-up on this input
    // would still trip the suite's 30 s timeout.
    const text = '„«"“He said ‹that› ‘she’ said “no”'.repeat(3_000);
    const quotes = extractQuotes(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(q.start).toBeLessThan(q.end);
      expect(q.paragraph).toBe(0);
      expect(text).toContain(q.text.slice(0, 200));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Renderers

const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'https://a.test/x|y<z>)?a=1&b=2', 'data:text/html,<b>', ' https://ok.example/ '),
  hostile(3),
  fc.constant(undefined),
);

const resultsArb = resultsArbitrary({
  text: hostile,
  long: anyText,
  line: hostile(10),
  url,
  published: fc.option(fc.oneof(fc.constant('2022-04-26T10:00:00Z'), hostile(2)), { nil: undefined }),
  cue: fc.option(hostile(2), { nil: undefined }),
  sizes: { paragraph: 999, excerpts: 6, outlets: 12, noMatch: 20, total: 500, more: 30 },
});

const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 4, arbitrary: resultsArb },
  { weight: 1, arbitrary: anyText.map((message): Answer => ({ kind: 'error', command: 'quote', code: 'bad_option', message })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        outlets: fc.array(fc.record({ outlet: hostile(4), outletKnown: fc.boolean(), articles: fc.nat(), quotes: fc.nat() }), {
          maxLength: 30,
        }),
        skipped: fc.array(fc.record({ file: hostile(4), reason: hostile(6) }), { maxLength: 12 }),
      })
      .map((s): Answer => ({
        kind: 'sources',
        command: 'sources',
        outlets: s.outlets,
        articles: 1,
        passages: 1,
        quotes: 1,
        speakers: 1,
        skipped: s.skipped,
        warnings: s.skipped,
      })),
  },
);

describe('console text renderer on bad input', () => {
  it('console text: never throws, and nothing in it can steer the terminal (only our own colour codes)', () => {
    fc.assert(
      fc.property(answerArb, fc.boolean(), (answer, color) => {
        const text = renderText(answer, { color });
        const withoutOurStyles = color ? text.replace(/\u001b\[\d{1,3}(;\d{1,3})*m/g, '') : text;
        expect(withoutOurStyles).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 200 },
    );
  });
});
