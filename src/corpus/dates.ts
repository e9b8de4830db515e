/**
 * Reading publication dates: from metadata values (YAML/JSON) and from article text.
 * Results are ISO 8601: `YYYY-MM-DD`, or a full date-time when a time was given.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** Optional clock time after a date: `, 10:55 PM`, ` | 01:00 AM`, ` at 9:05 a.m.`, `T22:55:00+04:00`. */
const TIME = String.raw`(?:(?:,|\s\|)?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?`;

/** Date patterns found in running text, each with a function turning its groups into parts. */
const TEXT_PATTERNS: { regex: RegExp; parts: (m: RegExpExecArray) => DateParts }[] = [
  {
    // 2022-04-27, 2022-04-26T22:55:00+04:00, 2022-04-26 22:55
    regex: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g,
    parts: (m) => ({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], zone: m[7] }),
  },
  {
    // April 27, 2022 / Apr 26 2022 / April 27th, 2022, 10:55 PM
    regex: new RegExp(String.raw`\b(${MONTH_NAME})\s+(\d{1,2})${ORDINAL},?\s+(\d{4})\b${TIME}`, 'gi'),
    parts: (m) => ({ year: m[3], month: m[1], day: m[2], hour: m[4], minute: m[5], second: m[6], meridiem: m[7] }),
  },
  {
    // 26 April 2022 / 27th Apr, 2022 / 26.Apr.2022
    regex: new RegExp(String.raw`\b(\d{1,2})${ORDINAL}[\s.-]+(${MONTH_NAME})[\s,.-]+(\d{4})\b${TIME}`, 'gi'),
    parts: (m) => ({ year: m[3], month: m[2], day: m[1], hour: m[4], minute: m[5], second: m[6], meridiem: m[7] }),
  },
  {
    // 4/26/2022 or 4/26/22 (US order, as in the news corpora)
    regex: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g,
    parts: (m) => ({ year: m[3], month: m[1], day: m[2] }),
  },
];

interface DateParts {
  year: string | undefined;
  month: string | undefined;
  day: string | undefined;
  hour?: string | undefined;
  minute?: string | undefined;
  second?: string | undefined;
  meridiem?: string | undefined;
  zone?: string | undefined;
}

export interface DateMatch {
  /** ISO form of the date found. */
  iso: string;
  /** Where the match starts and ends in the searched text. */
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function toIso(parts: DateParts): string | undefined {
  let year = Number(parts.year);
  if (parts.year?.length === 2) year += year <= (new Date().getFullYear() % 100) + 1 ? 2000 : 1900;
  const monthText = parts.month ?? '';
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText.slice(0, 4).replace('.', '').toLowerCase()] ?? MONTHS[monthText.slice(0, 3).toLowerCase()];
  const day = Number(parts.day);
  if (!month || month > 12 || year < 1800 || year > 2200 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (parts.hour === undefined || parts.minute === undefined) return date;

  let hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second ?? 0);
  const meridiem = parts.meridiem?.replace(/\./g, '').toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return date;
  const zone = parts.zone === undefined ? '' : parts.zone === 'Z' ? 'Z' : parts.zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
}

/** Every date written in `text`, in order of position. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { regex, parts } of TEXT_PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const iso = toIso(parts(m));
      const start = m.index;
      const end = start + m[0].length;
      const overlaps = found.some((f) => start < f.end && end > f.start);
      if (iso !== undefined && !overlaps) found.push({ iso, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A metadata date (front matter or JSON field) in ISO form, or undefined when it is not a date.
 * Accepts Date objects, ISO strings (a time zone offset is kept as written, so the day does not shift),
 * and the written forms `findDates` knows; as a last resort, what `Date.parse` reads in a string with
 * a year and words (RFC 2822 forms such as `Tue, 26 Apr 2022 18:55:00 GMT`).
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  const [first] = findDates(text);
  if (first !== undefined) return first.iso;
  if (!/\b\d{4}\b/.test(text) || !/\p{L}{3}/u.test(text)) return undefined;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : normaliseDate(new Date(parsed));
}

const LABELLED_PUBLISHED = /\b(?:published|posted|first published|date)\b[:\s]*$/i;
const LABELLED_UPDATED = /\b(?:updated|last updated|modified)\b[:\s]*$/i;

/**
 * The publication date written in an article's text, if any: a date labelled "Published"/"Posted" first,
 * then one standing on a short dateline near the top, then any in the first paragraphs, then an "Updated" stamp.
 * Returns the date only (no time), since text rarely says which time zone it means.
 */
export function findDateInText(paragraphs: readonly string[]): string | undefined {
  let updated: string | undefined;
  let early: string | undefined;
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const match of findDates(paragraph)) {
      const before = paragraph.slice(Math.max(0, match.start - 30), match.start);
      const day = match.iso.slice(0, 10);
      if (LABELLED_PUBLISHED.test(before)) return day;
      if (LABELLED_UPDATED.test(before)) updated ??= day;
      else if (index < 4) early ??= day;
    }
  }
  return early ?? updated;
}
