/**
 * The presentation step on real answers from the seed corpus (through the real engine) and on small
 * answers built by hand: summary lines, tags, the first-report line, paging slices, and actions
 * that carry the whole invocation for every command.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Invocation } from '../../commands/invocation.ts';
import type { CompareAnswer, Excerpt, OutletResult, ResultsAnswer, StatementView } from '../../src/answer.ts';
import { dispatch } from '../../src/dispatch.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { silentLogger } from '../../src/logger.ts';
import { DEFAULT_PRESENT_OPTIONS, type PresentOptions } from '../../src/present/options.ts';
import { invocationOf, present } from '../../src/present/present.ts';
import type { Card, CompareCard, ResultsCard } from '../../src/present/view.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { seedEngine } from '../support/seed-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

const run = (invocation: Invocation) => dispatch(engine, invocation, silentLogger());

/** A surface with buttons and a one-button "More", like Slack's, but with fixed page sizes. */
const withButtons = (invocation: Invocation, overrides: Partial<PresentOptions> = {}): Partial<PresentOptions> => ({
  ...DEFAULT_PRESENT_OPTIONS,
  invocation,
  paging: 'more',
  share: 'channel',
  ...overrides,
});

function excerpt(outlet: string, overrides: Partial<Excerpt> = {}): Excerpt {
  return {
    article: `${outlet}-1`,
    outlet,
    outletKnown: true,
    headline: 'Harbour strike ends after talks',
    url: `https://example.com/${encodeURIComponent(outlet)}/1`,
    published: '2023-07-18T09:00:00Z',
    paragraph: 4,
    text: 'We have reached an agreement that protects every worker on the quay',
    marks: [[15, 24]],
    isQuote: true,
    speaker: 'Dana Whitfield',
    mention: 'Ms Whitfield',
    cue: 'said',
    score: 1,
    ...overrides,
  };
}

function results(outlets: number, overrides: Partial<ResultsAnswer> = {}): ResultsAnswer {
  const list: OutletResult[] = Array.from({ length: outlets }, (_, i) => {
    const e = excerpt(`Outlet ${i + 1}`);
    return { outlet: e.outlet, outletKnown: true, headline: e.headline, url: e.url, published: e.published, excerpts: [e], more: 0 };
  });
  return {
    kind: 'results',
    command: 'quote',
    query: 'agreement speaker:Whitfield',
    parsed: { terms: ['agreement'], phrases: [], outlets: [], speaker: 'Dana Whitfield' },
    results: list,
    noMatch: ['Quay Daily'],
    total: outlets,
    notes: [],
    ...overrides,
  };
}

/** A statement whose first report quoted only a fragment. */
function partialFirst(): StatementView {
  return {
    id: 7,
    speaker: 'Dana Whitfield',
    confidence: 0.81,
    confidenceLabel: 'high',
    outlets: ['Harbour Post', 'Tide'],
    firstReported: { outlet: 'Harbour Post', published: '2023-07-18T09:00:00Z', headline: 'Strike ends', undatedOutlets: ['Tide'] },
    variants: [
      {
        text: 'protects every worker',
        outlets: ['Harbour Post'],
        citations: [excerpt('Harbour Post')],
        isBase: true,
        isPartial: true,
        diff: [],
      },
      {
        text: 'an agreement that protects every worker on the quay',
        outlets: ['Tide'],
        citations: [excerpt('Tide', { published: undefined })],
        isBase: false,
        isPartial: false,
        diff: [{ op: 'same', text: 'an agreement that protects every worker on the quay' }],
      },
    ],
    paraphrases: [],
  };
}

const compareOf = (statements: StatementView[], command: 'compare' | 'who' = 'compare'): CompareAnswer => ({
  kind: 'compare',
  command,
  query: 'every worker',
  statements,
  singleOutlet: 0,
  notes: [],
});

