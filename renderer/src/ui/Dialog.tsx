/**
 * A modal dialog on the native <dialog> element: focus is trapped and
 * restored, Escape closes it, and it works the same in Electron and the
 * browser (Electron has no window.prompt).
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

// What Tab stops on inside a dialog.
const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), ' +
  'textarea:not(:disabled), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Keeps Tab inside the dialog. showModal() makes the page behind inert, but
 * Chromium still lets Tab leave the last control for the browser's own UI
 * (or nowhere, in Electron), so focus is wrapped round by hand.
 */
function wrapTab(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.defaultPrevented) return;
  const stops = Array.from(dialog.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => element.tabIndex >= 0 && element.checkVisibility(),
  );
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

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
    const keydown = (event: KeyboardEvent) => wrapTab(dialog, event);
    dialog.addEventListener('cancel', cancel);
    dialog.addEventListener('keydown', keydown);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('keydown', keydown);
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
