/** Which file names the loader reads, and as what. */

export type FileFormat = 'markdown' | 'text' | 'json' | 'jsonl';

export interface FormatInfo {
  format: FileFormat;
  gzip: boolean;
}

const EXTENSIONS: readonly [suffix: string, info: FormatInfo][] = [
  ['.md', { format: 'markdown', gzip: false }],
  ['.markdown', { format: 'markdown', gzip: false }],
  ['.txt', { format: 'text', gzip: false }],
  ['.json', { format: 'json', gzip: false }],
  ['.json.gz', { format: 'json', gzip: true }],
  ['.jsonl', { format: 'jsonl', gzip: false }],
  ['.jsonl.gz', { format: 'jsonl', gzip: true }],
  ['.ndjson', { format: 'jsonl', gzip: false }],
  ['.ndjson.gz', { format: 'jsonl', gzip: true }],
];

export const SUPPORTED_EXTENSIONS = EXTENSIONS.map(([suffix]) => suffix);

export function formatOf(path: string): FormatInfo | undefined {
  const lower = path.toLowerCase();
  return EXTENSIONS.find(([suffix]) => lower.endsWith(suffix))?.[1];
}

/** The extension to name in an "unsupported file type" message. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.indexOf('.', 1);
  return dot === -1 ? '(none)' : name.slice(dot);
}
