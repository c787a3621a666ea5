/**
 * Under the log's rows: how many of the matches are shown ("Showing 1,000 of
 * 10,412 sendings") and "Show more", which loads the next page. The summary
 * below always counts every match, whatever is shown here.
 */
import { FormattedMessage } from 'react-intl';

interface LogMoreProps {
  shown: number;
  total: number;
  loading: boolean;
  onMore: () => void;
}

export function LogMore({ shown, total, loading, onMore }: LogMoreProps) {
  if (shown >= total) return null;
  return (
    <div className="log-more" data-testid="log-more">
      <p role="status" data-testid="log-shown">
        <FormattedMessage
          id="log.more.shown"
          defaultMessage="Showing {shown, number} of {total, plural, one {# sending} other {# sendings}}."
          values={{ shown, total }}
        />
      </p>
      <button
        type="button"
        className="btn"
        onClick={onMore}
        disabled={loading}
        aria-busy={loading}
        data-testid="log-show-more"
      >
        <FormattedMessage id="log.more.button" defaultMessage="Show more" />
      </button>
    </div>
  );
}
