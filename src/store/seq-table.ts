/**
 * Values by article row number (`seq`), in an array: rows are numbered from 1 with few gaps, and a
 * `Map` of half a million numbers cost about four times as much to fill at start (500k articles).
 * A `ReadonlyMap` to its readers.
 */
export class SeqTable<V> implements ReadonlyMap<number, V> {
  private readonly slots: Array<V | undefined> = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(seq: number): V | undefined {
    return this.slots[seq];
  }

  has(seq: number): boolean {
    return this.slots[seq] !== undefined;
  }

  set(seq: number, value: V): this {
    if (this.slots[seq] === undefined) this.count++;
    // Filled in order, the array stays a plain list (a write far past its end would make it a dictionary).
    while (this.slots.length < seq) this.slots.push(undefined);
    this.slots[seq] = value;
    return this;
  }

  delete(seq: number): boolean {
    if (this.slots[seq] === undefined) return false;
    this.slots[seq] = undefined;
    this.count--;
    return true;
  }

  *entries(): MapIterator<[number, V]> {
    for (let seq = 0; seq < this.slots.length; seq++) {
      const value = this.slots[seq];
      if (value !== undefined) yield [seq, value];
    }
  }

  *keys(): MapIterator<number> {
    for (const [seq] of this.entries()) yield seq;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(each: (value: V, seq: number, map: ReadonlyMap<number, V>) => void): void {
    for (const [seq, value] of this.entries()) each(value, seq, this);
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
}
