import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  className?: string;
  /** Renders the control, given the id its <label> points at. */
  children: (id: string) => ReactNode;
}

/** A labelled form control; the label is a real <label>, so clicking it focuses the control. */
export function Field({ label, className, children }: FieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
