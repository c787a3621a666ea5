/**
 * Work that leaving the current view would lose (a template being edited, not
 * yet saved): the view says so with `useLeaveGuard`, and the app asks before
 * the sidebar switches away, as the view's own Cancel button does. Closing the
 * window asks too (the browser's own "Leave site?" prompt).
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { usePromptBeforeUnload } from '../ui/usePromptBeforeUnload';
import { useIntl } from 'react-intl';

/** What would be lost, in a sentence; null when nothing would. */
type Unsaved = string | null;

const LeaveGuardContext = createContext<(unsaved: Unsaved) => void>(() => undefined);

/** Marks the view as holding unsaved work while `unsaved` is a description of it. */
export function useLeaveGuard(unsaved: Unsaved): void {
  const report = useContext(LeaveGuardContext);
  useEffect(() => {
    report(unsaved);
    return () => report(null);
  }, [report, unsaved]);
  usePromptBeforeUnload(unsaved !== null);
}

/** For the app: `leave(then)` runs `then` at once, or after the user agrees to discard unsaved work. */
export function useLeaveGuardHost() {
  const unsaved = useRef<Unsaved>(null);
  const intl = useIntl();
  const [pending, setPending] = useState<{ message: string; then: () => void } | null>(null);
  const report = useCallback((value: Unsaved) => {
    unsaved.current = value;
  }, []);
  const leave = useCallback((then: () => void) => {
    if (unsaved.current) setPending({ message: unsaved.current, then });
    else then();
  }, []);

  const provide = (children: ReactNode) => (
    <LeaveGuardContext.Provider value={report}>
      {children}
      {pending && (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'app.leave.title', defaultMessage: 'Discard changes' })}
          message={pending.message}
          confirmLabel={intl.formatMessage({ id: 'app.leave.confirm', defaultMessage: 'Discard changes' })}
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            unsaved.current = null;
            pending.then();
          }}
        />
      )}
    </LeaveGuardContext.Provider>
  );
  return { leave, provide };
}
