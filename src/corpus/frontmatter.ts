/** Splitting YAML front matter from a text file's body. */
import matter from 'gray-matter';
import YAML from 'yaml';

export type FrontMatterResult =
  | { data: Record<string, unknown>; body: string; hasFrontMatter: boolean }
  | { reason: string };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;
const EMPTY_FRONT_MATTER = /^---[ \t]*\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The front matter fields and the body after them. A file without front matter is all body.
 * Broken front matter (no closing `---`, invalid YAML, not a `key: value` map) gives a reason instead.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  if (!OPENING.test(text)) return { data: {}, body: text, hasFrontMatter: false };
  if (!EMPTY_FRONT_MATTER.test(text) && !CLOSING.test(text.replace(OPENING, ''))) {
    return { reason: "front matter has no closing '---' line" };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: (source: string) => YAML.parse(source) as object } });
  } catch (error) {
    const firstLine = (error as Error).message.split('\n')[0] ?? '';
    return { reason: `front matter is not valid YAML: ${firstLine}` };
  }
  const data: unknown = parsed.data;
  if (data === null || data === undefined) return { data: {}, body: parsed.content, hasFrontMatter: true };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { reason: 'front matter is not a list of `key: value` fields' };
  }
  return { data: data as Record<string, unknown>, body: parsed.content, hasFrontMatter: true };
}
