/**
 * The Log view as a place to drop an archive (.zip): it is imported. While a
 * file is dragged over, the view is outlined (archive.css).
 */
import type { ReactNode } from 'react';
import { FileDropZone } from '../ui/FileDropZone';
import { useArchiveActions } from './ArchiveContext';

export function ArchiveDropZone({ children }: { children: ReactNode }) {
  const actions = useArchiveActions();
  return (
    <FileDropZone
      onFile={actions && ((file) => actions.importFile(file))}
      className="archive-drop"
      testId="log-drop"
    >
      {children}
    </FileDropZone>
  );
}
