/**
 * What the presentation needs to know about a surface: how many groups fit on a page, whether it
 * has buttons, and which ones. No platform names: Slack, Discord and the console each describe
 * themselves with these knobs (see the renderers).
 */
import type { Invocation } from '../../commands/invocation.ts';
import type { Group } from './view.ts';

/** How to page: a fixed count, or a function that measures the groups (a surface with size budgets). */
export type PerPage = number | ((groups: readonly Group[]) => number);

export interface PresentOptions {
  /** The command, options and page that produced the answer; every action carries it. */
  invocation?: Invocation;
  /** 0-based page to show; clamped to the pages the answer has. Default: the invocation's page, else 0. */
  page?: number;
  /** Outlets per page of results. */
  outletsPerPage: PerPage;
  /** Statements per page of `/compare` and `/who`. */
  statementsPerPage: PerPage;
  /** Outlets per page of `/sources`. */
  sourcesPerPage: number;
  /**
   * How the surface moves between pages: `more` (one button to the next page), `pages` (previous and
   * next buttons), or `none` (no buttons: the "N more" line carries a hint instead).
   */
  paging: 'more' | 'pages' | 'none';
  /** Offer a button that posts the answer for everyone: `channel` ("Share in channel") or `public` ("Post publicly"). */
  share?: 'channel' | 'public';
  /** Whether the "N more" line may point at the next page at all (a shared copy shows only its page). */
  more: boolean;
  /** Answer kinds that never get buttons on this surface. */
  noButtonsFor: ReadonlyArray<'results' | 'compare' | 'sources' | 'help'>;
}

/** A surface that shows everything at once and has no buttons (the console, the CLI). */
export const DEFAULT_PRESENT_OPTIONS: PresentOptions = {
  outletsPerPage: Number.POSITIVE_INFINITY,
  statementsPerPage: Number.POSITIVE_INFINITY,
  sourcesPerPage: Number.POSITIVE_INFINITY,
  paging: 'none',
  more: true,
  noButtonsFor: [],
};

/** Button labels, one place. */
export const ACTION_LABELS = {
  share: { channel: 'Share in channel', public: 'Post publicly' },
  more: 'More',
  previous: '◀ Previous',
  next: 'Next ▶',
} as const;
