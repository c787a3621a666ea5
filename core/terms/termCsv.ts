/**
 * The termbase as CSV rows, for a spreadsheet, and CSV rows back into raw
 * entries. The header row names the columns in English, in any order and
 * any case: `zh` and `en` are required; `id`, `forbidden`, `domain`, `note`,
 * `source`, `changedBy`, `changedAt` are optional. A cell holding several
 * terms separates them with `|` (a `;` may be part of a name, and Chinese
 * text uses its own `；`). The CSV text itself is written and parsed with
 * papaparse in electron/services/terms (its typings bring Node's in, which
 * core must not).
 */
import { wording, type Wording } from '../i18n/wording';
import { tooMany } from '../tooMany';
import type { TermEntry } from './termEntry';
import type { RawTerm } from './termFileEntries';
import { clip, termFileMessages as m } from './termFileProblems';

export const TERM_CSV_COLUMNS = [
  'id',
  'zh',
  'en',
  'forbidden',
  'domain',
  'note',
  'source',
  'changedBy',
  'changedAt',
] as const;
export type TermCsvColumn = (typeof TERM_CSV_COLUMNS)[number];
const REQUIRED: readonly TermCsvColumn[] = ['zh', 'en'];

/** Between the terms of one cell. */
export const TERM_SEPARATOR = '|';

export function termCsvRows(entries: readonly TermEntry[]): string[][] {
  return [
    [...TERM_CSV_COLUMNS],
    ...entries.map((entry) =>
      TERM_CSV_COLUMNS.map((column) => {
        const value = entry[column];
        return Array.isArray(value) ? value.join(` ${TERM_SEPARATOR} `) : String(value);
      }),
    ),
  ];
}

/**
 * The export's formula guard (electron/services/log/csvText.ts) undone: an
 * apostrophe before = + - @ is the guard's, not the term's.
 */
const unguard = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

const split = (cell: string) => cell.split(TERM_SEPARATOR);

export type TermCsvRead = { ok: true; raws: RawTerm[] } | { ok: false; problems: Wording[] };

/** Rows as papaparse gives them (header first; blank lines already skipped), `rowNumbers` the spreadsheet's row of each. */
export function readTermCsvRows(rows: readonly string[][], rowNumbers: readonly number[]): TermCsvRead {
  const [header = [], ...records] = rows;
  const columns = TERM_CSV_COLUMNS.join(', ');
  const problems: Wording[] = [];
  const index = new Map<TermCsvColumn, number>();
  header.forEach((name, at) => {
    const column = TERM_CSV_COLUMNS.find((known) => known.toLowerCase() === name.trim().toLowerCase());
    if (!column) problems.push(wording(m.unknownColumn, { column: clip(name.trim()), columns }));
    else if (index.has(column)) problems.push(wording(m.duplicateColumn, { column }));
    else index.set(column, at);
  });
  for (const column of REQUIRED)
    if (!index.has(column)) problems.push(wording(m.missingColumn, { column, columns }));
  if (problems.length) return { ok: false, problems: tooMany(problems) };
  const cell = (record: readonly string[], column: TermCsvColumn) => {
    const at = index.get(column);
    return at === undefined ? '' : unguard(record[at] ?? '');
  };
  return {
    ok: true,
    raws: records.map((record, at) => ({
      place: { line: rowNumbers[at + 1] ?? at + 2 },
      id: cell(record, 'id'),
      zh: split(cell(record, 'zh')),
      en: split(cell(record, 'en')),
      forbidden: split(cell(record, 'forbidden')),
      note: cell(record, 'note'),
      source: cell(record, 'source'),
      domain: cell(record, 'domain'),
      changedBy: cell(record, 'changedBy'),
      changedAt: cell(record, 'changedAt'),
    })),
  };
}
