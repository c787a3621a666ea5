import type { LetterStatus } from '../../../core/letter';

const OPTIONS: Array<{ value: LetterStatus; label: string }> = [
  { value: 'draft', label: 'Draft' },
  { value: 'final', label: 'Final' },
];

/** Draft / Final, as a two-button segmented control. */
export function StatusToggle({
  value,
  onChange,
}: {
  value: LetterStatus;
  onChange: (value: LetterStatus) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label="Letter status">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          className={`segmented__item segmented__item--${option.value}`}
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          data-testid={`status-${option.value}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
