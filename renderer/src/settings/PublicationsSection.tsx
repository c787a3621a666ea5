/**
 * The publications the office writes to. Picking one on a letter fills its
 * names, letters address and salutation; the checks read its word limit.
 */
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import { blankPublication, type Publication } from '../../../core/publication';
import { useApi } from '../app/ApiContext';
import { activeIntl } from '../i18n/activeIntl';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errorMessage';
import { isConflict } from '../ui/isConflict';
import { PencilIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';
import { PublicationForm } from './PublicationForm';

/** A Chinese publication's name as Chinese writes it, in 《》 (part of the name, not of the interface). */
const inBookTitleMarks = (name: string) => `《${name}》`;

const messages = defineMessages({
  loadFailed: {
    id: 'settings.publications.loadFailed',
    defaultMessage: 'The publications could not be loaded: {reason}',
  },
  stale: {
    id: 'settings.publications.staleDelete',
    defaultMessage:
      'The publication “{name}” was changed in another window since this list was shown, so it was not deleted. The list now shows the latest version; Delete it again if you still want to.',
  },
});

export function PublicationsSection() {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [list, setList] = useState<Publication[] | null>(null);
  const [editing, setEditing] = useState<{ publication: Publication; isNew: boolean } | null>(null);
  const [removing, setRemoving] = useState<Publication | null>(null);

  useEffect(() => {
    api.call('publications.list', {}).then(setList, (error: unknown) =>
      // The language at the time of the failure; the list is not loaded again when it changes.
      notify.error(activeIntl().formatMessage(messages.loadFailed, { reason: errorMessage(error) })),
    );
  }, [api, notify]);

  const save = async (publication: Publication) => {
    // A new profile must not replace an existing one that happens to share its name.
    const taken = new Set((list ?? []).filter((p) => p !== editing?.publication).map((p) => p.id));
    let id = publication.id;
    for (let n = 2; editing?.isNew && taken.has(id); n += 1) id = `${publication.id}-${n}`;
    setList(await api.call('publications.save', { publication: { ...publication, id } }));
    setEditing(null);
  };
  const form = (publication: Publication, isNew: boolean) => (
    <PublicationForm initial={publication} isNew={isNew} onSave={save} onCancel={() => setEditing(null)} />
  );

  return (
    <section className="settings-section" aria-labelledby="publications-title">
      <div className="settings-section__header">
        <h2 id="publications-title" className="settings-section__title">
          <FormattedMessage id="settings.publications.title" defaultMessage="Publications" />
        </h2>
        <button
          type="button"
          className="btn btn--primary btn--small"
          onClick={() => setEditing({ publication: blankPublication('new'), isNew: true })}
          disabled={editing?.isNew}
          data-testid="publication-add"
        >
          <PlusIcon /> <FormattedMessage id="settings.publications.add" defaultMessage="Add publication" />
        </button>
      </div>
      <p className="settings-section__lead">
        <FormattedMessage
          id="settings.publications.lead"
          defaultMessage="Pick one in a letter’s details to fill its names, letters address and salutation. Check word limits against the paper’s own guidance (the source link) before relying on them."
        />
      </p>
      {editing?.isNew && form(editing.publication, true)}
      {list?.length === 0 && !editing && (
        <p className="page__empty">
          <FormattedMessage id="settings.publications.empty" defaultMessage="No publications yet." />
        </p>
      )}
      <ul className="card-list">
        {(list ?? []).map((p) =>
          editing && !editing.isNew && editing.publication.id === p.id ? (
            <li key={p.id} className="card-row card-row--editing">
              {form(p, false)}
            </li>
          ) : (
            <li key={p.id} className="card-row" data-testid="publication-item" data-publication-id={p.id}>
              <div className="card-row__text">
                <span className="card-row__title" translate="no">
                  {p.nameEn}
                  {p.nameZh && (
                    <span className="card-row__zh" lang="zh-CN">
                      {inBookTitleMarks(p.nameZh)}
                    </span>
                  )}
                </span>
                <span className="card-row__meta">
                  {[
                    p.wordLimit
                      ? intl.formatMessage(
                          {
                            id: 'settings.publications.wordLimit',
                            defaultMessage: '{count, plural, one {# word} other {# words}}',
                          },
                          { count: p.wordLimit },
                        )
                      : intl.formatMessage({
                          id: 'settings.publications.noWordLimit',
                          defaultMessage: 'No confirmed word limit',
                        }),
                    p.lettersEmail,
                    p.letterInEmailBody
                      ? intl.formatMessage({
                          id: 'settings.publications.letterInEmail',
                          defaultMessage: 'letter in the email',
                        })
                      : intl.formatMessage({
                          id: 'settings.publications.letterAttached',
                          defaultMessage: 'letter attached',
                        }),

                    p.exclusive &&
                      intl.formatMessage({
                        id: 'settings.publications.exclusive',
                        defaultMessage: 'exclusive',
                      }),
                    p.replyWindowDays !== null &&
                      intl.formatMessage(
                        {
                          id: 'settings.publications.replyWindow',
                          defaultMessage:
                            'no answer expected after {days, plural, one {# day} other {# days}}',
                        },
                        { days: p.replyWindowDays },
                      ),
                    intl.formatMessage(
                      {
                        id: 'settings.publications.facts',
                        defaultMessage:
                          '{count, plural, =0 {no cited facts} one {# cited fact} other {# cited facts}}',
                      },
                      { count: p.facts.length },
                    ),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              <div className="card-row__actions">
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={intl.formatMessage(
                    { id: 'settings.publications.editNamed', defaultMessage: 'Edit {name}' },
                    { name: p.nameEn },
                  )}
                  title={intl.formatMessage({ id: 'settings.publications.edit', defaultMessage: 'Edit' })}
                  onClick={() => setEditing({ publication: p, isNew: false })}
                  data-testid="publication-edit"
                >
                  <PencilIcon />
                </button>
                <button
                  type="button"
                  className="icon-btn icon-btn--danger"
                  aria-label={intl.formatMessage(
                    { id: 'settings.publications.deleteNamed', defaultMessage: 'Delete {name}' },
                    { name: p.nameEn },
                  )}
                  title={intl.formatMessage({ id: 'settings.publications.delete', defaultMessage: 'Delete' })}
                  onClick={() => setRemoving(p)}
                  data-testid="publication-delete"
                >
                  <TrashIcon />
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {removing && (
        <ConfirmDialog
          title={intl.formatMessage({
            id: 'settings.publications.confirmTitle',
            defaultMessage: 'Delete this publication?',
          })}
          message={intl.formatMessage(
            {
              id: 'settings.publications.confirmMessage',
              defaultMessage:
                '{name} will be removed from the list. Letters already written to it keep their details.',
            },
            { name: removing.nameEn },
          )}
          confirmLabel={intl.formatMessage({ id: 'settings.publications.delete', defaultMessage: 'Delete' })}
          danger
          onConfirm={() => {
            const { id, revision, nameEn } = removing;
            setRemoving(null);
            api.call('publications.remove', { id, revision }).then(setList, (error: unknown) => {
              if (!isConflict(error)) return notify.error(errorMessage(error));
              notify.error(intl.formatMessage(messages.stale, { name: nameEn }));
              void api.call('publications.list', {}).then(setList, () => undefined);
            });
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
