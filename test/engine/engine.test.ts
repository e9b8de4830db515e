import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultsAnswer } from '../../src/answer.ts';
import type { Engine } from '../../src/engine/index.ts';
import { BotError } from '../../src/errors.ts';
import { seedEngine } from '../support/seed-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

const outlets = (a: ResultsAnswer) => a.results.map((r) => r.outlet);
const texts = (a: ResultsAnswer) => a.results.flatMap((r) => r.excerpts.map((e) => e.text));
function excerptsOf(a: ResultsAnswer, outlet: string) {
  return a.results.find((r) => r.outlet === outlet)?.excerpts ?? [];
}

describe('/quote on the seeds', () => {
  it("returns Putin's Bucha quote from The National, UrduPoint and ZBC News", () => {
    const a = engine.search({ command: 'quote', query: 'Putin Bucha' });
    expect(a.parsed.speaker).toBe('Vladimir Putin');
    expect(a.parsed.terms).toEqual(['Bucha']);
    expect(outlets(a)).toEqual(expect.arrayContaining(['The National', 'UrduPoint', 'ZBC News']));
    for (const e of a.results.flatMap((r) => r.excerpts)) expect(e.speaker).toBe('Vladimir Putin');
  });

  it('shows where the renderings differ: "village of Bucha" in two outlets, "city of Bucha" in the third', () => {
    const a = engine.search({ command: 'quote', query: 'Putin Bucha' });
    expect(excerptsOf(a, 'The National')[0]?.text).toContain('provocation in the village of Bucha');
    expect(excerptsOf(a, 'UrduPoint')[0]?.text).toContain('provocation in the village of Bucha');
    expect(excerptsOf(a, 'ZBC News')[0]?.text).toContain('provocation in the city of Bucha');
  });

  it('cites each excerpt with outlet, headline, date, paragraph and link', () => {
    const a = engine.search({ command: 'quote', query: 'Putin Bucha' });
    const national = excerptsOf(a, 'The National')[0];
    expect(national).toMatchObject({
      outlet: 'The National',
      headline: "Vladimir Putin tells UN chief he still has 'hope' in Ukraine talks",
      published: expect.stringMatching(/^2022-04-26/),
      url: 'https://www.thenationalnews.com/world/2022/04/26/vladimir-putin-tells-un-chief-he-still-has-hope-in-ukraine-talks/',
      isQuote: true,
    });
    expect(national?.paragraph).toBeGreaterThan(0);
    expect(national?.marks.length).toBeGreaterThan(0);
  });

  it('lists the outlets that have nothing matching', () => {
    const a = engine.search({ command: 'quote', query: 'Putin Bucha' });
    for (const o of a.noMatch) expect(outlets(a)).not.toContain(o);
    expect([...outlets(a), ...a.noMatch].sort()).toEqual(['Axios', 'PlayCrazyGame', 'The National', 'UrduPoint', 'ZBC News']);
  });

  it('filters by an explicit speaker: filter', () => {
    const a = engine.search({ command: 'quote', query: 'speaker:guterres' });
    expect(a.results.length).toBeGreaterThan(0);
    for (const e of a.results.flatMap((r) => r.excerpts)) expect(e.speaker).toMatch(/Guterres/);
  });

  it('keeps an unnamed source as its description', () => {
    const a = engine.search({ command: 'quote', query: '"not a good idea"' });
    expect(excerptsOf(a, 'Axios')[0]?.speaker).toMatch(/adviser to Zelensky/i);
  });

  it('gives the same answer every time', () => {
    const first = engine.search({ command: 'quote', query: 'Putin talks' });
    const second = engine.search({ command: 'quote', query: 'Putin talks' });
    expect(second).toEqual(first);
  });
});

