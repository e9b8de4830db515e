/**
 * Paging a list of groups (outlets, statements, sources rows): which slice a page shows, clamped to
 * the pages there are. Pure: a platform re-runs the same invocation and asks for page N.
 *
 * @example
 * pageSlice(9, 1, 5) // → { page: 1, pages: 2, first: 5, shown: 4, remaining: 0 }
 */
export interface Slice {
  /** 0-based page shown, and how many there are. */
  page: number;
  pages: number;
  /** Index of the first item shown, and how many. */
  first: number;
  shown: number;
  /** Items on the pages after this one. */
  remaining: number;
}

export function pageSlice(total: number, page: number, perPage: number): Slice {
  const size = Math.max(1, Number.isFinite(perPage) ? Math.floor(perPage) : total || 1);
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pages - 1);
  const first = current * size;
  const shown = Math.max(0, Math.min(size, total - first));
  return { page: current, pages, first, shown, remaining: Math.max(0, total - first - shown) };
}
