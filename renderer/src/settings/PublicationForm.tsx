/**
 * Adds or edits one publication profile: names, letters address, limit, house
 * style, exclusivity, reply window and the facts cited from the paper's pages.
 */
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { isCompleteFact, type Publication } from '../../../core/publication';
import { useApi } from '../app/ApiContext';
import { CheckboxField } from '../ui/CheckboxField';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { Field } from '../ui/Field';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { FormActions } from '../ui/FormActions';
import { useEditConflict } from '../ui/useEditConflict';
import { useFormSubmit } from '../ui/useFormSubmit';
import { useLatest } from '../ui/useLatest';
import { PublicationFactsEditor } from './PublicationFactsEditor';
import { SpellingOptions } from './SpellingOptions';

interface PublicationFormProps {
  initial: Publication;
  isNew: boolean;
  onSave: (publication: Publication) => Promise<void>;
  onCancel: () => void;
}

/** Not words: the start of any web address, the same in any interface language. */
const WEB_ADDRESS_START = 'https://';

/** A readable id from the English name, for new profiles: "Le Monde" → "le-monde". */
const daysText = (days: number | null) => (days === null ? '' : String(days));

/** A whole number in [min, max] from what was typed, null when empty, NaN when it is not one. */
function wholeNumberOf(text: string, max: number): number | null {
  if (!text.trim()) return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : Number.NaN;
}

const idFromName = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48) || `paper-${Date.now().toString(36)}`;

