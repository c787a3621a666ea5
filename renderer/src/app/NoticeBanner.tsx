/** Start-up notices (e.g. a damaged letter file moved aside), shown until dismissed. */
import { CloseIcon } from '../ui/icons';

export function NoticeBanner({
  notices,
  onDismiss,
}: {
  notices: string[];
  onDismiss: (index: number) => void;
}) {
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div key={`${index}-${notice}`} className="notice" role="alert" data-testid="notice">
          <span className="notice__text">{notice}</span>
          <button
            type="button"
            className="notice__close"
            aria-label="Dismiss notice"
            onClick={() => onDismiss(index)}
          >
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
