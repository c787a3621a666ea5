/**
 * The DOCX import's ways in, for the views that offer them (the library's
 * "New letter from DOCX…", the History panel's "Import reviewed DOCX…"). The
 * App holds the flow (useDocxImport.tsx), as it holds which letter is open.
 */
import { createContext, useContext } from 'react';

/** The open letter a reviewed DOCX is imported into. */
export interface ImportTarget {
  letterId: string;
  /** Autosave's flush: the stored letter must be what is on screen first. */
  flush: () => Promise<void>;
  /** The revision on screen, which the import replaces (else 'conflict'). */
  revision: () => number;
  /** The title shown for it (user content). */
  title: () => string;
}

export interface DocxImportActions {
  /** Opens the file picker for a new letter. */
  pickNewLetter(): void;
  /** A file chosen already (dropped on the library): a new letter from it. */
  importNewLetter(file: File): void;
  /** Asks for a reviewed DOCX to import into `target` as its next version. */
  askNewVersion(target: ImportTarget): void;
  /** An import is running. */
  busy: boolean;
}

export const DocxImportContext = createContext<DocxImportActions | null>(null);

export function useDocxImportActions(): DocxImportActions | null {
  return useContext(DocxImportContext);
}
