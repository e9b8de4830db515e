/**
 * The Discord renderer on hand-built answers: layout, escaping and paging. The property tests (any
 * answer within every Discord limit, no mention from the input) are in `discord-properties.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { CompareAnswer, Excerpt, HelpAnswer, ResultsAnswer, SourcesAnswer, StatementView } from '../../src/answer.ts';
import { DISCORD_LIMITS, escapeMarkdown, renderDiscord } from '../../src/render/discord.ts';
import { fakeResults } from '../support/discord-fake-engine.ts';
import { boldMarkers, maskedLinksNotFrom } from '../support/discord-checks.ts';

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
