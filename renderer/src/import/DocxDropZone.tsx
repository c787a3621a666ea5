/**
 * The library as a place to drop a .docx: a new letter from it. Wraps the
 * sidebar without a box of its own (display: contents), so the layout is the
 * sidebar's; while a file is dragged over, the sidebar is outlined.
 */
import { useState, type DragEvent, type ReactNode } from 'react';
import { useDocxImportActions } from './DocxImportContext';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function DocxDropZone({ children }: { children: ReactNode }) {
  const actions = useDocxImportActions();
  const [over, setOver] = useState(false);
  if (!actions) return <>{children}</>;
  return (
    <div
      className={over ? 'docx-drop docx-drop--over' : 'docx-drop'}
      data-testid="library-drop"
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) actions.importNewLetter(file);
      }}
    >
      {children}
    </div>
  );
}
