/**
 * CSV that is safe to open in a spreadsheet (OWASP "CSV Injection"): a text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`, DDE), so it gets a leading single quote, which spreadsheets show as text; and every
 * cell is quoted, with inner double quotes doubled, so no separator or line break in a cell can start
 * a new cell where the same check would not see it. Invisible characters (`src/text/invisible.ts`)
 * are dropped first, so a zero-width space cannot hide a leading `=` from the check, and leading
 * spaces do not either (some spreadsheets trim them). Numbers stay numbers.
 *
 * Source: https://owasp.org/www-community/attacks/CSV_Injection
 */
import { stringify } from 'csv-stringify/sync';
import { stripInvisible } from '../text/invisible.ts';

/** The characters OWASP lists as starting a formula in Excel, LibreOffice or Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` as it may stand in a spreadsheet cell: no invisible characters, and a leading `'` when it could start a formula. */
export function spreadsheetSafe(text: string): string {
  const visible = stripInvisible(text);
  return FORMULA_START.test(visible.replace(/^ +/, '')) ? `'${visible}` : visible;
}

/** Rows as CSV with a header of `columns`, every cell quoted and defused; `null`/`undefined` are empty cells. */
export function renderCsv<Row extends object>(rows: readonly Row[], columns: ReadonlyArray<keyof Row & string>): string {
  return stringify(rows as Row[], {
    header: true,
    columns: columns.map((c) => ({ key: c, header: c })),
    quoted: true,
    quoted_empty: true,
    cast: { string: (value) => spreadsheetSafe(value) },
  });
}