describe('present: the seed corpus', () => {
  it('says how many quotes by whom about what, from how many outlets', async () => {
    const card = present(await run({ command: 'quote', options: { query: 'Putin Bucha' } }));
    expect(card.summary.text).toBe(
      '3 quotes by Vladimir Putin about Bucha, 9 more from paragraphs about it from 5 outlets, and 7 of the same statements beside it elsewhere',
    );
    expect(card.summary).toMatchObject({
      lead: '3 quotes by Vladimir Putin about Bucha, 9 more from paragraphs about it',
      rest: 'from 5 outlets, and 7 of the same statements beside it elsewhere',
      empty: false,
    });
    const search = present(await run({ command: 'search', options: { query: 'Bucha' } }));
    expect(search.summary.text).toBe('9 passages about Bucha from 5 outlets');
  });

  it('tags each wording, marks identical ones, and names the undated outlet in the first-report line', async () => {
    const card = present(await run({ command: 'compare', options: { query: 'Bucha' } })) as CompareCard;
    expect(card.summary.text).toBe('1 statement matching "Bucha" carried by several outlets');
    const [statement] = card.groups;
    // Axios gives a date without a time: it is neither ranked before nor after The National's timed report that day.
    expect(statement?.firstReport?.line).toBe(
      'first reported 2022-04-26 by The National or Axios (same day, time unknown; ZBC News undated, could be earlier)',
    );
    expect(statement?.wordings.map((w) => [w.label, w.tag])).toEqual([
      ['The National, UrduPoint: identical', 'first full wording'],
      ['ZBC News', undefined],
      ['Axios', 'partial quote'],
    ]);
    expect(statement?.match).toMatch(/^match: (high|medium|low) \(\d\.\d\d\)$/);
  });

  it('answers /who with the speakers', async () => {
    const card = present(await run({ command: 'who', options: { query: 'provocation' } }));
    expect(card.summary.lead).toMatch(/^Who said "provocation" \(quoted by \d outlets\):$/);
    expect(card.summary.rest).toMatch(/^Vladimir Putin \(\d outlets\)/);
  });

  it("gives every command's actions the whole invocation, with the page each one shows", async () => {
    const asked: Invocation[] = [
      { command: 'compare', options: { query: 'Bucha', outlet: 'Axios' } },
      { command: 'who', options: { query: 'provocation' } },
      { command: 'quote', options: { query: 'Putin Bucha', limit: 2 } },
      { command: 'search', options: { query: 'Bucha', speaker: 'Vladimir Putin' } },
      { command: 'sources', options: {} },
    ];
    for (const invocation of asked) {
      const card = present(await run(invocation), withButtons(invocation, { outletsPerPage: 1, statementsPerPage: 1, sourcesPerPage: 2 }));
      expect(card.kind, invocation.command).not.toBe('error');
      const share = card.actions.find((a) => a.kind === 'share');
      expect(share?.invocation, invocation.command).toEqual({ ...invocation, page: 0 });
      const more = card.actions.find((a) => a.kind === 'more');
      if (more) expect(more.invocation).toEqual({ ...invocation, page: 1 });
    }
  });
});

