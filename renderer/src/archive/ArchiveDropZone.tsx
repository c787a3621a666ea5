/**
 * The Log view as a place to drop an archive (.zip): it is imported. Wraps
 * the view without a box of its own (display: contents); while a file is
 * dragged over, the view is outlined.
 */
import { useState, type DragEvent, type ReactNode } from 'react';
import { useArchiveActions } from './ArchiveContext';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function ArchiveDropZone({ children }: { children: ReactNode }) {
  const actions = useArchiveActions();
  const [over, setOver] = useState(false);
  if (!actions) return <>{children}</>;
  return (
    <div
      className={over ? 'archive-drop archive-drop--over' : 'archive-drop'}
      data-testid="log-drop"
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
        if (file) actions.importFile(file);
      }}
    >
      {children}
    </div>
  );
}
