/**
 * The store's answers for an audience that may not see some articles (an outlet restricted to
 * other channels, an embargo in force): which speakers quote in those articles, counted from the
 * `quote_speakers` table by article row (its index on `seq`), no quote decoded. The speaker view
 * then regroups only the families of names those speakers belong to (`CorpusView.speakersFor`).
 */
import type Database from 'better-sqlite3';
import type { Article } from '../corpus/article.ts';
import type { SpeakerTotal } from '../engine/corpus-quotes.ts';
import type { Speaker } from '../quotes/quote.ts';
import { QuoteTables } from './quote-tables.ts';
import type { QuoteShelf } from './quote-shelf.ts';
import type { SpeakerRanks } from './speaker-ranks.ts';
import { StoredArticle } from './stored-article.ts';

export class AudienceTables extends QuoteTables {
  private speakersAt: Database.Statement<[number], number> | undefined;

  constructor(
    private readonly database: () => Database.Database,
    private readonly rows: ReadonlyMap<number, StoredArticle>,
    shelf: QuoteShelf,
    private readonly speakersById: readonly Speaker[],
    speakerCounts: readonly number[],
    ranks: SpeakerRanks,
  ) {
    super(database, rows, shelf, speakersById, speakerCounts, ranks);
  }

  /**
   * The speakers of the quotes of these articles, each with how many quotations it has (undefined
   * when one of them is not the store's: the caller reads their quotes instead).
   */
  speakersIn(articles: readonly Article[]): SpeakerTotal[] | undefined {
    // A later part of a quotation running over paragraphs is not counted (`countsAsQuotation`).
    this.speakersAt ??= this.database().prepare<[number], number>('SELECT speaker FROM quote_speakers WHERE seq = ? AND NOT later').pluck();
    const counts = new Map<number, number>();
    for (const article of articles) {
      if (!(article instanceof StoredArticle) || this.rows.get(article.seq) !== article) return undefined;
      for (const id of this.speakersAt.all(article.seq)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const out: SpeakerTotal[] = [];
    for (const [id, quotes] of counts) {
      const speaker = this.speakersById[id];
      if (speaker) out.push({ speaker, quotes });
    }
    return out;
  }
}
