/** The quote shape tests' one lookup: the quotation of an article body that starts with some words, and its speaker. */
import { extractQuotes } from '../../src/quotes/extract.ts';
import type { Quote, Speaker } from '../../src/quotes/quote.ts';

/** The quotation of `body` whose text starts with `start`; throws, listing every quotation found, when there is none. */
export function quoteStarting(body: string, start: string): Quote {
  const quotes = extractQuotes(body);
  const q = quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote "${start}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

/** The speaker of that quotation (undefined: none). */
export const speakerStarting = (body: string, start: string): Speaker | undefined => quoteStarting(body, start).speaker;

/** The speaker's name, as tests compare it. */
export const speakerNameStarting = (body: string, start: string): string | undefined => speakerStarting(body, start)?.name;
