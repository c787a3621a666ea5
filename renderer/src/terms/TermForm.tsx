/**
 * Adds or edits one termbase entry. Terms of a kind go one per line: the
 * first Chinese term is the one shown, the first approved English term the
 * one offered (core/terms/termEntry.ts).
 */
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { TERM_DOMAINS, TERM_LIMITS, type TermEntry, type TermFields } from '../../../core/terms/termEntry';
import { useApi } from '../app/ApiContext';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useEditConflict } from '../ui/useEditConflict';
import { useFormSubmit } from '../ui/useFormSubmit';
import { useLatest } from '../ui/useLatest';
import { DOMAIN_LABELS } from './termDomains';

const blankTerm = (): TermFields => ({
  zh: [],
  en: [],
  forbidden: [],
  note: '',
  source: '',
  domain: 'other',
});

interface Draft {
  zh: string;
  en: string;
  forbidden: string;
  note: string;
  source: string;
  domain: TermFields['domain'];
}

const draftOf = (fields: TermFields): Draft => ({
  zh: fields.zh.join('\n'),
  en: fields.en.join('\n'),
  forbidden: fields.forbidden.join('\n'),
  note: fields.note,
  source: fields.source,
  domain: fields.domain,
});

/** One term a line; blank lines and repeats dropped. */
const lines = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()))].filter(Boolean);

interface TermFormProps {
  /** The stored entry, or null for a new one. */
  entry: TermEntry | null;
  onSaved: (entry: TermEntry) => void;
  onCancel: () => void;
}

export function TermForm({ entry, onSaved, onCancel }: TermFormProps) {
  const api = useApi();
  const intl = useIntl();
  const [draft, setDraft] = useState(() => draftOf(entry ?? blankTerm()));
  // Both callers close the form once it has saved, so the entry's id never changes while it is open.
  const id = entry?.id ?? null;
  const { error, setError, busy, run } = useFormSubmit();
  const latest = useLatest(draft);
  const { guard, conflict } = useEditConflict<TermEntry>({
    loadTheirs: async () =>
      id ? ((await api.call('terms.all', {})).find((e) => e.id === id) ?? null) : null,
    takeTheirs: (theirs) => setDraft(draftOf(theirs)),
  });
  const set = (key: 'zh' | 'en' | 'forbidden' | 'note' | 'source') => (text: string) =>
    setDraft({ ...draft, [key]: text });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const kinds = [draft.zh, draft.en, draft.forbidden].map(lines);
    const tooMany = kinds.some((terms) => terms.length > TERM_LIMITS.perLanguage);
    // The contract refuses a longer term too, but in the schema's words: said here in the user's language.
    const tooLong = kinds.some((terms) => terms.some((term) => term.length > TERM_LIMITS.term));
    if (!lines(draft.zh).length || !lines(draft.en).length) {
      setError(
        intl.formatMessage({
          id: 'terms.form.missing',
          defaultMessage: 'Give at least the Chinese term and its approved English term.',
        }),
      );
      return;
    }
    if (tooMany) {
      setError(
        intl.formatMessage(
          {
            id: 'terms.form.tooMany',
            defaultMessage: 'An entry holds at most {count} terms of each kind. Split it into two entries.',
          },
          { count: TERM_LIMITS.perLanguage },
        ),
      );
      return;
    }
    if (tooLong) {
      setError(
        intl.formatMessage(
          { id: 'terms.form.tooLong', defaultMessage: 'A term may be at most {count} characters.' },
          { count: TERM_LIMITS.term },
        ),
      );
      return;
    }
    await run(() =>
      guard(async (revision = entry?.revision ?? 0) => {
        // A retry after a conflict saves what the form holds by then.
        const now = latest.current;
        const saved = await api.call('terms.save', {
          id,
          revision,
          fields: {
            zh: lines(now.zh),
            en: lines(now.en),
            forbidden: lines(now.forbidden),
            note: now.note.trim(),
            source: now.source.trim(),
            domain: now.domain,
          },
        });
        onSaved(saved);
      }),
    );
  };

  const oneALine = intl.formatMessage({
    id: 'terms.form.oneALine',
    defaultMessage: 'One a line; the first is the one used.',
  });

  return (
    <form
      className="signatory-form term-form"
      onSubmit={submit}
      data-testid="term-form"
      aria-label={intl.formatMessage({ id: 'terms.form.label', defaultMessage: 'Termbase entry' })}
    >
      <div className="signatory-form__grid">
        <TextAreaField
          label={intl.formatMessage({ id: 'terms.form.zh', defaultMessage: 'Chinese term' })}
          lang="zh-CN"
          rows={2}
          value={draft.zh}
          onChange={set('zh')}
          placeholder={oneALine}
          maxLength={TERM_LIMITS.perLanguage * (TERM_LIMITS.term + 1)}
          testId="term-zh"
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the form the user just opened with Add or Edit
          autoFocus
        />
        <TextAreaField
          label={intl.formatMessage({ id: 'terms.form.en', defaultMessage: 'Approved English term' })}
          lang="en"
          rows={2}
          value={draft.en}
          onChange={set('en')}
          placeholder={oneALine}
          maxLength={TERM_LIMITS.perLanguage * (TERM_LIMITS.term + 1)}
          testId="term-en"
        />
        <TextAreaField
          label={intl.formatMessage({
            id: 'terms.form.forbidden',
            defaultMessage: 'Forbidden variants (English)',
          })}
          lang="en"
          rows={2}
          value={draft.forbidden}
          onChange={set('forbidden')}
          placeholder={intl.formatMessage({
            id: 'terms.form.forbiddenHint',
            defaultMessage: 'One a line; the checks flag them in a letter.',
          })}
          maxLength={TERM_LIMITS.perLanguage * (TERM_LIMITS.term + 1)}
          testId="term-forbidden"
        />
        <Field label={intl.formatMessage({ id: 'terms.form.domain', defaultMessage: 'Domain' })}>
          {(fieldId) => (
            <select
              id={fieldId}
              className="input"
              value={draft.domain}
              onChange={(event) => setDraft({ ...draft, domain: event.target.value as Draft['domain'] })}
              data-testid="term-domain"
            >
              {TERM_DOMAINS.map((domain) => (
                <option key={domain} value={domain}>
                  {intl.formatMessage(DOMAIN_LABELS[domain])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={intl.formatMessage({ id: 'terms.form.source', defaultMessage: 'Source' })}
          value={draft.source}
          onChange={set('source')}
          maxLength={TERM_LIMITS.source}
          placeholder={intl.formatMessage({
            id: 'terms.form.sourceHint',
            defaultMessage: 'A web address or a document’s name',
          })}
          testId="term-source"
        />
      </div>
      <TextAreaField
        label={intl.formatMessage({ id: 'terms.form.note', defaultMessage: 'Note' })}
        value={draft.note}
        onChange={set('note')}
        maxLength={TERM_LIMITS.note}
        testId="term-note"
      />
      <EditConflictNotice conflict={conflict} />
      <FormActions
        error={error}
        onCancel={onCancel}
        submitLabel={
          entry
            ? intl.formatMessage({ id: 'terms.form.saveChanges', defaultMessage: 'Save changes' })
            : intl.formatMessage({ id: 'terms.form.add', defaultMessage: 'Add term' })
        }
        busy={busy}
        testId="term-save"
      />
    </form>
  );
}
