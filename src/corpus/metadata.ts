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

/** Alternative names accepted for a field; the first name present wins. */
const ALIASES: Record<keyof ArticleFields, readonly string[]> = {
  id: ['id'],
  outlet: ['outlet', 'source'],
  url: ['url', 'link'],
  published: ['published', 'date'],
  byline: ['byline', 'author'],
  title: ['title', 'headline'],
  language: ['language', 'lang'],
  embargo: ['embargo', 'embargoed_until'],
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

function problemMessage(field: string, value: unknown, issue: z.core.$ZodIssue): string {
  if (field === 'embargo') return `field 'embargo' is not a date-time I can read (${JSON.stringify(value)}); the article stays hidden until it is fixed`;
  if (issue.code === 'custom' || issue.message === 'is empty') return `field '${field}' ${issue.message}; ignored`;
  return `field '${field}' should be ${field === 'published' || field === 'embargo' ? 'a date' : 'text'}, not ${describeType(value)}; ignored`;
}

/**
 * The article fields found in `data` (aliases resolved: `source` → outlet, `date` → published,
 * `author` → byline, `headline` → title). A field with a wrong type or an unreadable date is left out
 * and described in `problems` (an unreadable `embargo` becomes `UNREADABLE_EMBARGO`). Empty strings
 * and nulls count as absent.
 */
export function readArticleFields(data: Record<string, unknown>): { fields: ArticleFields; problems: string[] } {
  const raw: Record<string, unknown> = {};
  const sourceName: Record<string, string> = {};
  for (const [field, names] of Object.entries(ALIASES)) {
    const name = names.find((n) => data[n] !== undefined && data[n] !== null && data[n] !== '');
    if (name === undefined) continue;
    raw[field] = data[name];
    sourceName[field] = name;
  }

  const first = FieldsSchema.safeParse(raw);
  if (first.success) return { fields: first.data, problems: [] };

  const problems: string[] = [];
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
