/**
 * The DOCX reading (core/import/importDocx.ts), loaded on first use: mammoth
 * and happy-dom are large, and the app starts without them.
 */
import type { AppSettings } from '../../../core/settings';
import type { DocxImport } from '../../../core/import/docxImport';

export interface ReadOptions {
  settings: AppSettings;
  now: Date;
}

export type ReadDocx = (bytes: Uint8Array, options: ReadOptions) => Promise<DocxImport>;

export const readDocx: ReadDocx = async (bytes, options) => {
  const { importDocx } = await import('../../../core/import/importDocx');
  return importDocx(bytes, options);
};
