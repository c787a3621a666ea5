/** Adds or edits one signatory profile, English and Chinese side by side. */
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages, type MessageDescriptor } from '../../../core/i18n/wording';
import type { SignatoryProfile } from '../../../core/signatory';
import { useApi } from '../app/ApiContext';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { TextField } from '../ui/TextField';
import { FormActions } from '../ui/FormActions';
import { useEditConflict } from '../ui/useEditConflict';
import { useFormSubmit } from '../ui/useFormSubmit';
import { useLatest } from '../ui/useLatest';

type Line = Exclude<keyof SignatoryProfile, 'id' | 'revision'>;

const labels = defineMessages({
  nameEn: { id: 'settings.signatoryForm.nameEn', defaultMessage: 'Name' },
  nameZh: { id: 'settings.signatoryForm.nameZh', defaultMessage: 'Name (姓名)' },
  titleEn: { id: 'settings.signatoryForm.titleEn', defaultMessage: 'Title' },
  titleZh: { id: 'settings.signatoryForm.titleZh', defaultMessage: 'Title (职务)' },
  organisationEn: { id: 'settings.signatoryForm.organisationEn', defaultMessage: 'Organisation' },
  organisationZh: { id: 'settings.signatoryForm.organisationZh', defaultMessage: 'Organisation (单位)' },
});

const ROWS: Array<{
  en: Line;
  zh: Line;
  label: MessageDescriptor;
  labelZh: MessageDescriptor;
  testId: string;
}> = [
  { en: 'nameEn', zh: 'nameZh', label: labels.nameEn, labelZh: labels.nameZh, testId: 'name' },
  { en: 'titleEn', zh: 'titleZh', label: labels.titleEn, labelZh: labels.titleZh, testId: 'title' },
  {
    en: 'organisationEn',
    zh: 'organisationZh',
    label: labels.organisationEn,
    labelZh: labels.organisationZh,
    testId: 'org',
  },
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
  const intl = useIntl();
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
      setError(
        intl.formatMessage({
          id: 'settings.signatoryForm.nameMissing',
          defaultMessage: 'Give the name in English: it is printed under every letter this person signs.',
        }),
      );
      return;
    }
    await run(() => guard((revision = value.revision) => onSave({ ...latest.current, revision })));
  };

  return (
    <form
      className="signatory-form"
      onSubmit={submit}
      data-testid="signatory-form"
      aria-label={intl.formatMessage({
        id: 'settings.signatoryForm.label',
        defaultMessage: 'Signatory profile',
      })}
    >
      <div className="signatory-form__grid">
        <span className="signatory-form__col">
          <FormattedMessage id="settings.signatoryForm.englishColumn" defaultMessage="English" />
        </span>
        <span className="signatory-form__col" lang="zh-CN">
          <FormattedMessage id="settings.signatoryForm.chineseColumn" defaultMessage="中文" />
        </span>
        {ROWS.map((row) => [
          <TextField
            key={row.en}
            label={intl.formatMessage(row.label)}
            value={value[row.en]}
            onChange={set(row.en)}
            testId={`signatory-${row.testId}-en`}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the form the user just opened with Add or Edit
            autoFocus={row.en === 'nameEn'}
          />,
          <TextField
            key={row.zh}
            label={intl.formatMessage(row.labelZh)}
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
        submitLabel={
          isNew
            ? intl.formatMessage({ id: 'settings.signatoryForm.add', defaultMessage: 'Add signatory' })
            : intl.formatMessage({ id: 'settings.signatoryForm.saveChanges', defaultMessage: 'Save changes' })
        }
        busy={busy}
        testId="signatory-save"
      />
    </form>
  );
}
