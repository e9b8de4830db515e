import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInvocation } from '../../commands/invocation.ts';
import { dispatch } from '../../src/dispatch.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Answer, CompareAnswer, Excerpt, OutletResult, ResultsAnswer, StatementView } from '../../src/answer.ts';
import { escapeMrkdwn, inertMrkdwn, linkTarget, renderSlack, SLACK_ACTIONS, type Block } from '../../src/render/slack.ts';
import { seedEngine } from '../support/seed-engine.ts';
import { expectNothingLive, expectWithinSlackLimits, visibleTexts } from '../support/slack-limits.ts';
import { DIRECTION_AND_CONTROL_PIECES } from '../support/hostile-pieces.ts';

function excerpt(overrides: Partial<Excerpt> = {}): Excerpt {
  return {
    article: '000_a',
    outlet: 'The National',
    outletKnown: true,
    headline: "Putin tells UN chief he still has 'hope'",
    url: 'https://www.thenationalnews.com/world/2022/04/26/putin/',
    published: '2022-04-26T22:55:00+04:00',
    paragraph: 7,
    text: 'There was a provocation in the village of Bucha, which the Russian army had nothing to do with',
    marks: [[42, 47]],
    isQuote: true,
    speaker: 'Vladimir Putin',
    mention: 'Mr Putin',
    cue: 'said',
    score: 1,
    ...overrides,
  };
}

function outlet(name: string, excerpts: Excerpt[], more = 0): OutletResult {
  const first = excerpts[0] ?? excerpt();
  return { outlet: name, outletKnown: true, headline: first.headline, url: first.url, published: first.published, excerpts, more };
}

function results(outlets: OutletResult[], overrides: Partial<ResultsAnswer> = {}): ResultsAnswer {
  return {
    kind: 'results',
    command: 'quote',
    query: 'Putin Bucha',
    parsed: { terms: ['bucha'], phrases: [], outlets: [], speaker: 'Vladimir Putin' },
    results: outlets,
    noMatch: [],
    total: outlets.reduce((n, o) => n + o.excerpts.length + o.more, 0),
    notes: [],
    ...overrides,
  };
}

const sectionTexts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
const contextTexts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));

