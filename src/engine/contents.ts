/** Helpers of the corpus: a merged load result split by file, speakers' identities, id ranges. */
import type { LoadResult, SkippedFile } from '../corpus/article.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { SpeakerRegistry } from '../quotes/mentions/speakers.ts';
import type { FileContent } from './corpus-types.ts';
import { eachQuote, type FileQuotes } from './file-quotes.ts';

/** Splits one merged load result into per-file contents (articles by their file; problems by the file they name). */
export function contentsOf(load: LoadResult): { contents: FileContent[]; other: SkippedFile[] } {
  const byFile = new Map<string, LoadResult>();
  const entry = (file: string) => {
    let r = byFile.get(file);
    if (!r) byFile.set(file, (r = { articles: [], skipped: [], warnings: [] }));
    return r;
  };
  for (const a of load.articles) entry(a.file).articles.push(a);
  const other: SkippedFile[] = [];
  const owner = (name: string) =>
    byFile.has(name) ? name : byFile.has(name.split('#')[0] ?? name) ? (name.split('#')[0] ?? name) : undefined;
  for (const s of load.skipped) {
    const file = owner(s.file);
    if (file) entry(file).skipped.push(s);
    else entry(s.file.split('#')[0] ?? s.file).skipped.push(s);
  }
  for (const w of load.warnings) {
    const file = owner(w.file);
    if (file) entry(file).warnings.push(w);
    else other.push(w);
  }
  return { contents: [...byFile.entries()].map(([file, l]) => ({ file, load: l })), other };
}

/** One speaker across files: kind, key and name. */
export const speakerIdOf = (s: Speaker) => `${s.kind}\u0000${s.key}\u0000${s.name}`;

/** One object per speaker, by `speakerIdOf`. */
export function speakersById(speakers: Iterable<Speaker>): Map<string, Speaker> {
  const out = new Map<string, Speaker>();
  for (const s of speakers) out.set(speakerIdOf(s), s);
  return out;
}

/** Adds the speakers of a file's quotes to `shared` (a store's quotes already share its one object per speaker). */
export function shareFrom(quotes: FileQuotes, shared: Map<string, Speaker>): void {
  if ('count' in quotes) return;
  for (const q of eachQuote(quotes)) if (q.speaker) shared.set(speakerIdOf(q.speaker), q.speaker);
}

/** The ids `[from, to)`. */
export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** A registry that knows these speakers by their canonical names (what later files are unified against). */
export function registryOf(speakers: Iterable<Speaker>): SpeakerRegistry {
  const registry = new SpeakerRegistry();
  const known = new Map<string, Quote>();
  for (const speaker of speakers)
    if (!known.has(speaker.key))
      known.set(speaker.key, { text: '', start: 0, end: 0, paragraph: 0, kind: 'full', speaker: { ...speaker } });
  registry.unify([[...known.values()]]);
  return registry;
}
