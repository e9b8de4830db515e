import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupStatements, type QuoteInArticle, type Statement } from '../../src/compare/statements.ts';
import { compareTokens, identityKey } from '../../src/compare/tokens.ts';
import { partialDiff } from '../../src/compare/view.ts';
import { wordDiff } from '../../src/compare/word-diff.ts';
import type { Article } from '../../src/corpus/article.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { Quote } from '../../src/quotes/quote.ts';
import { renderText } from '../../src/render/text.ts';
import { seedEngine } from '../support/seed-engine.ts';

interface Fixture {
  statements: Array<{ name: string; speaker: string; members: Array<{ outlet: string; contains: string }> }>;
  separate: Array<[string, string]>;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/seed-statements.json', import.meta.url), 'utf8')) as Fixture;

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

function statementWith(outlet: string, contains: string, speaker: string): Statement | undefined {
  return engine
    .statementList()
    .find((s) => s.speaker.name === speaker && s.members.some((m) => m.article.outlet === outlet && m.quote.text.includes(contains)));
}

describe('statement grouping on the seeds (hand-checked fixture)', () => {
  it.each(fixture.statements.map((s) => [s.name, s] as const))('groups "%s" across its outlets', (_name, expected) => {
    const first = expected.members[0]!;
    const statement = statementWith(first.outlet, first.contains, expected.speaker);
    expect(statement, `no statement has ${first.outlet}: ${first.contains}`).toBeDefined();
    for (const m of expected.members) {
      expect(
        statement!.members.some((x) => x.article.outlet === m.outlet && x.quote.text.includes(m.contains)),
        `${m.outlet}: ${m.contains}`,
      ).toBe(true);
    }
    expect(statement!.confidence).toBeGreaterThan(0);
  });

  it.each(fixture.separate)('does not merge "%s" with "%s"', (a, b) => {
    const find = (name: string) => {
      const s = fixture.statements.find((x) => x.name === name)!;
      return statementWith(s.members[0]!.outlet, s.members[0]!.contains, s.speaker);
    };
    expect(find(a)).toBeDefined();
    expect(find(a)).not.toBe(find(b));
  });

  it('never puts two speakers in one statement', () => {
    for (const s of engine.statementList()) expect(new Set(s.members.map((m) => m.quote.speaker?.key)).size).toBe(1);
  });
});

describe('/compare and /who on the seeds', () => {
  it('/compare Bucha shows the village/city difference, merges identical wordings and names the first report', () => {
    const a = engine.compare({ query: 'Bucha' });
    const bucha = a.statements.find((s) => s.variants.some((v) => v.text.includes('village of Bucha')))!;
    expect(bucha.speaker).toBe('Vladimir Putin');
    const identical = bucha.variants.find((v) => v.outlets.length === 2)!;
    expect(identical.outlets.sort()).toEqual(['The National', 'UrduPoint']);
    const zbc = bucha.variants.find((v) => v.outlets.includes('ZBC News'))!;
    expect(zbc.diff).toContainEqual({ op: 'removed', text: 'village' });
    expect(zbc.diff).toContainEqual({ op: 'added', text: 'city' });
    expect(bucha.firstReported?.published).toMatch(/^2022-04-26/);
    expect(bucha.firstReported?.undatedOutlets).toEqual(['ZBC News']);
  });

  it('/compare breakthrough marks "major" against "great", and calls neither fragment a full wording', () => {
    const a = engine.compare({ query: 'breakthrough' });
    const s = a.statements[0]!;
    expect(s.outlets).toEqual(['PlayCrazyGame', 'ZBC News']);
    // Both outlets quote a fragment inside their own sentence: the first published is the base, still a fragment.
    expect(s.variants.every((v) => v.isPartial)).toBe(true);
    const zbc = s.variants.find((v) => v.outlets.includes('ZBC News'))!;
    expect(zbc.diff).toContainEqual({ op: 'removed', text: 'great' });
    expect(zbc.diff.some((d) => d.op === 'added' && d.text.includes('major'))).toBe(true);
  });

  it('/who "great breakthrough" names Putin and the outlets that carried it', () => {
    const a = engine.who('"great breakthrough"');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Vladimir Putin']);
    expect(a.statements[0]!.outlets).toEqual(['PlayCrazyGame', 'ZBC News']);
  });

  it('/who says so when no quotation has the words', () => {
    const a = engine.who('zeppelin armada');
    expect(a.statements).toEqual([]);
    expect(a.notes.join(' ')).toMatch(/No direct quotation contains "zeppelin armada"/);
  });

  it('/quote answers end with the statements several outlets carry', () => {
    const a = engine.search({ command: 'quote', query: 'Putin Bucha' });
    expect(a.statements?.some((s) => s.outlets.includes('ZBC News') && s.outlets.includes('The National'))).toBe(true);
  });

  it('renders a comparison as readable text', () => {
    const text = renderText(engine.compare({ query: 'Bucha' }), { color: false });
    expect(text).toContain('The National, UrduPoint: identical');
    expect(text).toContain('[-village-]{+city+}');
    expect(text).toMatch(/match: (high|medium|low) \(0\.\d\d|1\.00\)/);
  });
});

describe('grouping rules', () => {
  const article = (id: string, outlet: string, published: string, paragraphs: string[] = ['']): Article => ({
    id,
    file: id,
    outlet,
    outletKnown: true,
    headline: id,
    published,
    paragraphs,
    removedParagraphs: 0,
  });
  const quote = (text: string, speaker = 'vladimir putin', kind: Quote['kind'] = 'full'): Quote => ({
    text,
    start: 0,
    end: text.length,
    paragraph: 0,
    kind,
    speaker: { name: speaker, key: speaker, kind: 'person' },
  });
  const q = (a: Article, text: string, speaker?: string): QuoteInArticle => ({ article: a, quote: quote(text, speaker) });

  it('treats Kiev and Kyiv, [talks] and (talks) as the same wording', () => {
    expect(compareTokens('talks with Kiev [talks]')).toEqual(compareTokens('talks with Kyiv (talks)'));
    expect(identityKey('we do not reject [talks].')).toBe(identityKey('We do not reject (talks)'));
  });

  it('groups a quote one outlet split in two with the outlet that ran it whole', () => {
    const a = article('a', 'A', '2022-04-26');
    const b = article('b', 'B', '2022-04-26');
    const groups = groupStatements([
      q(a, 'We will not allow anyone to threaten the security of our country and our citizens.'),
      q(
        b,
        'We will not allow anyone to threaten the security of our country and our citizens. We will respond to every provocation with force.',
      ),
      q(a, 'We will respond to every provocation with force.'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.outlets).toEqual(['A', 'B']);
  });

  it('keeps different utterances apart even when they share a few words', () => {
    const a = article('a', 'A', '2022-04-26');
    const b = article('b', 'B', '2022-04-26');
    const groups = groupStatements([
      q(a, 'The economy of our country is growing faster than anyone expected this year.'),
      q(b, 'Our army will defend the country against any attack from the west.'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('does not group the same words from different speakers', () => {
    const a = article('a', 'A', '2022-04-26');
    const b = article('b', 'B', '2022-04-26');
    const groups = groupStatements([
      q(a, 'We need a ceasefire now and humanitarian corridors for civilians.', 'x'),
      q(b, 'We need a ceasefire now and humanitarian corridors for civilians.', 'y'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('does not compare quotes published months apart', () => {
    const a = article('a', 'A', '2022-01-01');
    const b = article('b', 'B', '2022-09-01');
    const text = 'We need a ceasefire now and humanitarian corridors for civilians.';
    expect(groupStatements([q(a, text), q(b, text)])).toHaveLength(2);
  });

  it('diffs word by word, ignoring case', () => {
    expect(wordDiff('in the village of Bucha', 'In the city of Bucha')).toEqual([
      { op: 'same', text: 'In the ' },
      { op: 'removed', text: 'village' },
      { op: 'added', text: 'city' },
      { op: 'same', text: ' of Bucha' },
    ]);
    expect(partialDiff('we achieved a major breakthrough in Istanbul', 'great breakthrough').map((p) => p.op)).toEqual([
      'removed',
      'added',
      'same',
    ]);
  });
});
