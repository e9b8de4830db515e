/**
 * Paging a results answer by outlets, for platforms whose messages hold only so much (Discord: 10
 * embeds; Slack: 50 blocks). Pure: the platform re-runs the same command and asks for page N.
 *
 * @example
 * pageOf(answer, 1, 4) // outlets 5–8 of the answer, with page numbers for the "More" button
 */
import type { ResultsAnswer } from '../answer.ts';

export interface Page {
  answer: ResultsAnswer;
  /** 0-based page shown. */
  page: number;
  pages: number;
  /** Outlets on the pages after this one. */
  remainingOutlets: number;
}

export function pageOf(answer: ResultsAnswer, page: number, outletsPerPage: number): Page {
  const size = Math.max(1, Math.floor(outletsPerPage));
  const pages = Math.max(1, Math.ceil(answer.results.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const results = answer.results.slice(current * size, (current + 1) * size);
  return {
    answer: { ...answer, results, noMatch: current === pages - 1 ? answer.noMatch : [] },
    page: current,
    pages,
    remainingOutlets: Math.max(0, answer.results.length - (current + 1) * size),
  };
}