describe('renderSlack: results', () => {
  it('renders a header, the quote with the speaker in bold, and a citation line', () => {
    const message = renderSlack(results([outlet('The National', [excerpt()])], { noMatch: ['Axios'] }));
    expect(message.text).toBe('1 quote by Vladimir Putin about bucha from 1 outlet');
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '1 quote by Vladimir Putin about bucha from 1 outlet', emoji: false },
    });
    expect(sectionTexts(message.blocks)).toEqual([
      '>“There was a provocation in the village of *Bucha*, which the Russian army had nothing to do with”\n— *Vladimir Putin* (Mr Putin said)',
    ]);
    expect(contextTexts(message.blocks)).toEqual([
      '/quote Putin Bucha',
      "*The National* · <https://www.thenationalnews.com/world/2022/04/26/putin/|Putin tells UN chief he still has 'hope'> · 2022-04-26 · ¶7",
      'Nothing from: Axios',
    ]);
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('escapes corpus text and the echoed query so nothing pings or links', () => {
    const hostile = excerpt({
      text: 'Hey <!channel> & <@U123> see <#C42|general> at <https://evil.example|click> *now* _please_ @here',
      marks: [],
      speaker: '<!here>',
      headline: 'A <b>bold</b> & <https://x.test|y> headline',
      url: 'javascript:alert(1)',
    });
    const message = renderSlack(
      results([outlet('Evil <!everyone>', [hostile])], { query: 'Bucha <!channel> <@U99>', noMatch: ['<@U1>'] }),
      { share: true },
    );
    const all = visibleTexts(message).join('\n');
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
    expect(all).toContain('∗now∗ ˍpleaseˍ @\u2060here');
    expect(all).toContain('/quote Bucha &lt;!channel&gt; &lt;@U99&gt;');
    expect(all).not.toContain('javascript:');
    expectNothingLive(message, new Set());
  });

  it('keeps bold only on whole words, so a mark inside a word shows no asterisks', () => {
    const message = renderSlack(results([outlet('X', [excerpt({ text: 'Ukrainians said', marks: [[0, 9]] })])]));
    expect(sectionTexts(message.blocks)[0]).toMatch(/^>“Ukrainians said”/);
  });

  it('cuts a huge excerpt with … inside the section limit and says how many more the outlet has', () => {
    const long = excerpt({ text: 'word & '.repeat(2000), marks: [] });
    const message = renderSlack(results([outlet('X', [long, long, long, long, long, long, long], 3)]));
    const sections = sectionTexts(message.blocks);
    expect(sections).toHaveLength(5);
    expect(sections[0]).toMatch(/…”\n— \*Vladimir Putin\*/);
    expect(sections[0]).not.toMatch(/&amp?…/);
    expect(contextTexts(message.blocks)).toContain('… 5 more from X');
    expectWithinSlackLimits(message);
  });

  it('pages outlets: the first page offers More, the last lists the outlets with nothing', () => {
    const many = Array.from({ length: 9 }, (_, i) => outlet(`Outlet ${i + 1}`, [excerpt(), excerpt(), excerpt()]));
    const answer = results(many, { noMatch: ['Quiet Times'] });
    const first = renderSlack(answer, { share: true });
    const actions = first.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements.map((e) => [e.action_id, decodeInvocation(e.value)])).toEqual([
      [SLACK_ACTIONS.share, { command: 'quote', options: { query: 'Putin Bucha' }, page: 0 }],
      [SLACK_ACTIONS.more, { command: 'quote', options: { query: 'Putin Bucha' }, page: 1 }],
    ]);
    expect(contextTexts(first.blocks)).toContain('4 more outlets on the next page: press More');
    expect(visibleTexts(first).join()).not.toContain('Quiet Times');
    const second = renderSlack(answer, { page: 1 });
    expect(contextTexts(second.blocks)[0]).toBe('/quote Putin Bucha · outlets 6–9 of 9');
    expect(contextTexts(second.blocks)).toContain('Nothing from: Quiet Times');
    expect(second.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('says who shared an answer and drops the buttons for a shared copy', () => {
    const message = renderSlack(results([outlet('X', [excerpt()])]), { sharedBy: 'U0BOB', more: false });
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0BOB>', verbatim: true }] });
  });
});

describe('renderSlack: other answers', () => {
  it('renders an error as one short escaped line', () => {
    const message = renderSlack({
      kind: 'error',
      command: 'search',
      code: 'stopwords_only',
      message: '"<!here> the" has only common words',
    });
    expect(message).toEqual({
      text: ':warning: "&lt;!here&gt; the" has only common words',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':warning: "&lt;!here&gt; the" has only common words', verbatim: true } }],
    });
  });

  it('marks added words in bold and removed ones struck through in /compare', () => {
    const statement: StatementView = {
      id: 1,
      speaker: 'Vladimir Putin',
      confidence: 0.9,
      confidenceLabel: 'high',
      outlets: ['A', 'B'],
      variants: [
        {
          text: 'in the village of Bucha',
          outlets: ['A'],
          citations: [{ ...excerpt(), outlet: 'A' }],
          isBase: true,
          isPartial: false,
          diff: [],
        },
        {
          text: 'in the city of Bucha',
          outlets: ['B'],
          citations: [{ ...excerpt(), outlet: 'B', url: undefined }],
          isBase: false,
          isPartial: false,
          diff: [
            { op: 'same', text: 'in the ' },
            { op: 'removed', text: 'village' },
            { op: 'added', text: 'city' },
            { op: 'same', text: ' of Bucha' },
          ],
        },
      ],
      paraphrases: [],
    };
    const answer: CompareAnswer = {
      kind: 'compare',
      command: 'compare',
      query: 'Bucha',
      statements: [statement],
      singleOutlet: 2,
      notes: [],
    };
    const message = renderSlack(answer);
    expect(sectionTexts(message.blocks)).toContain('>“in the ~village~ *city* of Bucha”');
    expect(contextTexts(message.blocks)).toContain('*B* · B ¶7');
    expect(contextTexts(message.blocks)).toContain('2 more matching statements carried by one outlet only');
  });
});

describe('Slack text helpers', () => {
  it('escapes only &, < and >', () => {
    expect(escapeMrkdwn('a & <b> "c"')).toBe('a &amp; &lt;b&gt; "c"');
  });
  it('makes corpus text inert', () => {
    expect(inertMrkdwn(' *bold*\n_it_ ~s~ `c` @channel ')).toBe('∗bold∗ ˍitˍ ∼s∼ ˋcˋ @\u2060channel');
  });
  it('links only http(s) URLs, with |, < and > percent-encoded', () => {
    expect(linkTarget('https://a.test/x|y?q=1&r=2')).toBe('https://a.test/x%7Cy?q=1&amp;r=2');
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('not a url')).toBeUndefined();
  });
});

