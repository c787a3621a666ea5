/** Start-up notices (e.g. a damaged letter file moved aside), shown until dismissed. */
import { CloseIcon } from '../ui/icons';
import { useIntl } from 'react-intl';

export function NoticeBanner({
  notices,
  onDismiss,
}: {
  notices: string[];
  onDismiss: (index: number) => void;
}) {
  const intl = useIntl();
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div key={`${index}-${notice}`} className="notice" role="alert" data-testid="notice">
          <span className="notice__text">{notice}</span>
          <button
            type="button"
            className="notice__close"
            aria-label={intl.formatMessage({ id: 'app.notice.dismiss', defaultMessage: 'Dismiss notice' })}
            onClick={() => onDismiss(index)}
          >
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
