/**
 * A modal dialog on the native <dialog> element: focus is trapped and
 * restored, Escape closes it, and it works the same in Electron and the
 * browser (Electron has no window.prompt).
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  testId?: string;
  /** Extra classes, e.g. `dialog--wide` for side-by-side content. */
  className?: string;
}

export function Dialog({ title, onClose, children, role = 'dialog', testId, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  // A layout effect, so the dialog is closed and focus handed back as soon as React removes it
  // (closeDialogThen relies on that to move the cursor back into an editor afterwards).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    // showModal() itself puts focus on the first control inside, so dialogs need no autoFocus.
    dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.close();
      previous?.focus?.();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role}
      aria-label={title}
      data-testid={testId}
    >
      <h2 className="dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}
