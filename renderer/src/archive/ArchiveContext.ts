/**
 * The archive's ways in, for the views that offer them (the Log view's
 * buttons and drop target). The App holds the flow (useArchive.tsx), so the
 * menu's File ▸ Export Archive… and Import Archive… work from every view.
 */
import { createContext, useContext } from 'react';
import type { ArchiveSelection } from '../../../core/archive/archive';

export interface ArchiveActions {
  /** Opens the Archive… dialog, on `initial` (the Log's filter) when given. */
  openExport(initial?: ArchiveSelection): void;
  /** Opens the dialog that asks for an archive file to import. */
  pickImport(): void;
  /** A file chosen already (dropped on the Log view): imported. */
  importFile(file: File): void;
  /** An import is running. */
  busy: boolean;
}

export const ArchiveContext = createContext<ArchiveActions | null>(null);

export function useArchiveActions(): ArchiveActions | null {
  return useContext(ArchiveContext);
}
