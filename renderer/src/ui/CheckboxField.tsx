import { useId } from 'react';

interface CheckboxFieldProps {
  /** The field's heading, in line with the other fields' labels. */
  label: string;
  /** What ticking the box does, next to the box. */
  text: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  className?: string;
}

/** A checkbox laid out like a TextField: a heading above, the box and what it does below. */
export function CheckboxField({ label, text, checked, onChange, testId, className }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          data-testid={testId}
        />
        <span>{text}</span>
      </label>
    </div>
  );
}
