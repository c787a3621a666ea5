/**
 * The termbase's exchange files: TBX (ISO 30042, the translation tools'
 * format) and CSV (a spreadsheet). Imported like the template library: the
 * whole file is checked first and a file with any problem changes nothing;
 * entries that clash with stored ones are replaced or kept beside them, as
 * the user chooses.
 */
import type { ClashOption } from '../libraryFile';

export const TERM_FILE_FORMATS = ['tbx', 'csv'] as const;
export type TermFileFormat = (typeof TERM_FILE_FORMATS)[number];

/** The largest term file an import reads. */
export const TERM_FILE_MAX_BYTES = 20 * 1024 * 1024;

export interface TermClash {
  /** The stored entry the imported one clashes with (same id, or the same Chinese term). */
  id: string;
  zh: string;
  en: string;
}

export type TermImportResult =
  | { status: 'clash'; clashes: TermClash[] }
  | { status: 'imported'; counts: { added: number; replaced: number; unchanged: number } };

export type { ClashOption };
