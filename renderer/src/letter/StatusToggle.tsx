import { useIntl } from 'react-intl';
import type { LetterStatus } from '../../../core/letter';
import { defineMessages } from '../../../core/i18n/wording';

const LABELS = defineMessages({
  draft: { id: 'letter.status.draft', defaultMessage: 'Draft' },
  final: { id: 'letter.status.final', defaultMessage: 'Final' },
});
const OPTIONS: LetterStatus[] = ['draft', 'final'];

/** Draft / Final, as a two-button segmented control. */
export function StatusToggle({
  value,
  onChange,
  disabled = false,
}: {
  value: LetterStatus;
  onChange: (value: LetterStatus) => void;
  disabled?: boolean;
}) {
  const intl = useIntl();
  return (
    <div
      className="segmented"
      role="group"
      aria-label={intl.formatMessage({ id: 'letter.status.label', defaultMessage: 'Letter status' })}
    >
      {OPTIONS.map((option) => (
        <button
          key={option}
          type="button"
          className={`segmented__item segmented__item--${option}`}
          aria-pressed={value === option}
          onClick={() => onChange(option)}
          disabled={disabled}
          data-testid={`status-${option}`}
        >
          {intl.formatMessage(LABELS[option])}
        </button>
      ))}
    </div>
  );
}