describe('renderSlack: any answer stays inside Slack limits with nothing live', () => {
  const hostile = fc.constantFrom(
    ...[
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
      '&amp;',
      '&lt;!here&gt;',
    ],
    ...['*', '_', '~', '`', '|', '>', '\n', '\r', '\u2028', '\uD83D', '\uDC00', '👍🏽', '👨‍👩‍👧'],
    // look-alikes, right-to-left text and controls
    ...['＜!channel＞', '＠here', '@\u200bhere', '\u0085', ...DIRECTION_AND_CONTROL_PIECES],
  );
  const text = (max: number) =>
    fc
      .tuple(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), hostile), { maxLength: 12 }), fc.integer({ min: 1, max: max }))
      .map(([parts, times]) => parts.join(' ').repeat(times));
  const url = fc.oneof(fc.webUrl(), fc.constant('https://a.test/x|y<z>?a=1&b=2'), text(2), fc.constant(undefined));
  const excerptArb = fc
    .record({
      text: text(300),
      headline: text(20),
      outlet: text(3),
      speaker: fc.option(text(5), { nil: undefined }),
      mention: fc.option(text(2), { nil: undefined }),
      url,
      published: fc.option(text(2), { nil: undefined }),
      isQuote: fc.boolean(),
      paragraph: fc.nat(999),
    })
    .chain((e) =>
      fc.array(fc.tuple(fc.nat(e.text.length), fc.nat(60)), { maxLength: 6 }).map((pairs) => {
        const marks = pairs.map(([s, l]) => [s, Math.min(e.text.length, s + l)] as [number, number]).sort((a, b) => a[0] - b[0]);
        return excerpt({ ...e, marks: marks.filter((m, i) => i === 0 || m[0] >= (marks[i - 1]?.[1] ?? 0)) });
      }),
    );
  const variantArb = fc
    .record({
      text: text(40),
      outlets: fc.array(text(2), { minLength: 1, maxLength: 30 }),
      isBase: fc.boolean(),
      isPartial: fc.boolean(),
      words: fc.array(text(3), { maxLength: 30 }),
    })
    .map((v) => ({
      text: v.text,
      outlets: v.outlets,
      citations: v.outlets.map((o, i) => ({
        article: `a${i}`,
        outlet: o,
        outletKnown: true,
        headline: v.text.slice(0, 80),
        url: 'https://a.test/x|y<z>',
        published: '2022-04-26',
        paragraph: i + 1,
      })),
      isBase: v.isBase,
      isPartial: v.isPartial,
      diff: v.words.map((w, i) => ({ op: (['same', 'added', 'removed'] as const)[i % 3]!, text: w })),
    }));
  const statementArb: fc.Arbitrary<StatementView> = fc
    .record({ speaker: text(3), variants: fc.array(variantArb, { minLength: 1, maxLength: 10 }), sentence: text(30) })
    .map((st) => ({
      id: 0,
      speaker: st.speaker,
      confidence: 0.5,
      confidenceLabel: 'low',
      outlets: st.variants.flatMap((v) => v.outlets),
      firstReported: {
        outlet: st.speaker,
        published: '2022-04-26',
        headline: st.sentence,
        url: 'https://a.test/<x>',
        undatedOutlets: [st.speaker],
      },
      variants: st.variants,
      paraphrases: [{ article: 'p', outlet: st.speaker, outletKnown: true, headline: st.sentence, paragraph: 3, sentence: st.sentence }],
    }));
  const outletArb = fc
    .record({ name: text(3), excerpts: fc.array(excerptArb, { minLength: 1, maxLength: 12 }), more: fc.nat(50) })
    .map((o) => outlet(o.name, o.excerpts, o.more));
  const answerArb: fc.Arbitrary<Answer> = fc.oneof(
    fc
      .record({
        outlets: fc.array(outletArb, { maxLength: 25 }),
        query: text(5),
        noMatch: fc.array(text(2), { maxLength: 300 }),
        notes: fc.array(text(20), { maxLength: 6 }),
      })
      .map((r) =>
        results(r.outlets, {
          query: r.query,
          noMatch: r.noMatch,
          notes: r.notes,
          parsed: { terms: [r.query], phrases: [r.query], outlets: [], speaker: r.query },
        }),
      ),
    fc.record({ message: text(50) }).map((r): Answer => ({ kind: 'error', command: 'search', code: 'internal', message: r.message })),
    fc
      .record({ query: text(5), statements: fc.array(statementArb, { maxLength: 12 }), notes: fc.array(text(20), { maxLength: 4 }) })
      .map((r): Answer => ({
        kind: 'compare',
        command: 'compare',
        query: r.query,
        statements: r.statements,
        singleOutlet: 3,
        notes: r.notes,
      })),
  );

  it('holds for arbitrary Unicode, huge excerpts and many outlets', () => {
    fc.assert(
      fc.property(answerArb, fc.nat(5), fc.boolean(), (answer, page, share) => {
        const message = renderSlack(answer, { page, share, sharedBy: 'U0BOB' });
        expectWithinSlackLimits(message);
        const urls = new Set<string>();
        if (answer.kind === 'results')
          for (const r of answer.results) for (const e of r.excerpts) if (linkTarget(e.url)) urls.add(linkTarget(e.url) as string);
        if (answer.kind === 'compare') {
          const cited = answer.statements.flatMap((st) => [
            st.firstReported?.url,
            ...st.variants.flatMap((v) => v.citations.map((c) => c.url)),
            ...st.paraphrases.map((p) => p.url),
          ]);
          for (const u of cited) if (linkTarget(u)) urls.add(linkTarget(u) as string);
        }
        expectNothingLive(message, urls, 'U0BOB');
        for (const t of visibleTexts(message))
          expect(t).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderSlack: Share and More carry the whole invocation (regression: /compare and /who posted an empty query)', () => {
  const buttons = (message: ReturnType<typeof renderSlack>) =>
    message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => [e.action_id, decodeInvocation(e.value)] as const) : []));

  it('a /compare and a /who answer from the seed corpus share with their command and query', async () => {
    const engine = await seedEngine();
    for (const [command, query] of [
      ['compare', 'Bucha'],
      ['who', 'provocation'],
    ] as const) {
      const answer = await dispatch(engine, { command, options: { query } }, silentLogger());
      expect(answer.kind).toBe('compare');
      expect(buttons(renderSlack(answer, { share: true }))).toEqual([[SLACK_ACTIONS.share, { command, options: { query }, page: 0 }]]);
      const invocation = { command, options: { query, outlet: 'Axios' } };
      expect(buttons(renderSlack(answer, { share: true, invocation }))).toEqual([[SLACK_ACTIONS.share, { ...invocation, page: 0 }]]);
    }
  });

  it('More on a long /compare and /who answer shows the next page of the same query', () => {
    const base: StatementView = {
      id: 0,
      speaker: 'Dana Whitfield',
      confidence: 0.8,
      confidenceLabel: 'high',
      outlets: ['A', 'B', 'C'],
      variants: ['A', 'B', 'C'].map((o, i) => ({
        text: `we will not sign a deal that leaves the quay workers behind, version ${i}`,
        outlets: [o],
        citations: [{ ...excerpt(), outlet: o }],
        isBase: i === 0,
        isPartial: false,
        diff: [],
      })),
      paraphrases: [],
    };
    for (const command of ['compare', 'who'] as const) {
      const answer: CompareAnswer = {
        kind: 'compare',
        command,
        query: 'quay workers',
        statements: Array.from({ length: 12 }, (_, id) => ({ ...base, id })),
        singleOutlet: 0,
        notes: [],
      };
      const message = renderSlack(answer, { share: true, invocation: { command, options: { query: 'quay workers' } } });
      expect(buttons(message)).toEqual([
        [SLACK_ACTIONS.share, { command, options: { query: 'quay workers' }, page: 0 }],
        [SLACK_ACTIONS.more, { command, options: { query: 'quay workers' }, page: 1 }],
      ]);
      expectWithinSlackLimits(message);
    }
  });

  it('drops a button whose invocation does not fit in a button value', () => {
    const answer = results([outlet('X', [excerpt()])]);
    const message = renderSlack(answer, {
      share: true,
      invocation: { command: 'quote', options: { query: 'x'.repeat(1_000), outlet: 'y'.repeat(200), speaker: 'z'.repeat(200) } },
    });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(true);
    const huge = renderSlack(answer, { share: true, invocation: { command: 'quote', options: { query: '"'.repeat(1_000) } } });
    expect(huge.blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});