describe('/search on the seeds', () => {
  it('finds passages in every outlet that mentions the words, best outlet first', () => {
    const a = engine.search({ command: 'search', query: 'Mariupol' });
    expect(a.results.length).toBeGreaterThanOrEqual(3);
    const scores = a.results.map((r) => r.excerpts[0]?.score ?? 0);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('finds nothing for cats: the "Check Also" teaser is not part of the article', () => {
    const a = engine.search({ command: 'search', query: 'cats' });
    expect(a.results).toEqual([]);
  });

  it('finds no Covid headline from the "Recent Stories" list', () => {
    const a = engine.search({ command: 'search', query: 'Covid' });
    expect(texts(a).join(' ')).not.toMatch(/60% of US population/);
    expect(outlets(a)).not.toContain('UrduPoint');
  });

  it('never returns page furniture in an excerpt', () => {
    const furniture =
      /Recent Stories|Related Topics|Check Also|Go deeper|About Us|©|All rights|Live updates|Sputnik \/ AFP|Getty|UrduPoint Network|minutes ago|About Abhishek/;
    for (const q of ['Putin', 'Guterres', 'Russia', 'UN', 'news', 'Pakistan']) {
      const found = texts(engine.search({ command: 'search', query: q, perOutlet: 10 }));
      expect(found.length, q).toBeGreaterThan(0);
      for (const t of found) expect(t).not.toMatch(furniture);
    }
    // Words that occur on the seed pages only in furniture (the network's name, photo credits) find nothing.
    for (const q of ['Urdu', 'photo']) expect(engine.search({ command: 'search', query: q, perOutlet: 10 }).results, q).toEqual([]);
  });

  it('matches an exact phrase only where it is written', () => {
    const a = engine.search({ command: 'search', query: '"city of Bucha"' });
    expect(outlets(a)).toEqual(['ZBC News']);
  });

  it('filters by outlet, by name or part of it', () => {
    expect(outlets(engine.search({ command: 'search', query: 'Bucha outlet:axios' }))).toEqual(['Axios']);
    expect(outlets(engine.search({ command: 'search', query: 'Bucha outlet:"the national"' }))).toEqual(['The National']);
    expect(outlets(engine.search({ command: 'search', query: 'Bucha', outlet: 'zbc' }))).toEqual(['ZBC News']);
  });

  it('filters by date and says how many undated articles it left out', () => {
    const a = engine.search({ command: 'search', query: 'Bucha until:2022-04-26' });
    expect(outlets(a).sort()).toEqual(['Axios', 'The National']);
    expect(a.notes.join(' ')).toMatch(/1 article\(s\) with no date/);
  });

  it('falls back to any word when no passage has them all, and says so', () => {
    const a = engine.search({ command: 'search', query: 'Mariupol zeppelin' });
    expect(a.results.length).toBeGreaterThan(0);
    expect(a.notes.join(' ')).toMatch(/any of them/);
  });

  it('folds accents: Antonio finds António', () => {
    const a = engine.search({ command: 'search', query: '"Antonio Guterres"' });
    expect(outlets(a)).toEqual(expect.arrayContaining(['PlayCrazyGame', 'Axios']));
  });
});

describe('bad queries', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof BotError ? e.code : 'not a BotError';
    }
    return 'no error';
  };

  it('rejects an unknown outlet and lists the known ones', () => {
    expect(code(() => engine.search({ command: 'search', query: 'Bucha outlet:bbc' }))).toBe('unknown_outlet');
    try {
      engine.search({ command: 'search', query: 'Bucha outlet:bbc' });
    } catch (e) {
      expect((e as Error).message).toBe(
        'No outlet matches "bbc". Outlets in the corpus: Axios, PlayCrazyGame, The National, UrduPoint, ZBC News.',
      );
    }
  });

  it('rejects an unknown speaker', () => {
    expect(code(() => engine.search({ command: 'quote', query: 'speaker:napoleon' }))).toBe('unknown_speaker');
  });

  it.each(['', 'the of', 'x'.repeat(10_000), 'a\u0001b', '"Bucha'])('answers %j with a coded error, never a crash', (q) => {
    expect(code(() => engine.search({ command: 'quote', query: q }))).not.toMatch(/no error|not a BotError/);
  });
});

describe('/sources', () => {
  it('lists the five outlets with article counts and dates', () => {
    const s = engine.sources();
    expect(s.articles).toBe(5);
    expect(s.outlets.map((o) => o.outlet).sort()).toEqual(['Axios', 'PlayCrazyGame', 'The National', 'UrduPoint', 'ZBC News']);
    expect(s.outlets.find((o) => o.outlet === 'UrduPoint')).toMatchObject({ articles: 1, from: '2022-04-27', to: '2022-04-27' });
    expect(s.quotes).toBeGreaterThan(20);
  });
});

describe('restricted outlets', () => {
  const hidden = new Set(['ZBC News']);

  it('hides a restricted outlet from results, the no-match line and sources', () => {
    const a = engine.search({ command: 'quote', query: 'Putin Bucha', hiddenOutlets: hidden });
    expect(outlets(a)).not.toContain('ZBC News');
    expect(a.noMatch).not.toContain('ZBC News');
    expect(a.statements?.flatMap((s) => s.outlets)).not.toContain('ZBC News');
    expect(engine.sources(hidden).outlets.map((o) => o.outlet)).not.toContain('ZBC News');
    expect(engine.outletNames(hidden)).not.toContain('ZBC News');
  });

  it('hides a restricted outlet from comparisons and /who', () => {
    const compare = engine.compare({ query: 'Bucha', hiddenOutlets: hidden });
    expect(compare.statements.flatMap((s) => s.variants.flatMap((v) => v.outlets))).not.toContain('ZBC News');
    expect(engine.who('"major breakthrough"', hidden).statements).toEqual([]);
  });
});

describe('suggestions for what the user is typing', () => {
  it('offers outlet names starting with the text first, then names with a word starting with it', () => {
    expect(engine.outletSuggestions('nat')).toEqual(['The National']);
    expect(engine.outletSuggestions('n')).toEqual(['The National', 'ZBC News', 'UrduPoint']);
    expect(engine.outletSuggestions('', new Set(['Axios']))).toEqual(engine.outletNames(new Set(['Axios'])));
  });

  it('offers speakers with their quote counts, accents and case ignored', () => {
    const [first] = engine.speakerSuggestions('GUTERRES');
    expect(first?.name).toBe('António Guterres');
    expect(first?.quotes).toBeGreaterThan(0);
    expect(engine.speakerSuggestions('antonio')[0]?.name).toBe('António Guterres');
    expect(engine.speakerSuggestions('zzqx')).toEqual([]);
  });
});
