import type { TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  className?: string;
}

/** A labelled multi-line input, for text that keeps its line breaks (an address). */
export function TextAreaField({
  label,
  value,
  onChange,
  testId,
  className,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field label={label} className={className}>
      {(id) => (
        <textarea
          id={id}
          className="input input--multiline"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
          {...textarea}
        />
      )}
    </Field>
  );
}
