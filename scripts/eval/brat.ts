import { readFileSync } from 'node:fs';

/** One text-bound annotation: `T12  Content 10 20;25 40  the text`. */
export interface BratSpan {
  id: string;
  type: string;
  segments: Array<[number, number]>;
  text: string;
}

/** One `E` line: the roles of one attribution relation, as span ids. */
export interface BratRelation {
  content?: string;
  source?: string;
  cue?: string;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  relations: BratRelation[];
}

/** brat counts offsets in code points; JS strings index UTF-16 units. Map one to the other when the text has astral characters. */
function codePointToUnit(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (o) => o;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (o) => map[o] ?? unit;
}

/** Parse a brat standoff `.ann` file against its text. */
export function parseBrat(annPath: string, text: string): BratDocument {
  const toUnit = codePointToUnit(text);
  const spans = new Map<string, BratSpan>();
  const relations: BratRelation[] = [];
  for (const line of readFileSync(annPath, 'utf8').split('\n')) {
    const [id, body, spanText] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const segments = rest
        .join(' ')
        .split(';')
        .map((seg) => seg.trim().split(/\s+/).map(Number))
        .map(([s, e]) => [toUnit(s ?? 0), toUnit(e ?? 0)] as [number, number]);
      spans.set(id, { id, type: type ?? '', segments, text: spanText ?? '' });
    } else if (id.startsWith('E')) {
      const rel: BratRelation = {};
      for (const part of body.split(' ')) {
        const [role, ref] = part.split(':');
        if (role === 'Content') rel.content = ref;
        else if (role === 'Source') rel.source = ref;
        else if (role === 'Cue') rel.cue = ref;
      }
      relations.push(rel);
    }
  }
  return { spans, relations };
}
