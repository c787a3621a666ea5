/** The type of docxImportEntry.js: the import's signature, with no DOM type in it (see there). */
import type { ImportDocx } from './docxImport';

export declare const importDocx: ImportDocx;
