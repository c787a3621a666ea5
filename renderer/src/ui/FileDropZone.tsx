/**
 * A view as a place to drop a file: wraps it without a box of its own
 * (the class gives display: contents, so the layout stays the view's), and
 * adds `<className>--over` while a file is dragged over, for the outline.
 * Only drags that carry files are taken, so text dragged inside the view
 * (from the editor, say) behaves as before.
 */
import { useState, type DragEvent, type ReactNode } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

interface FileDropZoneProps {
  /** Given the first file dropped; without it the view is not a drop target. */
  onFile: ((file: File) => void) | null;
  className: string;
  testId: string;
  children: ReactNode;
}

export function FileDropZone({ onFile, className, testId, children }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  if (!onFile) return <>{children}</>;
  return (
    <div
      className={over ? `${className} ${className}--over` : className}
      data-testid={testId}
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
        if (file) onFile(file);
      }}
    >
      {children}
    </div>
  );
}
