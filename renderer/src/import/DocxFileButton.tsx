/**
 * A button that asks for a DOCX file: the system's file picker, through a
 * hidden <input type=file> beside it (inside whatever dialog holds the
 * button, so the picker opens from the click that asked for it).
 */
import { useRef, type ReactNode } from 'react';
import { DOCX_ACCEPT } from './fileBytes';

interface DocxFileButtonProps {
  onFile: (file: File) => void;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  testId: string;
}

export function DocxFileButton({
  onFile,
  children,
  className = 'btn',
  disabled,
  testId,
}: DocxFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => input.current?.click()}
        disabled={disabled}
        data-testid={testId}
      >
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={DOCX_ACCEPT}
        hidden
        data-testid={`${testId}-file`}
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
