/**
 * The library as a place to drop a .docx: a new letter from it. While a file
 * is dragged over, the sidebar is outlined (import.css).
 */
import type { ReactNode } from 'react';
import { FileDropZone } from '../ui/FileDropZone';
import { useDocxImportActions } from './DocxImportContext';

export function DocxDropZone({ children }: { children: ReactNode }) {
  const actions = useDocxImportActions();
  return (
    <FileDropZone
      onFile={actions && ((file) => actions.importNewLetter(file))}
      className="docx-drop"
      testId="library-drop"
    >
      {children}
    </FileDropZone>
  );
}