export function PublicationForm({ initial, isNew, onSave, onCancel }: PublicationFormProps) {
  const api = useApi();
  const intl = useIntl();
  const [value, setValue] = useState(initial);
  const [limit, setLimit] = useState(initial.wordLimit ? String(initial.wordLimit) : '');
  const [replyWindow, setReplyWindow] = useState(daysText(initial.replyWindowDays));
  const { error, setError, busy, run } = useFormSubmit();
  const id = isNew ? idFromName(value.nameEn) : value.id;
  const latest = useLatest({ value, limit, replyWindow });
  const { guard, conflict } = useEditConflict<Publication>({
    loadTheirs: async () => (await api.call('publications.list', {})).find((p) => p.id === id) ?? null,
    takeTheirs: (theirs) => {
      setValue(theirs);
      setLimit(theirs.wordLimit ? String(theirs.wordLimit) : '');
      setReplyWindow(daysText(theirs.replyWindowDays));
    },
  });
  const set =
    (key: 'nameEn' | 'nameZh' | 'lettersEmail' | 'salutation' | 'notes' | 'source') => (text: string) =>
      setValue({ ...value, [key]: text });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.nameEn.trim()) {
      setError(
        intl.formatMessage(
          {
            id: 'settings.publicationForm.nameMissing',
            defaultMessage: 'Give the publication’s English name: it fills “{field}” in every letter to it.',
          },
          { field: '{{publication}}' },
        ),
      );
      return;
    }
    const limitOf = (text: string) => (text.trim() ? Number(text) : null);
    const wordLimit = limitOf(limit);
    if (wordLimit !== null && !(Number.isInteger(wordLimit) && wordLimit > 0 && wordLimit <= 10_000)) {
      setError(
        intl.formatMessage({
          id: 'settings.publicationForm.badWordLimit',
          defaultMessage:
            'The word limit must be a whole number of words (up to 10,000), or empty if the paper sets none.',
        }),
      );
      return;
    }
    if (Number.isNaN(wholeNumberOf(replyWindow, 365))) {
      setError(
        intl.formatMessage({
          id: 'settings.publicationForm.badReplyWindow',
          defaultMessage:
            'The reply window must be a whole number of days from 1 to 365, or empty if the paper gives none.',
        }),
      );
      return;
    }
    const badFact = value.facts.findIndex((fact) => !isCompleteFact(fact));
    if (badFact >= 0) {
      setError(
        intl.formatMessage(
          {
            id: 'settings.publicationForm.badFact',
            defaultMessage:
              'Fact {number} needs its text, the web address of the page that says it (https://…) and the day it was checked; or remove it.',
          },
          { number: badFact + 1 },
        ),
      );
      return;
    }
    await run(() =>
      guard((revision = value.revision) => {
        // A retry after a conflict saves what the form holds by then.
        const now = latest.current;
        return onSave({
          ...now.value,
          id,
          wordLimit: limitOf(now.limit),
          replyWindowDays: wholeNumberOf(now.replyWindow, 365),
          facts: now.value.facts.map((fact) => ({
            ...fact,
            text: fact.text.trim(),
            source: fact.source.trim(),
          })),
          revision,
        });
      }),
    );
  };

  return (
    <form
      className="signatory-form"
      onSubmit={submit}
      data-testid="publication-form"
      aria-label={intl.formatMessage({ id: 'settings.publicationForm.label', defaultMessage: 'Publication' })}
    >
      <div className="signatory-form__grid">
        <TextField
          label={intl.formatMessage({ id: 'settings.publicationForm.nameEn', defaultMessage: 'Name' })}
          value={value.nameEn}
          onChange={set('nameEn')}
          testId="publication-name-en"
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the form the user just opened with Add or Edit
          autoFocus
        />
        <TextField
          label={intl.formatMessage({
            id: 'settings.publicationForm.nameZh',
            defaultMessage: 'Name (中文, without 《》)',
          })}
          lang="zh-CN"
          value={value.nameZh}
          onChange={set('nameZh')}
          testId="publication-name-zh"
        />
        <TextField
          label={intl.formatMessage({
            id: 'settings.publicationForm.lettersEmail',
            defaultMessage: 'Letters email',
          })}
          type="email"
          value={value.lettersEmail}
          onChange={set('lettersEmail')}
          testId="publication-email"
        />
        <TextField
          label={intl.formatMessage({
            id: 'settings.publicationForm.wordLimit',
            defaultMessage: 'Word limit',
          })}
          inputMode="numeric"
          value={limit}
          onChange={setLimit}
          placeholder={intl.formatMessage({ id: 'settings.publicationForm.none', defaultMessage: 'none' })}
          testId="publication-word-limit"
        />
        <TextField
          label={intl.formatMessage({
            id: 'settings.publicationForm.salutation',
            defaultMessage: 'Salutation',
          })}
          value={value.noSalutation ? '' : value.salutation}
          onChange={set('salutation')}
          placeholder={
            value.noSalutation
              ? intl.formatMessage({ id: 'settings.publicationForm.none', defaultMessage: 'none' })
              : intl.formatMessage({
                  id: 'settings.publicationForm.keepOwnSalutation',
                  defaultMessage: 'keep the letter’s own',
                })
          }
          disabled={value.noSalutation}
          testId="publication-salutation"
        />
        <Field
          label={intl.formatMessage({ id: 'settings.publicationForm.spelling', defaultMessage: 'Spelling' })}
        >
          {(fieldId) => (
            <select
              id={fieldId}
              className="input"
              value={value.spelling}
              onChange={(event) =>
                setValue({ ...value, spelling: event.target.value as Publication['spelling'] })
              }
              data-testid="publication-spelling"
            >
              <SpellingOptions followHouse />
            </select>
          )}
        </Field>
        <TextField
          label={intl.formatMessage({
            id: 'settings.publicationForm.source',
            defaultMessage: 'Source (where the limit and address come from)',
          })}
          value={value.source}
          onChange={set('source')}
          placeholder={WEB_ADDRESS_START}
          testId="publication-source"
        />
      </div>
      <CheckboxField
        label={intl.formatMessage({
          id: 'settings.publicationForm.salutation',
          defaultMessage: 'Salutation',
        })}
        text={intl.formatMessage({
          id: 'settings.publicationForm.noSalutation',
          defaultMessage: 'Letters to this paper carry no salutation (most US papers)',
        })}
        className="publication-form__more"
        checked={value.noSalutation}
        onChange={(noSalutation) => setValue({ ...value, noSalutation })}
        testId="publication-no-salutation"
      />
      <CheckboxField
        label={intl.formatMessage({ id: 'settings.publicationForm.email', defaultMessage: 'Email' })}
        text={intl.formatMessage({
          id: 'settings.publicationForm.inEmailBody',
          defaultMessage: 'Paste the letter into the email (the Word file is attached as well)',
        })}
        className="publication-form__more"
        checked={value.letterInEmailBody}
        onChange={(letterInEmailBody) => setValue({ ...value, letterInEmailBody })}
        testId="publication-in-body"
      />
      <div className="signatory-form__grid publication-form__more">
        <CheckboxField
          label={intl.formatMessage({
            id: 'settings.publicationForm.exclusivity',
            defaultMessage: 'Exclusivity',
          })}
          text={intl.formatMessage({
            id: 'settings.publicationForm.exclusive',
            defaultMessage: 'Wants exclusive letters (sent to this paper alone)',
          })}
          checked={value.exclusive}
          onChange={(exclusive) => setValue({ ...value, exclusive })}
          testId="publication-exclusive"
        />
        <TextField
          label={intl.formatMessage({
            id: 'settings.publicationForm.replyWindow',
            defaultMessage: 'Usually answers within (days)',
          })}
          inputMode="numeric"
          value={replyWindow}
          onChange={setReplyWindow}
          placeholder={intl.formatMessage({ id: 'settings.publicationForm.none', defaultMessage: 'none' })}
          testId="publication-reply-window"
        />
      </div>
      <PublicationFactsEditor facts={value.facts} onChange={(facts) => setValue({ ...value, facts })} />
      <TextAreaField
        className="publication-form__more"
        label={intl.formatMessage({ id: 'settings.publicationForm.notes', defaultMessage: 'Notes' })}
        value={value.notes}
        onChange={set('notes')}
        testId="publication-notes"
      />
      <EditConflictNotice conflict={conflict} />
      <FormActions
        error={error}
        onCancel={onCancel}
        submitLabel={
          isNew
            ? intl.formatMessage({ id: 'settings.publicationForm.add', defaultMessage: 'Add publication' })
            : intl.formatMessage({
                id: 'settings.publicationForm.saveChanges',
                defaultMessage: 'Save changes',
              })
        }
        busy={busy}
        testId="publication-save"
      />
    </form>
  );
}
