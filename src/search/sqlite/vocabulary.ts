/**
 * What the vocabulary says of a term, remembered until the index is next written (the owner
 * clears it on every write, removal and rolled-back write): its passages per field (FTS5's
 * `fts5vocab` counts them by walking the term's whole list: about 10 ms for `trump` at 37k
 * articles, paid by every search of it), and its prefix and typo expansions (a scan of a letter's
 * terms with an edit distance each).
 */
import { LRUCache } from 'lru-cache';
import type { Statements } from './database.ts';

export class VocabularyMemo {
  private readonly frequencies = new LRUCache<string, readonly [number, number]>({ max: 8192 });
  readonly expansions = new LRUCache<string, ReadonlyMap<string, number>>({ max: 4096 });

  /** Passages holding `term` in each field (text, speakers). */
  docFrequency(sql: Statements, term: string): readonly [number, number] {
    let known = this.frequencies.get(term);
    if (!known) {
      const counts: [number, number] = [0, 0];
      for (const row of sql.docCount.all(term)) counts[row.col === 'speakers' ? 1 : 0] = row.doc;
      this.frequencies.set(term, (known = counts));
    }
    return known;
  }

  clear(): void {
    this.frequencies.clear();
    this.expansions.clear();
  }
}
