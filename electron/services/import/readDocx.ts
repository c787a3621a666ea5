/**
 * The DOCX reading (core/import/importDocx.ts), loaded on first use: mammoth,
 * happy-dom and the headless editor are large, and the app starts without
 * them. docxImportEntry.js is the main process's DOM-free way in.
 */
import type { ImportDocx } from '../../../core/import/docxImport';

export type ReadDocx = ImportDocx;

export const readDocx: ReadDocx = async (bytes, options) => {
  const { importDocx } = await import('../../../core/import/docxImportEntry');
  return importDocx(bytes, options);
};
