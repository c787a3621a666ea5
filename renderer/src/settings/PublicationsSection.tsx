/**
 * The publications the office writes to. Picking one on a letter fills its
 * names, letters address and salutation; the checks read its word limit.
 */
import { useEffect, useState } from 'react';
import { formatMessage } from '../../../core/messages';
import { blankPublication, type Publication } from '../../../core/publication';
import { useApi } from '../app/ApiContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errorMessage';
import { isConflict, staleListMessage } from '../ui/isConflict';
import { PencilIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';
import { PublicationForm } from './PublicationForm';

/** The schema's defaults; the name is filled in the form (and checked there). */

export function PublicationsSection() {
  const api = useApi();
  const notify = useNotify();
  const [list, setList] = useState<Publication[] | null>(null);
  const [editing, setEditing] = useState<{ publication: Publication; isNew: boolean } | null>(null);
  const [removing, setRemoving] = useState<Publication | null>(null);

  useEffect(() => {
    api
      .call('publications.list', {})
      .then(setList, (error: unknown) =>
        notify.error(`The publications could not be loaded: ${errorMessage(error)}`),
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
          Publications
        </h2>
        <button
          type="button"
          className="btn btn--primary btn--small"
          onClick={() => setEditing({ publication: blankPublication('new'), isNew: true })}
          disabled={editing?.isNew}
          data-testid="publication-add"
        >
          <PlusIcon /> Add publication
        </button>
      </div>
      <p className="settings-section__lead">
        Pick one in a letter’s details to fill its names, letters address and salutation. Check word limits
        against the paper’s own guidance (the source link) before relying on them.
      </p>
      {editing?.isNew && form(editing.publication, true)}
      {list?.length === 0 && !editing && <p className="page__empty">No publications yet.</p>}
      <ul className="card-list">
        {(list ?? []).map((p) =>
          editing && !editing.isNew && editing.publication.id === p.id ? (
            <li key={p.id} className="card-row card-row--editing">
              {form(p, false)}
            </li>
          ) : (
            <li key={p.id} className="card-row" data-testid="publication-item" data-publication-id={p.id}>
              <div className="card-row__text">
                <span className="card-row__title">
                  {p.nameEn}
                  {p.nameZh && (
                    <span className="card-row__zh" lang="zh-CN">
                      《{p.nameZh}》
                    </span>
                  )}
                </span>
                <span className="card-row__meta">
                  {[
                    p.wordLimit ? formatMessage('words', { count: p.wordLimit }) : 'No confirmed word limit',
                    p.lettersEmail,
                    p.letterInEmailBody ? 'letter in the email' : 'letter attached',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              <div className="card-row__actions">
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`Edit ${p.nameEn}`}
                  title="Edit"
                  onClick={() => setEditing({ publication: p, isNew: false })}
                  data-testid="publication-edit"
                >
                  <PencilIcon />
                </button>
                <button
                  type="button"
                  className="icon-btn icon-btn--danger"
                  aria-label={`Delete ${p.nameEn}`}
                  title="Delete"
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
          title="Delete this publication?"
          message={`${removing.nameEn} will be removed from the list. Letters already written to it keep their details.`}
          confirmLabel="Delete"
          danger
          onConfirm={() => {
            const { id, revision, nameEn } = removing;
            setRemoving(null);
            api.call('publications.remove', { id, revision }).then(setList, (error: unknown) => {
              if (!isConflict(error)) return notify.error(errorMessage(error));
              notify.error(staleListMessage(`The publication “${nameEn}”`, 'deleted', 'Delete'));
              void api.call('publications.list', {}).then(setList, () => undefined);
            });
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
