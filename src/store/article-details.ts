/**
 * The details of stored articles (headline, url, …: `DETAIL_KEYS`), read from `article_rows` when
 * an answer shows them and kept for the last articles read. An answer cites a few hundred articles:
 * `readAhead` reads those not held in one read instead of one each.
 */
import { LRUCache } from 'lru-cache';
import type { ArticleDetails } from './stored-article.ts';

export class ArticleDetailsCache {
  private readonly held = new LRUCache<number, ArticleDetails>({ max: 1024 });

  constructor(
    /** The `details` value of one row, and of many (`[seq, value]`, in one read). */
    private readonly read: { one: (seq: number) => string | undefined; many: (seqs: readonly number[]) => Iterable<[number, string]> },
  ) {}

  get(seq: number): ArticleDetails {
    let details = this.held.get(seq);
    if (!details) {
      details = JSON.parse(this.read.one(seq) ?? '{}') as ArticleDetails;
      this.held.set(seq, details);
    }
    return details;
  }

  /** Reads the details of these rows not held yet, at once (`get` then reads nothing for them). */
  readAhead(seqs: readonly number[]): void {
    const unread = seqs.filter((seq) => !this.held.has(seq));
    if (unread.length < 2) return;
    for (const [seq, details] of this.read.many(unread)) this.held.set(seq, JSON.parse(details) as ArticleDetails);
  }

  /** The article in row `seq` is gone (its row number may be given again). */
  drop(seq: number): void {
    this.held.delete(seq);
  }
}
