/** Adds or edits one signatory profile, English and Chinese side by side. */
import { useState, type FormEvent } from 'react';
import type { SignatoryProfile } from '../../../core/signatory';
import { useApi } from '../app/ApiContext';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { TextField } from '../ui/TextField';
import { FormActions } from '../ui/FormActions';
import { useEditConflict } from '../ui/useEditConflict';
import { useFormSubmit } from '../ui/useFormSubmit';
import { useLatest } from '../ui/useLatest';

type Line = Exclude<keyof SignatoryProfile, 'id' | 'revision'>;

const ROWS: Array<{ en: Line; zh: Line; label: string; labelZh: string; testId: string }> = [
  { en: 'nameEn', zh: 'nameZh', label: 'Name', labelZh: '姓名', testId: 'name' },
  { en: 'titleEn', zh: 'titleZh', label: 'Title', labelZh: '职务', testId: 'title' },
  { en: 'organisationEn', zh: 'organisationZh', label: 'Organisation', labelZh: '单位', testId: 'org' },
];

interface SignatoryFormProps {
  initial: SignatoryProfile;
  isNew: boolean;
  /** Saves the profile; `revision` is the one it was based on. */
  onSave: (signatory: SignatoryProfile) => Promise<void>;
  onCancel: () => void;
}

export function SignatoryForm({ initial, isNew, onSave, onCancel }: SignatoryFormProps) {
  const api = useApi();
  const [value, setValue] = useState(initial);
  const { error, setError, busy, run } = useFormSubmit();
  const set = (key: Line) => (text: string) => setValue({ ...value, [key]: text });
  const latest = useLatest(value);
  const { guard, conflict } = useEditConflict<SignatoryProfile>({
    loadTheirs: async () =>
      (await api.call('signatories.list', {})).signatories.find((s) => s.id === initial.id) ?? null,
    takeTheirs: setValue,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.nameEn.trim()) {
      setError('Give the name in English: it is printed under every letter this person signs.');
      return;
    }
    await run(() => guard((revision = value.revision) => onSave({ ...latest.current, revision })));
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
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the form the user just opened with Add or Edit
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
      <EditConflictNotice conflict={conflict} />
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
