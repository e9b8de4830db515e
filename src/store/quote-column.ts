/**
 * An article's quotes as `article_rows.quotes` holds them: its quote rows (`QuoteRow`) behind a
 * small table saying where each row is and which paragraphs it runs in, so a search's candidate
 * paragraph parses only its own quotes' rows.
 *
 *     [[at₀,first₀,end₀, at₁,first₁,end₁, …, atₙ], row₀, row₁, …]
 *
 * `atᵢ`: where row `i` starts, counted from the first row's first character (`atₙ` is one past the
 * last row, as if a comma followed it); the quote runs in paragraphs `firstᵢ` to `endᵢ - 1` (its
 * paragraph spans). The value stays one JSON array (a whole article's quotes are one parse, its
 * first element skipped), and the table is flat numbers, so it ends at the value's first `]`.
 *
 * Why a table in the row and not a row per paragraph: a `/quote` topic query reads about a
 * thousand candidate paragraphs, most of them one per article; parsing each article's whole row
 * (a dozen quotes, ~600 characters) for one paragraph's cost more than reading it (news-37k, 1,000
 * rows: 11–15 ms of CPU to parse, 5–9 ms to read). The row is still read once per article (one
 * B-tree probe, as before; a narrow table of the quotes alone read no faster, the probe's fixed
 * cost dominating), so the build writes no more rows, but only the table and the paragraph's own
 * rows are parsed.
 */
import type { QuoteRow } from './quote-rows.ts';

/** The column's value for these rows (in quote order). */
export function encodeQuoteColumn(rows: readonly QuoteRow[]): string {
  const table: number[] = [];
  let at = 0;
  const parts = rows.map((row) => {
    const text = JSON.stringify(row);
    const spans = row[8];
    const first = spans[0] ?? 0;
    table.push(at, first, first + spans.length - 1);
    at += text.length + 1;
    return text;
  });
  table.push(at);
  return `[${JSON.stringify(table)}${parts.map((p) => `,${p}`).join('')}]`;
}

/** Every row of a column's value, in quote order. */
export function decodeQuoteColumn(column: string): QuoteRow[] {
  return (JSON.parse(column) as [number[], ...QuoteRow[]]).slice(1) as QuoteRow[];
}

/** A column's value with its table parsed: rows are parsed one at a time, when asked for. */
export class QuoteColumn {
  private readonly table: readonly number[];
  /** Where the rows begin in `column`. */
  private readonly base: number;

  constructor(private readonly column: string) {
    const end = column.indexOf(']');
    this.table = JSON.parse(column.slice(1, end + 1)) as number[];
    this.base = end + 2;
  }

  /** How many quotes the article has. */
  get length(): number {
    return (this.table.length - 1) / 3;
  }

  /** True when quote `i` runs in paragraph `k` (0-based). */
  runsIn(i: number, k: number): boolean {
    return this.table[3 * i + 1]! <= k && k < this.table[3 * i + 2]!;
  }

  /** Every row, in quote order. */
  rows(): QuoteRow[] {
    return decodeQuoteColumn(this.column);
  }

  /** Quote `i`'s row, parsed alone. */
  row(i: number): QuoteRow {
    return JSON.parse(this.column.slice(this.base + this.table[3 * i]!, this.base + this.table[3 * i + 3]! - 1)) as QuoteRow;
  }
}
