/** Adds or edits one signatory profile, English and Chinese side by side. */
import { useState, type FormEvent } from 'react';
import type { Signatory } from '../../../core/signatory';
import { TextField } from '../ui/TextField';
import { FormActions } from '../ui/FormActions';
import { useFormSubmit } from '../ui/useFormSubmit';

type Line = Exclude<keyof Signatory, 'id'>;

const ROWS: Array<{ en: Line; zh: Line; label: string; labelZh: string; testId: string }> = [
  { en: 'nameEn', zh: 'nameZh', label: 'Name', labelZh: '姓名', testId: 'name' },
  { en: 'titleEn', zh: 'titleZh', label: 'Title', labelZh: '职务', testId: 'title' },
  { en: 'organisationEn', zh: 'organisationZh', label: 'Organisation', labelZh: '单位', testId: 'org' },
];

interface SignatoryFormProps {
  initial: Signatory;
  isNew: boolean;
  onSave: (signatory: Signatory) => Promise<void>;
  onCancel: () => void;
}

export function SignatoryForm({ initial, isNew, onSave, onCancel }: SignatoryFormProps) {
  const [value, setValue] = useState(initial);
  const { error, setError, busy, run } = useFormSubmit();
  const set = (key: Line) => (text: string) => setValue({ ...value, [key]: text });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.nameEn.trim()) {
      setError('Give the name in English: it is printed under every letter this person signs.');
      return;
    }
    await run(() => onSave(value));
  };

  return (
    <form
      className="signatory-form"
      onSubmit={submit}
      data-testid="signatory-form"
      aria-label="Signatory profile"
    >
      <div className="signatory-form__grid">
        <span className="signatory-form__col">English</span>
        <span className="signatory-form__col" lang="zh-CN">
          中文
        </span>
        {ROWS.map((row) => [
          <TextField
            key={row.en}
            label={row.label}
            value={value[row.en]}
            onChange={set(row.en)}
            testId={`signatory-${row.testId}-en`}
            autoFocus={row.en === 'nameEn'}
          />,
          <TextField
            key={row.zh}
            label={`${row.label} (${row.labelZh})`}
            lang="zh-CN"
            value={value[row.zh]}
            onChange={set(row.zh)}
            testId={`signatory-${row.testId}-zh`}
          />,
        ])}
      </div>
      <FormActions
        error={error}
        onCancel={onCancel}
        submitLabel={isNew ? 'Add signatory' : 'Save changes'}
        busy={busy}
        testId="signatory-save"
      />
    </form>
  );
}
