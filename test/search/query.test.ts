import { describe, expect, it } from 'vitest';
import { BotError } from '../../src/errors.ts';
import { MAX_QUERY_LENGTH, parsePhrase, parseQuery } from '../../src/search/query.ts';

function errorOf(query: string): BotError {
  try {
    parseQuery(query);
  } catch (e) {
    if (e instanceof BotError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(query)}`);
}

describe('parseQuery', () => {
  it('splits words, exact phrases and filters', () => {
    const q = parseQuery('Putin "village of Bucha" outlet:axios speaker:putin since:2022-04 until:2022');
    expect(q.terms).toEqual(['Putin']);
    expect(q.phrases).toEqual(['village of Bucha']);
    expect(q.outlets).toEqual(['axios']);
    expect(q.speaker).toBe('putin');
    expect(q.since).toBe('2022-04-01');
    expect(q.until).toBe('2022-12-31');
  });

  it('reads quoted filter values and curly-quoted phrases', () => {
    const q = parseQuery('outlet:"The National" outlet:zbc “city of Bucha”');
    expect(q.outlets).toEqual(['The National', 'zbc']);
    expect(q.phrases).toEqual(['city of Bucha']);
  });

  it('drops stop words but keeps them inside phrases', () => {
    const q = parseQuery('the talks of "the city of Bucha"');
    expect(q.terms).toEqual(['talks']);
    expect(q.dropped).toEqual(['the', 'of']);
    expect(q.phrases).toEqual(['the city of Bucha']);
  });

  it('keeps hyphenated and apostrophe words whole', () => {
    expect(parseQuery("covid-19 Russia's").terms).toEqual(['covid-19', "Russia's"]);
  });

  it('accepts a query made only of filters', () => {
    expect(parseQuery('speaker:guterres').terms).toEqual([]);
  });

  it('treats tabs and newlines as spaces', () => {
    expect(parseQuery('Putin\tBucha\nKyiv').terms).toEqual(['Putin', 'Bucha', 'Kyiv']);
  });

  it.each([
    ['', 'empty_query'],
    ['   ', 'empty_query'],
    ['the of and', 'stopwords_only'],
    ['x'.repeat(10_000), 'query_too_long'],
    ['Putin\u0007Bucha', 'control_characters'],
    ['"village of Bucha', 'unbalanced_quotes'],
    ['source:axios', 'unknown_filter'],
    ['since:yesterday', 'bad_date'],
    ['until:2022-02-30', 'bad_date'],
    ['since:2023 until:2022', 'bad_date_range'],
    ['until:'.repeat(59), 'bad_date'],
    [`since:${'9'.repeat(300)}`, 'bad_date'],
  ])('rejects %j with a one-line %s message', (query, code) => {
    const error = errorOf(query);
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('\n');
    expect(error.message.length).toBeLessThan(200);
  });

  it('says how long a query was and what the limit is', () => {
    expect(errorOf('x'.repeat(10_000)).message).toBe(`The query is 10,000 characters long; the limit is ${MAX_QUERY_LENGTH}.`);
  });

  it('names the control character it found', () => {
    expect(errorOf('a\u0000b').message).toContain('U+0000');
  });
});

describe('parsePhrase (/who)', () => {
  it('takes unquoted text as one exact phrase, whitespace tidied, stop words kept', () => {
    expect(parsePhrase('  we will  not   give up ')).toMatchObject({
      raw: 'we will not give up',
      terms: [],
      phrases: ['we will not give up'],
    });
  });

  it('reads quoted text as a query, so several phrases can be asked for', () => {
    expect(parsePhrase('“peace talks” "next week"').phrases).toEqual(['peace talks', 'next week']);
  });

  it('drops stray closing marks, and rejects what no query may hold', () => {
    expect(parsePhrase('great breakthrough”').phrases).toEqual(['great breakthrough']);
    for (const bad of ['', '  ', '"', 'a\u0001b', 'x'.repeat(MAX_QUERY_LENGTH + 1)]) expect(() => parsePhrase(bad)).toThrow(BotError);
  });
});
