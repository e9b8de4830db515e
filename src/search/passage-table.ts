/**
 * The passages an index engine keeps by id, with the ids of each quoted speaker's passages: what
 * every engine needs beside its own postings, to hand whole passages back, to run filter-only
 * queries (`scan`) and speaker-only ones (`scanSpeakers`). One definition for every engine.
 */
import type { Passage } from './passage.ts';
import type { Visibility } from './search-index.ts';

export class PassageTable {
  private readonly byId: Array<Passage | undefined> = [];
  private readonly bySpeaker = new Map<string, Set<number>>();
  private count = 0;

  /** Passages held. */
  get size(): number {
    return this.count;
  }

  /** One past the highest id ever held (for per-id arrays). */
  get idLimit(): number {
    return this.byId.length;
  }

  get(id: number): Passage | undefined {
    return this.byId[id];
  }

  add(p: Passage): void {
    if (this.byId[p.id] === undefined) this.count++;
    this.byId[p.id] = p;
    for (const q of p.quotes) {
      const key = q.quote.speaker?.key;
      if (!key) continue;
      const ids = this.bySpeaker.get(key);
      if (ids) ids.add(p.id);
      else this.bySpeaker.set(key, new Set([p.id]));
    }
  }

  /** Takes the passage out; returns it, or undefined when it was not held. */
  delete(id: number): Passage | undefined {
    const passage = this.byId[id];
    if (passage === undefined) return undefined;
    this.byId[id] = undefined;
    this.count--;
    for (const q of passage.quotes) if (q.quote.speaker) this.bySpeaker.get(q.quote.speaker.key)?.delete(id);
    return passage;
  }

  /** Every passage, in id (corpus) order, that is visible and passes `filter`. */
  *scan(visible: Visibility, filter: (passage: Passage) => boolean): Generator<Passage> {
    for (const p of this.byId) if (p && visible(p) && filter(p)) yield p;
  }

  /** The passages quoting any of these speakers (by key), in id order, visible and passing `filter`. */
  *scanSpeakers(keys: ReadonlySet<string>, visible: Visibility, filter: (passage: Passage) => boolean): Generator<Passage> {
    const ids = new Set<number>();
    for (const key of keys) for (const id of this.bySpeaker.get(key) ?? []) ids.add(id);
    for (const id of [...ids].sort((a, b) => a - b)) {
      const p = this.byId[id];
      if (p && visible(p) && filter(p)) yield p;
    }
  }
}

/**
 * What every index engine shares: the passages it holds, handed back by id and scanned for
 * filter-only and speaker-only queries. An engine extends it and adds its own postings.
 */
export abstract class PassageHoldingIndex {
  protected readonly passages = new PassageTable();

  get(id: number): Passage | undefined {
    return this.passages.get(id);
  }

  scan(visible: Visibility, filter: (passage: Passage) => boolean): Generator<Passage> {
    return this.passages.scan(visible, filter);
  }

  scanSpeakers(keys: ReadonlySet<string>, visible: Visibility, filter: (passage: Passage) => boolean): Generator<Passage> {
    return this.passages.scanSpeakers(keys, visible, filter);
  }
}
