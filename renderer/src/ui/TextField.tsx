import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  className?: string;
}

/** A labelled single-line input. */
export function TextField({ label, value, onChange, testId, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} className={className}>
      {(id) => (
        <input
          id={id}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
          {...input}
        />
      )}
    </Field>
  );
}
