/**
 * Reading a `/quote` query's words as a speaker: a word that is a country's or an organisation's own
 * name, quoted more under it than every person whose surname it is, stays a topic word (it never
 * picks those people); a person quoted more under that surname is read as the speaker. Every
 * sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { Engine, IndexedCorpus } from '../../src/engine/index.ts';
import { oneArticleFile } from '../support/stored-corpus.ts';

const country = (n: number) =>
  oneArticleFile(
    `state-${n}.md`,
    [`"We will not accept the new border tariff number ${n}," Iran said in a statement on Monday.`],
    `Outlet ${n}`,
  );
const person = (n: number) =>
  oneArticleFile(`person-${n}.md`, [`"The tariff hurts our orchards in season ${n}," said Lena Iran, a farmer in Idaho.`], `Outlet ${n}`);

function engineOf(files: ReturnType<typeof oneArticleFile>[]): Engine {
  const corpus = new IndexedCorpus();
  corpus.applyNow(files, []);
  return new Engine(corpus);
}

describe('a query word read as a speaker', () => {
  it('stays a topic word when a country of that name is quoted more than the people of that surname', () => {
    const engine = engineOf([country(1), country(2), country(3), person(4)]);
    const kinds = engine.speakerList().map((s) => s.name);
    expect(kinds).toContain('Iran');
    expect(kinds).toContain('Lena Iran');
    const answer = engine.search({ command: 'quote', query: 'Iran tariff' });
    expect(answer.kind === 'results' && answer.parsed.speaker).toBeFalsy();
    expect(answer.kind === 'results' && answer.results.length).toBe(4);
  });

  it('is read as the person when the person is quoted more under that surname', () => {
    const engine = engineOf([country(1), person(2), person(3), person(4)]);
    const answer = engine.search({ command: 'quote', query: 'Iran tariff' });
    expect(answer.kind === 'results' && answer.parsed.speaker).toBe('Lena Iran');
  });
});
