/** Keeping article ids unique: a repeated id gets a `~2`, `~3`… suffix and a warning. */
import type { Article, SkippedFile } from './article.ts';

export class UniqueIds {
  private readonly seen = new Set<string>();

  /** Renames `article` in place if its id was seen before; returns the warning to report, if any. */
  claim(article: Article): SkippedFile | undefined {
    const original = article.id;
    if (!this.seen.has(original)) {
      this.seen.add(original);
      return undefined;
    }
    let n = 2;
    while (this.seen.has(`${original}~${n}`)) n++;
    article.id = `${original}~${n}`;
    this.seen.add(article.id);
    return { file: article.file, reason: `duplicate id '${original}'; renamed to '${article.id}'` };
  }
}
