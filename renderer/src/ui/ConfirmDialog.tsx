import { Dialog } from './Dialog';
import { FormattedMessage } from 'react-intl';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} role="alertdialog" testId="confirm-dialog">
      <p className="dialog__message">{message}</p>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel}>
          <FormattedMessage id="ui.confirm.cancel" defaultMessage="Cancel" />
        </button>
        <button
          type="button"
          className={danger ? 'btn btn--danger' : 'btn btn--primary'}
          onClick={onConfirm}
          data-testid="confirm-ok"
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
