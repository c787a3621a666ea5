import { useId, useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';

interface PromptDialogProps {
  title: string;
  label: string;
  initialValue?: string;
  placeholder?: string;
  submitLabel: string;
  /** Returns the value to submit, or throws an Error whose message is shown under the field. */
  parse: (value: string) => string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/** Asks for one line of text, with the reason shown inline when it is refused. */
export function PromptDialog(props: PromptDialogProps) {
  const { title, label, initialValue = '', placeholder, submitLabel, parse, onSubmit, onCancel } = props;
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      onSubmit(parse(value));
    } catch (refused) {
      setError((refused as Error).message);
    }
  };

  return (
    <Dialog title={title} onClose={onCancel} testId="prompt-dialog">
      <form onSubmit={submit} className="dialog__form">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <input
          id={id}
          className="input"
          value={value}
          placeholder={placeholder}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid="prompt-input"
        />
        <FormActions
          error={error}
          errorId={`${id}-error`}
          onCancel={onCancel}
          submitLabel={submitLabel}
          testId="prompt-ok"
        />
      </form>
    </Dialog>
  );
}
