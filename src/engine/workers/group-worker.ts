/** A grouping worker (`GroupPool`): lists of quotes as plain data in, their statements as member positions out. */
import Database from 'better-sqlite3';
import { groupStatements, type QuoteInArticle } from '../../compare/statements.ts';
import type { Article } from '../../corpus/article.ts';
import type { Quote, Speaker } from '../../quotes/quote.ts';
import type { GroupedStatement, GroupRequest } from './group-pool.ts';
import { answerRequests } from '../../corpus/request-workers.ts';

/** The database's paragraph reader, opened read-only once per file. */
const readers = new Map<string, (id: number) => string>();
function paragraphReader(file: string): (id: number) => string {
  let read = readers.get(file);
  if (!read) {
    const select = new Database(file, { readonly: true, fileMustExist: true })
      .prepare<[number], string>('SELECT text FROM paragraphs WHERE id = ?')
      .pluck();
    readers.set(file, (read = (id) => select.get(id) ?? ''));
  }
  return read;
}

/** Entries rebuilt from a request: one object per speaker and per article, as in the sender's lists. */
function entriesOf(request: GroupRequest): QuoteInArticle[] {
  const read = request.database ? paragraphReader(request.database) : undefined;
  const speakers = request.speakers.map(([kind, key, name]): Speaker => ({ kind, key, name }) as Speaker);
  const contexts = new Map<Article, Map<number, string | number>>();
  const articles = request.articles.map(([id, outlet, published]) => {
    const byParagraph = new Map<number, string | number>();
    const article = {
      id,
      outlet,
      ...(published !== undefined ? { published } : {}),
      paragraphs: [],
      paragraph: (index: number) => {
        const known = byParagraph.get(index) ?? '';
        return typeof known === 'number' ? (read?.(known) ?? '') : known;
      },
    } as unknown as Article;
    contexts.set(article, byParagraph);
    return article;
  });
  return request.texts.map((text, i) => {
    const article = articles[request.articleOf[i]!]!;
    const paragraph = request.paragraphs[i]!;
    const row = request.paragraphIds[i]!;
    const c = request.contextOf[i]!;
    contexts.get(article)!.set(paragraph, row >= 0 ? row : c >= 0 ? request.contexts[c]! : '');
    const s = request.speakerOf[i]!;
    const part = request.partStarts[i]!;
    const quote = {
      text,
      start: request.starts[i]!,
      paragraph,
      ...(s >= 0 ? { speaker: speakers[s] } : {}),
      ...(part >= 0 ? { partOf: { start: part, index: request.partIndexes[i]! } } : {}),
    } as Quote;
    return { article, quote };
  });
}

answerRequests((request: GroupRequest): GroupedStatement[][] => {
  const entries = entriesOf(request);
  const grouped: GroupedStatement[][] = [];
  for (let l = 0; l + 1 < request.offsets.length; l++) {
    const list = entries.slice(request.offsets[l], request.offsets[l + 1]);
    const position = new Map(list.map((e, i) => [e, i]));
    grouped.push(
      groupStatements(list).map((s): GroupedStatement => {
        const members = s.members.map((m) => position.get(m)!);
        const named = members[s.members.findIndex((m) => m.quote.speaker === s.speaker)]!;
        return [members, named, s.outlets, s.confidence];
      }),
    );
  }
  return grouped;
});
