/**
 * Adding one article by its address: fetch (carefully), check it is a web page, extract the
 * article, check the corpus loader reads the Markdown back as an article, then write it under
 * `web/<host>/`. Anything that goes wrong is one line (an `IngestError`'s sentence) and leaves the
 * corpus as it was. The quotes found in it come back with the result, for the answer in chat.
 */
import type { Article } from '../corpus/article.ts';
import { loadDocument } from '../corpus/load-document.ts';
import { extractQuotes } from '../quotes/extract.ts';
import { decodeBody } from './decode.ts';
import { IngestError, reasonOf } from './errors.ts';
import { extractArticle } from './extract.ts';
import type { Fetcher } from './fetcher.ts';
import { articleMarkdown, articlePath, writeArticle, type WriteStatus } from './store.ts';

export interface AddedQuote {
  text: string;
  speaker?: string;
  mention?: string;
  cue?: string;
  /** 1-based paragraph number in the article as the corpus reads it. */
  paragraph: number;
}

export interface AddedArticle {
  ok: true;
  /** The address asked for. */
  requested: string;
  status: WriteStatus;
  /** Path of the file, relative to the corpus folder. */
  file: string;
  url: string;
  outlet: string;
  title: string;
  published?: string;
  byline?: string;
  paragraphs: string[];
  quotes: AddedQuote[];
}

export interface AddFailure {
  ok: false;
  requested: string;
  reason: string;
}

export type AddOutcome = AddedArticle | AddFailure;

export interface AddOptions {
  /** The outlet to record instead of the page's own (`--outlet`, a feed's `outlet`). */
  outlet?: string;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

/** Fetches `address` and writes its article into `corpusDir`; never throws. */
export async function addArticle(fetcher: Fetcher, corpusDir: string, address: string, options: AddOptions = {}): Promise<AddOutcome> {
  try {
    const page = await fetcher.fetch(address, { accept: ACCEPT_HTML });
    const type = String(page.headers['content-type'] ?? '');
    const sniffed = !type && /^\s*(<!doctype html|<html)/i.test(page.body.subarray(0, 512).toString('latin1'));
    if (!HTML_TYPES.test(type) && !sniffed) throw new IngestError('not_html', { type: type.split(';')[0] || 'a body of unknown type' });
    const extracted = extractArticle(decodeBody(page.body, type, 'html'), page.url);
    if (options.outlet) extracted.outlet = options.outlet;
    const file = articlePath(extracted.url);
    const text = articleMarkdown(extracted, page.url);
    const article = readBack(file, text);
    const status = await writeArticle(corpusDir, file, text);
    return {
      ok: true,
      requested: address,
      status,
      file,
      url: extracted.url,
      outlet: article.outlet,
      title: article.headline,
      published: article.published,
      byline: article.byline,
      paragraphs: article.paragraphs,
      quotes: quotesOf(article),
    };
  } catch (error) {
    return { ok: false, requested: address, reason: reasonOf(error) };
  }
}

/** The Markdown as the corpus loader will read it; refused (nothing written) when it would skip it. */
function readBack(file: string, text: string): Article {
  const loaded = loadDocument(file, Buffer.from(text, 'utf8'), { markdown: true });
  const article = loaded.articles[0];
  if (!article) throw new IngestError('no_article', { why: loaded.skipped[0]?.reason ?? 'the corpus loader found no article in it' });
  return article;
}

function quotesOf(article: Article): AddedQuote[] {
  return extractQuotes(article.paragraphs.join('\n\n')).map((q) => ({
    text: q.text,
    ...(q.speaker ? { speaker: q.speaker.name } : {}),
    ...(q.mention ? { mention: q.mention.text } : {}),
    ...(q.cue ? { cue: q.cue } : {}),
    paragraph: q.paragraph + 1,
  }));
}
