/**
 * CSV text for the termbase and back, with papaparse: written like the log's
 * CSV (a byte-order mark for Excel, CRLF, the formula guard: csvText.ts),
 * read as any spreadsheet writes it (comma, semicolon or tab separated, as
 * papaparse detects; quoted cells with line breaks).
 */
import Papa from 'papaparse';
import { readTermCsvRows, termCsvRows, type TermCsvRead } from '../../../core/terms/termCsv';
import type { TermEntry } from '../../../core/terms/termEntry';
import { termFileMessages as m } from '../../../core/terms/termFileProblems';
import { wording } from '../../../core/i18n/wording';
import { tooMany } from '../../../core/tooMany';
import { csvText } from '../log/csvText';

export function termCsvText(entries: readonly TermEntry[]): string {
  return csvText(termCsvRows(entries));
}

export function readTermCsv(text: string): TermCsvRead {
  // The separator is guessed on the first rows with blank ones skipped (a blank row defeats papaparse's
  // guess); the file is then read with them kept, so each row keeps its number in the spreadsheet.
  const { delimiter } = Papa.parse<string[]>(text, {
    preview: 10,
    skipEmptyLines: 'greedy',
    // Not '|', among papaparse's defaults: it separates the terms within a cell.
    delimitersToGuess: [',', ';', '\t'],
  }).meta;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  // A quote left open swallows the rest of the file: the cells would be wrong, so it is a problem.
  const errors = parsed.errors.filter((error) => error.type !== 'Delimiter');
  if (errors.length)
    return {
      ok: false,
      problems: tooMany(
        errors.map((error) => wording(m.csvSyntax, { line: (error.row ?? 0) + 1, detail: error.message })),
      ),
    };
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  parsed.data.forEach((row, index) => {
    if (row.every((cell) => !cell.trim())) return;
    rows.push(row);
    rowNumbers.push(index + 1);
  });
  return readTermCsvRows(rows, rowNumbers);
}
