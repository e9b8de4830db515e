/**
 * `/add <url>`: fetch the page at the address, store its article in the corpus (under `web/<host>/`,
 * where the watcher indexes it) and answer with what was added and the quotes found in it. Only
 * people on a configured list may add: the access policy hands this command an adder for them, and
 * says why not for everyone else (the command never fetches or writes itself).
 */
import type { Excerpt, ResultsAnswer } from '../src/answer.ts';
import { BotError } from '../src/errors.ts';
import type { AddedArticle } from '../src/ingest/add.ts';
import { note } from '../src/messages.ts';
import type { Command } from './types.ts';

/** Quotes carried in the answer; the rest are counted in "N more". */
const MAX_SHOWN = 10;
/** Paragraphs shown when the article has no direct quotation. */
const OPENING_PARAGRAPHS = 3;

const STATUS_WORDS: Record<AddedArticle['status'], string> = {
  added: 'Added',
  updated: 'Updated',
  unchanged: 'Already in the corpus, unchanged:',
};

/** The address in what was typed: the first word, without the `<…>` or `<…|label>` chat apps wrap links in. */
export function addressIn(text: string): string {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return first.replace(/^<([^|>]*)(?:\|[^>]*)?>$/, '$1');
}

export function addedAnswer(a: AddedArticle): ResultsAnswer {
  const citation = {
    article: a.file,
    outlet: a.outlet,
    outletKnown: true,
    headline: a.title,
    url: a.url,
    ...(a.published ? { published: a.published } : {}),
  };
  const quoted = a.quotes.length > 0;
  const excerpts: Excerpt[] = quoted
    ? a.quotes.map((q) => ({
        ...citation,
        text: q.text,
        marks: [],
        isQuote: true,
        ...(q.speaker ? { speaker: q.speaker } : {}),
        ...(q.mention ? { mention: q.mention } : {}),
        ...(q.cue ? { cue: q.cue } : {}),
        paragraph: q.paragraph,
        score: 0,
      }))
    : a.paragraphs
        .slice(0, OPENING_PARAGRAPHS)
        .map((text, i) => ({ ...citation, text, marks: [], isQuote: false, paragraph: i + 1, score: 0 }));
  const shown = excerpts.slice(0, MAX_SHOWN);
  const added = note('article_added', {
    status: STATUS_WORDS[a.status],
    file: a.file,
    title: a.title,
    outlet: a.outlet,
    date: a.published ? a.published.slice(0, 10) : 'undated',
  });
  return {
    kind: 'results',
    command: quoted ? 'quote' : 'search',
    query: a.url,
    parsed: { terms: [], phrases: [], outlets: [a.outlet] },
    results: [{ ...citation, excerpts: shown, more: excerpts.length - shown.length }],
    noMatch: [],
    total: excerpts.length,
    notes: quoted ? [added] : [added, note('no_quotes_in_article')],
  };
}

export default {
  name: 'add',
  description: 'Add an article to the corpus by its web address, and show the quotes found in it',
  usage: '/add https://www.example.com/news/2024/05/article',
  options: [{ name: 'query', description: 'The web address of the article (http or https)', type: 'string', required: true }],
  async run({ options, access }) {
    if (!access.adder) throw new BotError(access.addRefusal ?? 'add_unavailable');
    const url = addressIn(options.query ?? '');
    if (!url) throw new BotError('add_no_address');
    const outcome = await access.adder.add(url);
    if (!outcome.ok) throw new BotError('add_failed', { url, detail: outcome.reason });
    return addedAnswer(outcome);
  },
} satisfies Command;
