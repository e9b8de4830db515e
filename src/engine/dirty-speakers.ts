/**
 * Speakers whose quotes changed, also looked up by surname. A build defers every speaker and then
 * settles them a chunk at a time; each speaker saved asks whether anyone of its surname is still
 * waiting, so that question must not walk the whole set (at 37k that walk, 38k speakers per saved
 * speaker, was two thirds of settling's time).
 */

import { push } from './multimap.ts';

/** The surname of a speaker key (its last word). */
export function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Speaker keys by surname, each list sorted (`['ann lee', 'bo lee']` under `lee`). */
export function keysBySurname(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) push(out, surnameOf(key), key);
  for (const list of out.values()) list.sort();
  return out;
}

export class DirtySpeakers implements Iterable<string> {
  private readonly keys = new Set<string>();
  private readonly bySurname = new Map<string, Set<string>>();

  get size(): number {
    return this.keys.size;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  add(key: string): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    const surname = surnameOf(key);
    let same = this.bySurname.get(surname);
    if (!same) this.bySurname.set(surname, (same = new Set()));
    same.add(key);
  }

  delete(key: string): boolean {
    if (!this.keys.delete(key)) return false;
    const surname = surnameOf(key);
    const same = this.bySurname.get(surname);
    same?.delete(key);
    if (same?.size === 0) this.bySurname.delete(surname);
    return true;
  }

  clear(): void {
    this.keys.clear();
    this.bySurname.clear();
  }

  /** The waiting speakers of one surname, in the order they were added. */
  ofSurname(surname: string): string[] {
    return [...(this.bySurname.get(surname) ?? [])];
  }

  hasSurname(surname: string): boolean {
    return this.bySurname.has(surname);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.keys[Symbol.iterator]();
  }
}
