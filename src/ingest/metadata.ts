/**
 * A page's own metadata, read before Readability rewrites the document: JSON-LD (`NewsArticle` and
 * its kin: headline, datePublished, dateModified, author, publisher, isAccessibleForFree), Open Graph and
 * `article:` meta tags, the other common meta names, and the canonical link.
 */

import type { parseHTML } from 'linkedom';

type Document = ReturnType<typeof parseHTML>['document'];

export interface PageMetadata {
  headline?: string;
  published?: string;
  modified?: string;
  authors: string[];
  publisher?: string;
  siteName?: string;
  canonical?: string;
  ogTitle?: string;
  /** `isAccessibleForFree: false` in JSON-LD: the publisher says the article is paywalled. */
  paywalled: boolean;
  language?: string;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|ReviewNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|BackgroundNewsArticle)$/;

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
  'sailthru.date',
  'parsely-pub-date',
];

export function readMetadata(document: Document, pageUrl: string): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const canonicalHref = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta.get('og:url');
  const canonical = canonicalHref ? httpUrl(canonicalHref, pageUrl) : undefined;
  const authors = ld ? names(ld.author) : [];
  return {
    headline: text(ld?.headline),
    published: text(ld?.datePublished) ?? DATE_META.map((n) => meta.get(n)).find(Boolean),
    modified: text(ld?.dateModified) ?? meta.get('article:modified_time'),
    authors,
    publisher: names(ld?.publisher)[0],
    siteName: meta.get('og:site_name'),
    canonical,
    ogTitle: meta.get('og:title'),
    paywalled: ld?.isAccessibleForFree === false || ld?.isAccessibleForFree === 'False' || ld?.isAccessibleForFree === 'false',
    language: document.documentElement?.getAttribute('lang') ?? undefined,
  };
}

function metaTags(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

type Json = Record<string, unknown>;

/** The first article-typed object in the page's JSON-LD scripts (in `@graph`s and arrays too). */
function jsonLdArticle(document: Document): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): Json | undefined {
  if (depth > 4 || !data || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = data as Json;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
  return findArticle(obj['@graph'], depth + 1) ?? findArticle(obj.mainEntity, depth + 1);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function names(value: unknown): string[] {
  return ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? text((v as Json).name) : undefined))
    .filter((v): v is string => Boolean(v?.trim()))
    .map((v) => v.trim());
}

function httpUrl(href: string, base: string): string | undefined {
  const url = URL.parse(href.trim(), base);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  url.hash = '';
  return url.href;
}
