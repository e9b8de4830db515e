/**
 * Which articles are live: those of the file versions shown, not those of a version a change is
 * still indexing (staged) or one it replaced or removed (retired). An article names its file, so
 * only the files a change staged a new version of need their articles told apart, by a set per
 * shown version; every other file's articles are live while a file of their name is shown. A start
 * shows every file with no set of every article (0.2 s at 500k articles).
 */
import type { Article } from '../corpus/article.ts';
import type { IndexedFile } from './corpus-types.ts';

export class LiveArticles {
  /** The articles of shown versions of files a change staged another version of. */
  private readonly members = new WeakMap<IndexedFile, Set<Article>>();
  private readonly versioned = new Set<string>();

  /** True when `article` belongs to the version of its file shown (`shown`: the shown files by name). */
  isLive(shown: ReadonlyMap<string, IndexedFile>, article: Article): boolean {
    const f = shown.get(article.file);
    return f !== undefined && (this.members.get(f)?.has(article) ?? true);
  }

  /** A version of the file `name` is staged (`current`: its version shown, if any). */
  staging(name: string, current: IndexedFile | undefined): void {
    this.versioned.add(name);
    if (current && !this.members.has(current)) this.members.set(current, new Set(current.load.articles));
  }

  /** `f` is shown. */
  shown(f: IndexedFile): void {
    if (this.versioned.has(f.file)) this.members.set(f, new Set(f.load.articles));
  }
}
