/**
 * A button that asks for an archive (.zip): the system's file picker,
 * through a hidden <input type=file> beside it, opened by the click itself.
 */
import { useRef, type ReactNode } from 'react';
import { ARCHIVE_ACCEPT } from './archiveFile';

interface ArchiveFileButtonProps {
  onFile: (file: File) => void;
  children: ReactNode;
  disabled?: boolean;
}

export function ArchiveFileButton({ onFile, children, disabled }: ArchiveFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => input.current?.click()}
        disabled={disabled}
        data-testid="archive-import-choose"
      >
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={ARCHIVE_ACCEPT}
        hidden
        data-testid="archive-import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again is a change too.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
