/**
 * A hand-built engine for the Discord platform tests: fixed answers with markdown, mentions and
 * enough outlets to page, so those tests don't depend on the corpus. Only the methods the commands
 * and autocomplete call are here.
 */
import type { Excerpt, OutletResult, ResultsAnswer, SourcesAnswer } from '../../src/answer.ts';
import type { Engine, SearchRequest } from '../../src/engine/engine.ts';
import { BotError } from '../../src/errors.ts';
import { rankByTyped } from '../../src/engine/suggest.ts';

export const FAKE_OUTLETS = ['Axios', 'The National', 'Reuters', 'AP News', 'Le Monde', 'Kyiv Independent'];

function excerpt(outlet: string, n: number): Excerpt {
  const text = `There was a provocation in the village of Bucha *${outlet}* @everyone <@123456789012345678> (${n})`;
  const start = text.indexOf('Bucha');
  return {
    article: `${outlet.toLowerCase().replace(/\W+/g, '-')}-${n}.md`,
    outlet,
    outletKnown: true,
    headline: `Putin and Guterres meet [${outlet}] #${n}`,
    url: `https://example.com/${encodeURIComponent(outlet)}/${n}`,
    published: '2022-04-26T10:00:00Z',
    paragraph: 7,
    text,
    marks: [[start, start + 5]],
    isQuote: true,
    speaker: 'Vladimir Putin',
    mention: 'Mr Putin',
    cue: 'said',
    score: 1,
  };
}

function outletResult(outlet: string): OutletResult {
  const excerpts = [excerpt(outlet, 1), excerpt(outlet, 2)];
  return {
    outlet,
    outletKnown: true,
    headline: excerpts[0]!.headline,
    url: excerpts[0]!.url,
    published: excerpts[0]!.published,
    excerpts,
    more: 1,
  };
}

export function fakeResults(request: SearchRequest): ResultsAnswer {
  const results = FAKE_OUTLETS.filter((o) => !request.outlet || o.toLowerCase().includes(request.outlet.toLowerCase())).map(outletResult);
  return {
    kind: 'results',
    command: request.command,
    query: request.query,
    parsed: {
      terms: request.query.split(/\s+/).filter(Boolean),
      phrases: [],
      outlets: request.outlet ? [request.outlet] : [],
      speaker: 'Vladimir Putin',
    },
    results,
    noMatch: ['Daily Mail'],
    total: results.length * 3,
    notes: [],
  };
}

const SOURCES: SourcesAnswer = {
  kind: 'sources',
  command: 'sources',
  outlets: FAKE_OUTLETS.map((outlet) => ({ outlet, outletKnown: true, articles: 1, quotes: 4, from: '2022-04-05', to: '2022-04-26' })),
  articles: FAKE_OUTLETS.length,
  passages: 60,
  quotes: 24,
  speakers: 3,
  skipped: [],
  warnings: [],
};

const FAKE_SPEAKERS = [
  { name: 'Vladimir Putin', quotes: 12 },
  { name: 'António Guterres', quotes: 9 },
  { name: 'Volodymyr Zelensky', quotes: 7 },
];

export function fakeEngine(): Engine {
  const engine = {
    search(request: SearchRequest): ResultsAnswer {
      if (!request.query.trim()) throw new BotError('empty_query');
      if (request.query.includes('boom')) throw new Error('engine exploded');
      return fakeResults(request);
    },
    sources: () => SOURCES,
    outletNames: () => [...FAKE_OUTLETS],
    speakerList: () => [...FAKE_SPEAKERS],
    // The real engine's ranking, over the fake names.
    outletSuggestions: (typed: string) => rankByTyped(FAKE_OUTLETS, typed, (name) => name),
    speakerSuggestions: (typed: string) => rankByTyped(FAKE_SPEAKERS, typed, (s) => s.name),
  };
  return engine as unknown as Engine;
}
