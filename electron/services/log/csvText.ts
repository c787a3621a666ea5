/**
 * CSV text from rows (core/log/csv.ts), with papaparse's `unparse`:
 * - a byte-order mark first: Excel reads a CSV without one in the system's
 *   legacy code page and turns Chinese into mojibake;
 * - CRLF line ends, as RFC 4180 and Excel write them;
 * - a formula guard: a cell starting with = + - @ (or a tab or carriage
 *   return) is run by Excel and LibreOffice as a formula, and a headline or
 *   note pasted from a web page could then call out (DDE, a link that sends
 *   data away). Such cells get a leading apostrophe, which spreadsheets take
 *   as "text" and do not show. papaparse's own default pattern ends with
 *   `.*$` and so misses a cell with a line break; ours tests only the start.
 */
import Papa from 'papaparse';
import type { CsvRows } from '../../../core/log/csv';

export const FORMULA_START = /^[=+\-@\t\r]/;

const BOM = '\uFEFF';

export function csvText(rows: CsvRows): string {
  return BOM + Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
