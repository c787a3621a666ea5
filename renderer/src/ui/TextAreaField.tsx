import { useId, type TextareaHTMLAttributes } from 'react';

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
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        className="input input--multiline"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        {...textarea}
      />
    </div>
  );
}
