/**
 * Toasts: confirmations fade away, errors stay until dismissed. Every failure
 * in the app ends up here (or in an inline message), never only in a console.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { CloseIcon } from './icons';

export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  action?: ToastAction;
}

export interface Notify {
  info(message: string, action?: ToastAction): void;
  /** Stays until dismissed; `action` is the way to the problem when it is not on screen. */
  error(message: string, action?: ToastAction): void;
}

const INFO_MS = 6000;
const MAX_TOASTS = 3;
const NotifyContext = createContext<Notify | null>(null);

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const push = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++;
      setToasts((all) => {
        // The same message twice (e.g. a retried action) shows once.
        if (all.some((t) => t.kind === toast.kind && t.message === toast.message)) return all;
        const next = [...all, { ...toast, id }];
        // Older confirmations make room; errors stay until dismissed.
        const firstInfo = next.findIndex((t) => t.kind === 'info');
        if (next.length > MAX_TOASTS && firstInfo !== -1) next.splice(firstInfo, 1);
        return next;
      });
      if (toast.kind === 'info') setTimeout(() => dismiss(id), INFO_MS);
    },
    [dismiss],
  );

  const notify = useMemo<Notify>(
    () => ({
      info: (message, action) => push({ kind: 'info', message, action }),
      error: (message, action) => push({ kind: 'error', message, action }),
    }),
    [push],
  );

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast--${toast.kind}`}
            role={toast.kind === 'error' ? 'alert' : 'status'}
            data-testid={toast.kind === 'error' ? 'toast-error' : 'toast'}
          >
            <span className="toast__message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action?.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="toast__close"
              aria-label={intl.formatMessage({ id: 'ui.toast.dismiss', defaultMessage: 'Dismiss' })}
              onClick={() => dismiss(toast.id)}
            >
              <CloseIcon size={14} />
            </button>
          </div>
        ))}
      </div>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify() needs a <NotificationsProvider> above it.');
  return notify;
}