describe('present: paging', () => {
  it('shows the slice of outlets on a page, the range, what is left, and the outlets with nothing only at the end', () => {
    const answer = results(9);
    const invocation: Invocation = { command: 'quote', options: { query: answer.query } };
    const first = present(answer, withButtons(invocation, { outletsPerPage: 4 })) as ResultsCard;
    expect(first.groups.map((g) => g.outlet)).toEqual(['Outlet 1', 'Outlet 2', 'Outlet 3', 'Outlet 4']);
    expect(first.page).toMatchObject({ page: 0, pages: 3, range: 'outlets 1–4 of 9', label: 'page 1 of 3' });
    expect(first.more).toMatchObject({ count: 5, text: '5 more outlets', where: 'the next pages' });
    expect(first.more?.action?.invocation).toEqual({ ...invocation, page: 1 });
    expect(first.noMatch).toEqual([]);

    const last = present(answer, withButtons(invocation, { outletsPerPage: 4, page: 2 })) as ResultsCard;
    expect(last.groups.map((g) => g.outlet)).toEqual(['Outlet 9']);
    expect(last.noMatch).toEqual(['Quay Daily']);
    expect(last.more).toBeUndefined();
    expect(last.actions.map((a) => a.kind)).toEqual(['share']);
  });

  it('takes the page from the invocation when none is given, and pages statements the same way', () => {
    const statements = Array.from({ length: 5 }, (_, i) => ({ ...partialFirst(), id: i }));
    const invocation: Invocation = { command: 'compare', options: { query: 'every worker' }, page: 2 };
    const card = present(compareOf(statements), withButtons(invocation, { statementsPerPage: 2 })) as CompareCard;
    expect(card.page).toMatchObject({ page: 2, first: 4, shown: 1, range: 'statements 5–5 of 5' });
  });

  it('offers previous and next on a surface that pages both ways, the first page\'s "previous" disabled', () => {
    const invocation: Invocation = { command: 'quote', options: { query: 'agreement' } };
    const card = present(results(7), withButtons(invocation, { paging: 'pages', share: 'public', outletsPerPage: 5 }));
    expect(card.actions.map((a) => [a.kind, a.label, a.invocation.page, a.disabled ?? false])).toEqual([
      ['page', '◀ Previous', 0, true],
      ['page', 'Next ▶', 1, false],
      ['share', 'Post publicly', 0, false],
    ]);
  });

  it('gives a surface without buttons a hint to the next page instead of an action', () => {
    const invocation: Invocation = { command: 'quote', options: { query: 'agreement' } };
    const card = present(results(3), { invocation, outletsPerPage: 2 }) as ResultsCard;
    expect(card.actions).toEqual([]);
    expect(card.more?.action).toBeUndefined();
    expect(card.more?.hint).toEqual({ hint: 'next-page', invocation: { ...invocation, page: 1 } });
  });
});

describe('present: defaults and wording', () => {
  it("falls back to the answer's own command and query when no invocation is passed", () => {
    expect(invocationOf(compareOf([partialFirst()], 'who'))).toEqual({ command: 'who', options: { query: 'every worker' } });
    const card = present(compareOf([partialFirst()], 'who'), { paging: 'more', share: 'channel' });
    expect(card.actions[0]?.invocation).toEqual({ command: 'who', options: { query: 'every worker' }, page: 0 });
  });

  it('labels an outlet without metadata, and cites headline, date, paragraph and link', () => {
    const answer = results(1);
    answer.results[0] = {
      ...answer.results[0]!,
      outletKnown: false,
      excerpts: [excerpt('Outlet 1', { outletKnown: false, published: undefined })],
    };
    const card = present(answer) as ResultsCard;
    expect(card.groups[0]?.outletLabel).toBe('Outlet 1 (no metadata)');
    expect(card.groups[0]?.excerpts[0]?.citation).toMatchObject({
      outletNote: '(no metadata)',
      headline: 'Harbour strike ends after talks',
      date: 'undated',
      paragraph: '¶4',
      url: 'https://example.com/Outlet%201/1',
    });
    expect(card.groups[0]?.excerpts[0]?.attribution).toBe('Ms Whitfield said');
  });

  it('never labels a partial first wording "first full wording", on any platform', () => {
    const answer = compareOf([partialFirst()]);
    const card: Card = present(answer);
    expect(card.kind === 'compare' && card.groups[0]?.wordings[0]?.tag).toBe('first wording');
    const outputs = [
      JSON.stringify(renderSlack(answer)),
      JSON.stringify(renderDiscord(answer)),
      renderText(answer, { color: false }),
      renderText(answer, { color: true }),
    ];
    for (const out of outputs) {
      expect(out).not.toContain('first full wording');
      expect(out).toContain('first wording');
    }
  });
});
