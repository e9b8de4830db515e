/**
 * Making text safe in Slack mrkdwn: every piece of corpus text and every echo of the user's query is
 * escaped (`&`, `<`, `>`), so nothing can become a mention (`<!channel>`, `<@U…>`) or a link; corpus
 * text also has Slack's formatting characters swapped for look-alikes so a stray `*` cannot bold half
 * a quote; invisible characters (bidi overrides, zero-width spaces: `src/text/invisible.ts`) are
 * dropped; and cuts never split an entity or a surrogate pair.
 */
import { stripInvisible } from '../../text/invisible.ts';

/**
 * `&`, `<` and `>` as Slack wants them in any text field, so none of them starts a mention or link;
 * invisible characters dropped; a lone surrogate (broken UTF-16) becomes U+FFFD. Apply `unping`
 * after this, never before (its word joiner is itself invisible).
 */
export function escapeMrkdwn(text: string): string {
  return stripInvisible(text).replace(LONE_SURROGATE, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const FORMATTING_LOOKALIKES: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };

/**
 * Corpus text made inert in mrkdwn: one line, formatting characters swapped for look-alikes, and a
 * word joiner after the `@` of `@here`/`@channel`/`@everyone`; then escaped.
 */
export function inertMrkdwn(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const unformatted = oneLine.replace(/[*_~`]/g, (c) => FORMATTING_LOOKALIKES[c] ?? c);
  return unping(escapeMrkdwn(unformatted));
}

/** A word joiner after the `@` of `@here`, `@channel` and `@everyone`, so no client can read them as a broadcast. */
export function unping(text: string): string {
  return text.replace(/@(?=(here|channel|everyone)\b)/gi, '@\u2060');
}

/** Like `inertMrkdwn` but keeps edge spaces, for pieces of one line. */
export function inertPiece(text: string): string {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) && text.trim() ? ' ' : '';
  return lead + inertMrkdwn(text) + trail;
}

/** A link label cannot hold `|` (it would end the label early in some clients): a look-alike instead. */
export function linkLabel(label: string): string {
  return label.replace(/\|/g, '∣');
}

/** An http(s) URL safe inside `<url|label>`, or undefined (then the headline is shown unlinked). */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[|<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/&/g, '&amp;');
}

/**
 * Cuts already-escaped text to `max` characters with `…`, never inside an entity (`&amp;`) or a
 * surrogate pair. For text built with formatting (marks, links), use `fitPrefix` instead.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const amp = text.lastIndexOf('&', end);
  if (amp !== -1 && amp > end - 5 && !text.slice(amp, end).includes(';')) {
    const semi = text.indexOf(';', amp);
    if (semi === -1 || semi >= end) end = amp;
  }
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The longest `render(prefixLength)` of `text` that fits in `max` characters with `…`, where
 * `render` grows with the prefix. The cut never splits a surrogate pair.
 */
export function fitPrefix(text: string, render: (length: number) => string, max: number): string {
  if (text.length <= max * 4) {
    const whole = render(text.length);
    if (whole.length <= max) return whole;
  }
  let lo = 0;
  let hi = Math.min(text.length, max * 4);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  if (/[\uD800-\uDBFF]/.test(text[lo - 1] ?? '')) lo--;
  return `${render(lo).trimEnd()}…`;
}

export interface StyledSpan {
  start: number;
  end: number;
  /** Slack's bold (`*`) or strike-through (`~`). */
  style: '*' | '~';
}

/**
 * One line of corpus text, inert, with spans styled where Slack will show the style, cut to `room`
 * characters with `…`. A span that starts or ends inside a word would show its asterisks instead of
 * the style: it stays plain, or with `unstyled` gets text markers (`[-removed-]`, `{+added+}`).
 */
export function styledText(
  text: string,
  spans: StyledSpan[],
  room: number,
  unstyled?: Record<StyledSpan['style'], [string, string]>,
): string {
  const inRange = spans.map((span) => trimSpan(text, span)).filter((sp) => sp.start >= 0 && sp.end <= text.length && sp.start < sp.end);
  const marked = inRange
    .map((sp) => ({ ...sp, styled: isWordEdge(text, sp.start) && isWordEdge(text, sp.end) }))
    .filter((sp) => sp.styled || unstyled)
    .sort((x, y) => x.start - y.start);
  const render = (length: number): string => {
    let out = '';
    let at = 0;
    for (const { start, end, style, styled } of marked) {
      if (end > length || start < at) continue;
      const [open, close] = styled ? [style, style] : (unstyled?.[style] ?? ['', '']);
      out += inertPiece(text.slice(at, start)) + `${open}${inertMrkdwn(text.slice(start, end))}${close}`;
      at = end;
    }
    return out + inertPiece(text.slice(at, length));
  };
  return fitPrefix(text, render, room);
}

function trimSpan(text: string, span: StyledSpan): StyledSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { ...span, start, end };
}

function isWordEdge(text: string, at: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  const before = text[at - 1] ?? ' ';
  const after = text[at] ?? ' ';
  return !(word.test(before) && word.test(after));
}
