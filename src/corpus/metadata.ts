/**
 * Reading an article's metadata fields (from front matter or a JSON record) with their aliases,
 * validating them, and dropping any field of the wrong type with a problem message instead of failing.
 */
import { z } from 'zod';
import { normaliseDate } from './dates.ts';

/** Metadata as the loader uses it; every field optional. */
export interface ArticleFields {
  id?: string;
  outlet?: string;
  url?: string;
  /** ISO date or date-time. */
  published?: string;
  byline?: string;
  title?: string;
  language?: string;
  /** Not to be shown before this time (ISO date-time, UTC). */
  embargo?: string;
  /** Body text, for JSON records. */
  text?: string;
}

/**
 * Alternative names accepted for a field; the first name present wins. Keys are matched in any case,
 * with spaces and hyphens read as underscores (`Embargoed-Until` is `embargoed_until`). Failing
 * closed, every key whose name starts with `embargo` (`EmbargoDate`, `embargo_time`) is an embargo.
 */
const ALIASES: Record<keyof ArticleFields, readonly string[]> = {
  id: ['id'],
  outlet: ['outlet', 'source'],
  url: ['url', 'link'],
  published: ['published', 'date'],
  byline: ['byline', 'author'],
  title: ['title', 'headline'],
  language: ['language', 'lang'],
  embargo: ['embargo', 'embargoed_until', 'embargo_until', 'embargoed'],
  text: ['text', 'body'],
};

const text = z.string().trim().min(1, 'is empty');
const date = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const iso = normaliseDate(value);
  if (iso === undefined) {
    ctx.addIssue({ code: 'custom', message: `is not a date I can read (${JSON.stringify(value)})` });
    return z.NEVER;
  }
  return iso;
});

/** A moment in time, kept as UTC ISO so it compares as a string; a bare date means midnight UTC. */
const instant = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const parsed = value instanceof Date ? value.getTime() : Date.parse(value.trim());
  if (Number.isNaN(parsed)) {
    ctx.addIssue({ code: 'custom', message: `is not a date-time I can read (${JSON.stringify(value)})` });
    return z.NEVER;
  }
  return new Date(parsed).toISOString();
});

const FieldsSchema = z.object({
  id: z.union([text, z.number()]).transform(String).optional(),
  outlet: text.optional(),
  url: text.optional(),
  published: date.optional(),
  byline: z.union([text, z.array(text).min(1)]).transform((v) => (Array.isArray(v) ? v.join(', ') : v)).optional(),
  title: text.optional(),
  language: text.optional(),
  embargo: instant.optional(),
  text: z.string().optional(),
});

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}

/** An embargo that cannot be read fails closed: the article stays hidden until the field is fixed. */
export const UNREADABLE_EMBARGO = '9999-12-31T23:59:59.999Z';

const embargoProblem = (key: string, value: unknown) =>
  `field '${key}' is not a date-time I can read (${JSON.stringify(value)}); the article stays hidden until it is fixed`;

function problemMessage(field: string, value: unknown, issue: z.core.$ZodIssue): string {
  if (field === 'embargo') return embargoProblem(field, value);
  if (issue.code === 'custom' || issue.message === 'is empty') return `field '${field}' ${issue.message}; ignored`;
  return `field '${field}' should be ${field === 'published' || field === 'embargo' ? 'a date' : 'text'}, not ${describeType(value)}; ignored`;
}

/** A metadata key as matched against the aliases: any case, spaces and hyphens as underscores. */
export function normaliseKey(key: string): string {
  return key.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

type Entry = [key: string, value: unknown];

/** The keys of `data` with a value, by normalised name, in the order they were written. */
function entriesByName(data: Record<string, unknown>): Map<string, Entry[]> {
  const byName = new Map<string, Entry[]>();
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === null || value === '') continue;
    const name = normaliseKey(key);
    const list = byName.get(name);
    if (list) list.push([key, value]);
    else byName.set(name, [[key, value]]);
  }
  return byName;
}

/**
 * Every embargo given (any key starting with "embargo", any case) must be readable, else the article stays hidden; of
 * several readable ones, the latest holds (an embargo is never shortened by a second key).
 */
function readEmbargo(entries: readonly Entry[], problems: string[]): string {
  let latest: string | undefined;
  for (const [key, value] of entries) {
    const parsed = instant.safeParse(value);
    if (!parsed.success) {
      problems.push(embargoProblem(key, value));
      return UNREADABLE_EMBARGO;
    }
    if (latest === undefined || parsed.data > latest) latest = parsed.data;
  }
  const distinct = new Set(entries.map(([, value]) => instant.parse(value)));
  if (distinct.size > 1) problems.push(`fields ${entries.map(([key]) => `'${key}'`).join(' and ')} both set an embargo; the latest one holds`);
  return latest ?? UNREADABLE_EMBARGO;
}

/**
 * The article fields found in `data` (keys in any case; aliases resolved: `source` → outlet, `date` →
 * published, `author` → byline, `headline` → title). A field with a wrong type or an unreadable date
 * is left out and described in `problems`; an unreadable `embargo` (any alias, any case, any type)
 * becomes `UNREADABLE_EMBARGO`, so the article stays hidden. Empty strings and nulls count as absent.
 */
export function readArticleFields(data: Record<string, unknown>): { fields: ArticleFields; problems: string[] } {
  const raw: Record<string, unknown> = {};
  const sourceName: Record<string, string> = {};
  const problems: string[] = [];
  const byName = entriesByName(data);
  for (const [field, names] of Object.entries(ALIASES)) {
    if (field === 'embargo') {
      // Any key starting with "embargo"; `false` says there is none.
      const embargoes = [...byName].filter(([name]) => name.startsWith('embargo')).flatMap(([, list]) => list.filter(([, value]) => value !== false));
      if (embargoes.length) raw.embargo = readEmbargo(embargoes, problems);
      continue;
    }
    const entries = names.map((name) => byName.get(name)).find((list) => list !== undefined);
    if (entries === undefined) continue;
    // Of keys differing only in case, the one written in lower case (else the first).
    const [key, value] = entries.find(([k]) => k === normaliseKey(k)) ?? (entries[0] as Entry);
    raw[field] = value;
    sourceName[field] = key;
  }

  const first = FieldsSchema.safeParse(raw);
  if (first.success) return { fields: first.data, problems };

  for (const issue of first.error.issues) {
    const field = String(issue.path[0]);
    if (!(field in raw)) continue;
    problems.push(problemMessage(sourceName[field] ?? field, raw[field], issue));
    if (field === 'embargo') raw[field] = UNREADABLE_EMBARGO;
    else delete raw[field];
  }
  const second = FieldsSchema.safeParse(raw);
  return { fields: second.success ? second.data : {}, problems };
}
