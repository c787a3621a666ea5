/** Start-up notices (e.g. a damaged letter file moved aside), shown until dismissed. */
import { useIntl } from 'react-intl';
import type { Wording } from '../../../core/i18n/wording';
import { CloseIcon } from '../ui/icons';

export function NoticeBanner({
  notices,
  onDismiss,
}: {
  notices: Wording[];
  onDismiss: (index: number) => void;
}) {
  const intl = useIntl();
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div key={`${index}-${notice.id}`} className="notice" role="alert" data-testid="notice">
          <span className="notice__text">{intl.formatMessage(notice, notice.values)}</span>
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
