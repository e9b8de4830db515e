/**
 * A fetched page → the article on it: Mozilla's Readability (Firefox's reader view) run on a
 * linkedom DOM finds the article and its title, byline and date; the page's own metadata
 * (`metadata.ts`) adds the canonical address, the outlet and what Readability missed. A page with no
 * article is refused with the reason a person would give: it needs JavaScript, it is behind a
 * paywall, it is an error page, or there is simply no article text on it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseDate } from '../corpus/dates.ts';
import { htmlBlocks, type Block } from './blocks.ts';
import { IngestError } from './errors.ts';
import { readMetadata } from './metadata.ts';

export interface ExtractedArticle {
  title: string;
  /** The address to cite: the canonical link when the page gives one, else the address fetched. */
  url: string;
  outlet: string;
  byline?: string;
  /** ISO date or date-time. */
  published?: string;
  language?: string;
  blocks: Block[];
}

/** Fewer characters of article text than this is no article (a teaser, a paywall stub, a shell page). */
export const MIN_ARTICLE_CHARS = 250;

export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const meta = readMetadata(document, pageUrl);
  const pageText = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const pageTitle = (document.querySelector('title')?.textContent ?? '').trim();
  const scripts = document.querySelectorAll('script').length;
  const h1 = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as never).parse();
  } catch {
    parsed = null;
  }
  const blocks = parsed?.content ? htmlBlocks(parsed.content) : [];
  const length = blocks.reduce((n, b) => n + b.text.length, 0);
  if (!parsed || length < MIN_ARTICLE_CHARS) {
    throw new IngestError('no_article', { why: whyNoArticle(pageTitle, pageText, scripts, meta.paywalled, length) });
  }
  const host = new URL(pageUrl).hostname.replace(/^www\./, '');
  const title = headline(clean(parsed.title) ?? clean(meta.headline) ?? clean(meta.ogTitle) ?? pageTitle, pageTitle, h1);
  return {
    title,
    url: meta.canonical ?? pageUrl,
    outlet: outletName(clean(parsed.siteName) ?? clean(meta.publisher) ?? clean(meta.siteName), host),
    byline: clean(parsed.byline) ?? (meta.authors.length ? meta.authors.join(', ') : undefined),
    published: normaliseDate(parsed.publishedTime ?? meta.published) ?? normaliseDate(meta.published),
    language: clean(parsed.lang) ?? meta.language,
    blocks: dropRepeatedTitle(blocks, title),
  };
}

/**
 * Readability takes `og:title` first; some sites put their own name there on every page ("Yahoo
 * News - Latest News & Headlines"). When the page's first `<h1>` is what its `<title>` says and the
 * chosen title appears in neither, the `<h1>` is the headline.
 */
function headline(chosen: string, pageTitle: string, h1: string): string {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!h1 || h1.length < 10 || !fold(pageTitle).startsWith(fold(h1))) return chosen;
  return fold(pageTitle).includes(fold(chosen)) || fold(h1).includes(fold(chosen)) ? chosen : h1;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** The outlet as a name: a site name that is only an address (`http://www.tmz.com`) becomes its host. */
function outletName(name: string | undefined, host: string): string {
  if (!name) return host;
  const asUrl = /^https?:\/\//i.test(name) ? URL.parse(name) : undefined;
  return asUrl ? asUrl.hostname.replace(/^www\./, '') : name;
}

/** Readability sometimes keeps the headline as the first block: the front matter has it already. */
function dropRepeatedTitle(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  return first && first.heading && first.text === title ? blocks.slice(1) : blocks;
}

const ERROR_PAGE =
  /\b(404|410|500|503)\b|page not found|not found|no longer available|does not exist|page (?:cannot|can't|could not) be found|access denied|forbidden|error/i;
const PAYWALL =
  /subscribe (?:to|now)|subscribers? only|already a subscriber|sign in to (?:continue|read)|log in to (?:continue|read)|paywall|unlock this article|to continue reading/i;
const NEEDS_JS = /enable javascript|javascript (?:is )?(?:required|disabled)|turn on javascript|requires javascript/i;

function whyNoArticle(title: string, text: string, scripts: number, paywalled: boolean, length: number): string {
  if (paywalled || PAYWALL.test(text.slice(0, 5_000))) return 'it is behind a paywall (only a teaser is readable)';
  if (NEEDS_JS.test(text.slice(0, 5_000)) || (text.length < MIN_ARTICLE_CHARS && scripts > 0))
    return 'the page builds its text with JavaScript, which the bot does not run';
  if (ERROR_PAGE.test(title) || (text.length < 1_000 && ERROR_PAGE.test(text.slice(0, 300))))
    return `it looks like an error page ("${title.slice(0, 60) || text.slice(0, 60)}")`;
  return length ? `only ${length} characters of article text, too little to be an article` : 'there is no article text on it';
}
